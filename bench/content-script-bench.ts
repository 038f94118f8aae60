// What Redline's content scripts cost a CSM: each one's gzipped size, and the script time
// Redline adds per keystroke in a tracked compose on each site. Typing runs on the site's saved
// markup in Debian Chromium, once without the extension and once with it, alternated; the
// script time is CDP Performance.getMetrics' ScriptDuration over the typing and the debounced
// snapshot after it (one renderer: the page's scripts plus the content script's isolated
// world). Figures are medians of the runs. Prints; asserts nothing.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { enableSiteWithoutPrompt } from '../test/e2e/support/grant-site';
import { profileTyping } from './typing-profile';
import { TYPING_SITES, type TypingSite } from './typing-sites';

const CHROMIUM = process.env.REDLINE_CHROMIUM ?? '/usr/bin/chromium';
const EXTENSION = resolve(process.env.REDLINE_EXTENSION_DIR ?? '.output/chrome-mv3');
const RUNS = Number(process.env.REDLINE_BENCH_RUNS ?? 5);
/** `calls` also lists the functions of Redline's that run per key (for finding per-key work). */
const PROFILE = process.env.REDLINE_BENCH_PROFILE ?? '';
const ONLY = process.env.REDLINE_BENCH_SITES?.split(',');
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TYPED = 'Thanks for the update on the rollout, we will follow up next week. '
  .repeat(10)
  .slice(0, 500);
const DRAFT =
  'Hi Ana, thank you for the call today. As promised, here is a summary of the renewal terms we ' +
  'discussed: a twelve month term, the same seat count, and a five percent uplift.';
/** Long enough for the tracked session's debounced snapshot (1.5 s) to run and be counted. */
const SETTLE_MS = 2_000;
const TARGET_US = 50;

interface Launched {
  context: BrowserContext;
  dir: string;
  extensionId: string | null;
}

async function launch(withExtension: boolean): Promise<Launched> {
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
  if (!withExtension) return { context, dir, extensionId: null };
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  return { context, dir, extensionId: new URL(worker.url()).host };
}

/** Pauses or resumes Redline in the browser with the extension (a `capture-off` baseline). */
async function setPaused(launched: Launched, paused: boolean): Promise<void> {
  const worker = launched.context.serviceWorkers()[0]!;
  await worker.evaluate(async (value) => {
    const { settings } = await chrome.storage.local.get('settings');
    await chrome.storage.local.set({ settings: { ...(settings ?? {}), paused: value } });
  }, paused);
}

async function scriptSeconds(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0;
  };
}

/** Script µs per typed character in one fresh page. */
async function typeOnce(launched: Launched, site: TypingSite): Promise<number> {
  const page = await site.openTracked(launched.context, DRAFT, launched.extensionId);
  try {
    await page.waitForTimeout(SETTLE_MS); // the paste's own work is not typing
    const read = await scriptSeconds(page);
    const before = await read();
    await page.keyboard.type(TYPED);
    await page.waitForTimeout(SETTLE_MS);
    const after = await read();
    return ((after - before) * 1e6) / TYPED.length;
  } finally {
    await page.close();
  }
}

/** One more run with Redline, profiled: its calls and CPU time per key. */
async function profileOnce(launched: Launched, site: TypingSite): Promise<void> {
  const page = await site.openTracked(launched.context, DRAFT, launched.extensionId);
  try {
    await page.waitForTimeout(SETTLE_MS);
    const profile = await profileTyping(page, TYPED, SETTLE_MS);
    console.log(
      `  ${''.padEnd(9)} Redline's own code per key: ${profile.callsPerKey.toFixed(2)} calls, ` +
        `${profile.selfUsPerKey.toFixed(1)} µs sampled (CPU profile, one run)`,
    );
    if (PROFILE === 'calls') {
      for (const fn of profile.hot) console.log(`      ${fn.perKey.toFixed(2)}/key  ${fn.where}`);
      for (const fn of profile.costly)
        console.log(`      ${fn.perKey.toFixed(1)} µs/key  ${fn.where}`);
    }
  } finally {
    await page.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

function printSizes(): void {
  const dir = join(EXTENSION, 'content-scripts');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.js'))) {
    const gz = gzipSync(readFileSync(join(dir, file))).length;
    console.log(`content script ${file}: ${(gz / 1024).toFixed(1)} KB gzipped (target ≤ 30 KB)`);
  }
}

export async function runContentScriptBench(): Promise<void> {
  if (!existsSync(join(EXTENSION, 'content-scripts'))) {
    console.log(`content scripts: no build at ${EXTENSION} (run npm run build first)`);
    return;
  }
  printSizes();
  const without = await launch(false);
  const withRedline = await launch(true);
  try {
    console.log(
      `typing cost: ${TYPED.length} characters into a tracked compose, ${RUNS} alternated runs ` +
        'per side, CDP ScriptDuration, medians',
    );
    for (const site of TYPING_SITES.filter((s) => !ONLY || ONLY.includes(s.site))) {
      if (site.enable)
        await enableSiteWithoutPrompt(withRedline.context, withRedline.extensionId!, site.enable);
      const capturedOff = site.baseline === 'capture-off';
      const base: number[] = [];
      const redline: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        if (capturedOff) await setPaused(withRedline, true);
        base.push(await typeOnce(capturedOff ? withRedline : without, site));
        if (capturedOff) await setPaused(withRedline, false);
        redline.push(await typeOnce(withRedline, site));
      }
      const added = median(redline) - median(base);
      const alone = capturedOff ? 'page with Redline paused' : 'page alone';
      console.log(
        `  ${site.site.padEnd(9)} Redline adds ${added.toFixed(0).padStart(4)} µs/key ` +
          `(target ≤ ${TARGET_US}${added > TARGET_US ? ', OVER' : ''}; ${alone} ` +
          `${median(base).toFixed(0)} µs/key, with Redline ${median(redline).toFixed(0)} µs/key)`,
      );
      await profileOnce(withRedline, site);
    }
  } finally {
    for (const { context, dir } of [without, withRedline]) {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runContentScriptBench();
