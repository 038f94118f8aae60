// Figures for the review engine: speed on typical e-mails, the bound on huge rewrites, and how
// well the edit rate tracks published HTER on real post-edits. Prints, never asserts.
import { pathToFileURL } from 'node:url';
import { classify } from '../lib/classify';
import { guessTaskType } from '../lib/task-type';
import { printMoveFigures } from './moves-figures';
import { hterCorrelation } from '../test/support/edit-pairs';
import { WORDS, generateText } from '../test/support/generate-text';
import { seededRandom as createRandom } from '../test/support/review-factory';

/** A CSM's light pass: a few words swapped, one inserted, one dropped, a greeting added. */
function lightlyEdited(draft: string, random: () => number): string {
  const words = draft.split(' ');
  const edits = 1 + Math.floor(random() * 5);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * words.length);
    const roll = random();
    if (roll < 0.5) words[at] = WORDS[Math.floor(random() * WORDS.length)] ?? 'x';
    else if (roll < 0.8) words.splice(at, 0, 'really');
    else words.splice(at, 1);
  }
  return `Hi Ana,\n\n${words.join(' ')}\n\nBest, Sam`;
}

function timeTypicalEmails(count: number): { medianUs: number; pairsPerSecond: number } {
  const random = createRandom(42);
  const pairs = Array.from({ length: count }, () => {
    const draft = `Hi Ana,\n\n${generateText(100 + Math.floor(random() * 300), random)}\n\nBest, Sam`;
    return { draft, sent: lightlyEdited(draft, random) };
  });
  for (const pair of pairs.slice(0, 200)) classify(pair.draft, pair.sent); // warm the JIT
  const times: number[] = [];
  const start = performance.now();
  for (const pair of pairs) {
    const t = performance.now();
    classify(pair.draft, pair.sent);
    times.push(performance.now() - t);
  }
  const total = performance.now() - start;
  times.sort((a, b) => a - b);
  return {
    medianUs: (times[Math.floor(count / 2)] ?? 0) * 1000,
    pairsPerSecond: count / (total / 1000),
  };
}

function worstMs(draft: string, sent: string, runs: number): { ms: number; mode: string } {
  let worst = 0;
  let mode = '';
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    mode = classify(draft, sent).diffMode;
    worst = Math.max(worst, performance.now() - t);
  }
  return { ms: worst, mode };
}

function timeRewrites(words: number): void {
  const random = createRandom(words);
  const draft = generateText(words, random);
  // Independent text: what a full rewrite looks like. Reversed: the same words in another
  // order, the case where the overlap bound cannot skip Myers and it runs to its edit cap.
  const rewrite = generateText(words, random);
  const reversed = draft.split(' ').reverse().join(' ');
  classify(draft, rewrite); // warm
  for (const [label, sent] of [
    ['rewritten', rewrite],
    ['reordered', reversed],
  ] as const) {
    const { ms, mode } = worstMs(draft, sent, 7);
    console.log(
      `  ${words.toLocaleString('en')} words ${label}: worst ${ms.toFixed(1)} ms of 7 (target < 50 ms), diffMode ${mode}`,
    );
  }
}

function timeTaskType(): void {
  const body = generateText(180_000, createRandom(7));
  guessTaskType('Hello', body);
  const t = performance.now();
  const type = guessTaskType('Hello', body);
  console.log(
    `  guessTaskType on a ${(body.length / 1e6).toFixed(1)} MB body: ${(performance.now() - t).toFixed(1)} ms (${type})`,
  );
}

export async function runClassifyBench(): Promise<void> {
  const typical = timeTypicalEmails(3000);
  console.log('classify (typical e-mails, 100-400 words, light edits, 3,000 pairs)');
  console.log(
    `  median ${typical.medianUs.toFixed(0)} µs per pair, ${Math.round(typical.pairsPerSecond).toLocaleString('en')} pairs/s`,
  );
  console.log('classify (full rewrites)');
  timeRewrites(5_000);
  timeRewrites(20_000);
  timeTaskType();
  const hter = hterCorrelation();
  console.log(`edit rate vs published HTER (MLQE-PE, ${hter.pairs} pairs)`);
  console.log(`  Pearson ${hter.pearson.toFixed(3)}, Spearman ${hter.spearman.toFixed(3)}`);
  for (const { bucket, pairs, meanEditRate } of hter.bucketMeans) {
    console.log(
      `  ${bucket.padEnd(14)} ${String(pairs).padStart(3)} pairs, mean edit rate ${meanEditRate.toFixed(3)}`,
    );
  }
  printMoveFigures();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runClassifyBench();
