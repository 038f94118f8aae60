// What the Gmail content script costs a CSM while typing: 2,000 characters typed into a compose
// on the saved Gmail markup, with and without Redline, in Debian Chromium. Also the content
// script's gzipped size and the JS heap it adds. Prints figures; asserts nothing.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { BODY, openGmail, pasteInto } from '../test/e2e/support/gmail-page';

const CHROMIUM = process.env.REDLINE_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve(process.env.REDLINE_EXTENSION_DIR ?? '.output/chrome-mv3');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TYPED = 'Thanks for the update on the rollout, we will follow up next week. '
  .repeat(30)
  .slice(0, 2000);
const DRAFT =
  'Hi Ana, thank you for the call today. As promised, here is a summary of the renewal terms we ' +
  'discussed: a twelve month term, the same seat count, and a five percent uplift.';

type Mode = 'without Redline' | 'Redline, untracked compose' | 'Redline, tracked compose';

async function launch(withExtension: boolean): Promise<{ context: BrowserContext; dir: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ...(withExtension
      ? {
          ignoreDefaultArgs: ['--disable-extensions'],
          args: [
            ...FLAGS,
            `--disable-extensions-except=${EXTENSION}`,
            `--load-extension=${EXTENSION}`,
          ],
        }
      : { args: FLAGS }),
  });
  return { context, dir };
}

async function metrics(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics: list } = await cdp.send('Performance.getMetrics');
    const get = (name: string) => list.find((m) => m.name === name)?.value ?? 0;
    return { task: get('TaskDuration'), heap: get('JSHeapUsedSize') };
  };
}

async function run(mode: Mode) {
  const { context, dir } = await launch(mode !== 'without Redline');
  try {
    const page = await openGmail(context, 'gmail-compose-2020.html');
    if (mode === 'Redline, tracked compose') {
      await pasteInto(page, BODY, DRAFT);
      await page.locator('redline-badge').waitFor();
    } else {
      await page.locator(BODY).click();
    }
    await page.waitForTimeout(300);
    const read = await metrics(page);
    const before = await read();
    const start = performance.now();
    await page.keyboard.type(TYPED);
    const wallMs = performance.now() - start;
    await page.waitForTimeout(TEXT_SETTLE_MS);
    const after = await read();
    return { wallMs, taskMs: (after.task - before.task) * 1000, heap: after.heap };
  } finally {
    await context.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
// Long enough for the tracked session's debounced snapshot to be taken and counted.
const TEXT_SETTLE_MS = 2_000;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runContentScriptBench(): Promise<void> {
  const script = join(EXTENSION, 'content-scripts', 'gmail.js');
  if (!existsSync(script)) {
    console.log(`content script: no build at ${EXTENSION} (run npm run build first)`);
    return;
  }
  const gz = gzipSync(readFileSync(script)).length;
  console.log(`content script bundle: ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 30 KB)`);
  const modes: Mode[] = [
    'without Redline',
    'Redline, untracked compose',
    'Redline, tracked compose',
  ];
  const results = new Map<Mode, { wallMs: number; taskMs: number; heap: number }>();
  for (const mode of modes) {
    const runs = [];
    for (let i = 0; i < 3; i++) runs.push(await run(mode));
    results.set(mode, {
      wallMs: median(runs.map((r) => r.wallMs)),
      taskMs: median(runs.map((r) => r.taskMs)),
      heap: median(runs.map((r) => r.heap)),
    });
  }
  const base = results.get('without Redline')!;
  console.log('typing 2,000 characters into a Gmail compose (median of 3 runs)');
  for (const [mode, r] of results) {
    console.log(
      `  ${mode.padEnd(28)} wall ${(r.wallMs / 1000).toFixed(2)} s (×${(r.wallMs / base.wallMs).toFixed(3)}, target ≤ 1.05), ` +
        `renderer busy ${r.taskMs.toFixed(0)} ms (×${(r.taskMs / base.taskMs).toFixed(2)}), ` +
        `JS heap ${(r.heap / 1024 / 1024).toFixed(2)} MB (+${((r.heap - base.heap) / 1024).toFixed(0)} KB)`,
    );
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runContentScriptBench();
