// Figures for the set-aside of quoted history and signatures, and the speed of the heavy cases
// whose correctness the unit suite checks without a clock: 1 MB through classify and through
// readText. Prints, never asserts (a busy machine must not fail a build).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { classify } from '../lib/classify';
import { readText } from '../lib/sites/dom/read-text';
import { generateText } from '../test/support/generate-text';
import { loadReplyPeerCases, scoreReplyPeers } from '../test/support/reply-peers';
import { seededRandom } from '../test/support/review-factory';

// jsdom ships no types; the bench needs only a document to build a body in.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as {
  JSDOM: new (html: string) => { window: { document: Document } };
};

function timeMs(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function replyPeers(): void {
  const cases = loadReplyPeerCases();
  const score = scoreReplyPeers(cases);
  const rate = (100 * score.approved) / score.approveCases;
  console.log(`reply-peers (${cases.length} cases, test/data/reply-peers)`);
  console.log(
    `  approve cases approved: ${score.approved}/${score.approveCases} (${rate.toFixed(1)} %, goal ≥ 95 %); edits hidden: ${score.editsHidden.length}/${score.editCases} (goal 0)`,
  );
  for (const [family, { cases: n, approved }] of score.byFamily) {
    console.log(`  ${family.padEnd(14)} ${approved}/${n}`);
  }
  const langs = [...score.byLang].map(
    ([lang, { cases: n, approved }]) => `${lang} ${approved}/${n}`,
  );
  console.log(`  by language: ${langs.join(', ')}`);
  if (score.missed.length > 0) console.log(`  missed: ${score.missed.join(', ')}`);
  for (const item of cases.slice(0, 20)) classify(item.draft, item.sent); // warm the JIT
  const times = cases
    .map((item) => timeMs(() => classify(item.draft, item.sent)))
    .sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)] ?? 0;
  console.log(
    `  classify per case: median ${(median * 1000).toFixed(0)} µs, worst ${(times.at(-1) ?? 0).toFixed(2)} ms`,
  );
}

function oneMegabyte(): void {
  console.log('1 MB texts (target: each well under the 5 s a unit test once allowed)');
  const big = generateText(190_000, seededRandom(6));
  const middle = big.indexOf(' ', 500_000);
  const edited = `${big.slice(0, middle)} (updated figures below)${big.slice(middle)}`;
  console.log(`  classify, light edit: ${timeMs(() => classify(big, edited)).toFixed(0)} ms`);
  const other = generateText(180_000, seededRandom(8));
  console.log(`  classify, unrelated text: ${timeMs(() => classify(big, other)).toFixed(0)} ms`);
  const reply = `${big}\n\nOn Tue, 4 Mar 2025 at 09:12, Jonas <j@berg-labs.io> wrote:\n> ok?`;
  console.log(
    `  classify, one 1 MB line + reply header: ${timeMs(() => classify(big, reply)).toFixed(0)} ms`,
  );
  const lines = big.replace(/\. /g, '.\n');
  console.log(
    `  classify, 1 MB of short lines: ${timeMs(() => classify(lines, lines)).toFixed(0)} ms`,
  );

  const { document } = new JSDOM('').window;
  const root = document.createElement('div');
  const paragraph =
    '<div>The renewal covers forty seats&nbsp;and analytics.<br>Next line.</div><div><br></div>';
  const chunk = document.createElement('div');
  chunk.innerHTML = paragraph.repeat(100);
  for (let i = 0; i < 115; i++) {
    for (const node of chunk.childNodes) root.appendChild(node.cloneNode(true));
  }
  console.log(
    `  readText (jsdom), ${(root.innerHTML.length / 1e6).toFixed(1)} MB body: ${timeMs(() => readText(root)).toFixed(0)} ms`,
  );
}

export async function runSetAsideBench(): Promise<void> {
  replyPeers();
  oneMegabyte();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runSetAsideBench();
