import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'generic');
const FAKE_COMPOSER = readFileSync(join(import.meta.dirname, 'fake-composer.js'), 'utf8');

/**
 * Serves a saved composer fixture at `origin` (nothing leaves the machine), with the stand-in
 * for the tool's behaviour appended, so the content script runs exactly where it would.
 */
export async function serveComposer(
  context: BrowserContext,
  origin: string,
  fixture: string,
): Promise<string> {
  const html = readFileSync(join(FIXTURES, fixture), 'utf8');
  const page = html.replace(/<\/body>/i, `<script>${FAKE_COMPOSER}</script></body>`);
  await context.route(`${origin}/**`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
  );
  return `${origin}/app/compose`;
}

export async function openComposer(
  context: BrowserContext,
  origin: string,
  fixture: string,
): Promise<Page> {
  const url = await serveComposer(context, origin, fixture);
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

export async function insertDraft(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (t) => (window as unknown as { insertDraft(t: string): void }).insertDraft(t),
    text,
  );
}

export const CS_DRAFT =
  'Hi Morgan, thanks for the time on Tuesday. As discussed, your renewal comes up on March 1st ' +
  'and we would like to keep the same seat count with the new analytics add-on included at no ' +
  'extra cost for the first quarter. Could we confirm the details on a short call next week?';
