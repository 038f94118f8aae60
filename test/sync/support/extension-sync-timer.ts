import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { configureSync, finishedReviews, seedQueued } from './e2e-seed';

const outboxCount = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done, fail) => {
        const open = indexedDB.open('redline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('outbox').objectStore('outbox').count();
          request.onsuccess = () => {
            open.result.close();
            done(request.result);
          };
        };
      }),
  );

/**
 * Seconds for the built extension, in Chromium, to empty an outbox of `count` reviews into the
 * backend at `url` — from saving the sync settings to the last entry leaving. Null when there is
 * no build or no browser to run it in.
 */
export async function timeExtensionSync(
  url: string,
  token: string,
  csmId: string,
  count: number,
): Promise<number | null> {
  const dir = resolve(process.env.REDLINE_EXTENSION_DIR ?? '.output/chrome-mv3');
  const executablePath = process.env.REDLINE_CHROMIUM ?? '/usr/bin/chromium';
  if (!existsSync(join(dir, 'manifest.json')) || !existsSync(executablePath)) return null;
  const profile = mkdtempSync(join(tmpdir(), 'redline-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-sandbox', `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
  });
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const page = await context.newPage();
    await page.goto(`chrome-extension://${new URL(worker.url()).host}/popup.html`);
    await page.waitForSelector('h1');
    const reviews = finishedReviews(count);
    for (let i = 0; i < count; i += 2000) await seedQueued(page, reviews.slice(i, i + 2000));
    const start = performance.now();
    await configureSync(page, { endpoint: url, token, csmId });
    // Polling only ends the measurement; its granularity (50 ms) is far below the figure.
    while ((await outboxCount(page)) > 0) await page.waitForTimeout(50);
    return (performance.now() - start) / 1000;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}
