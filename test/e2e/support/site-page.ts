import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SavedSite {
  /** Origins the saved page is served at, e.g. `https://mail.google.com`. */
  origins: readonly string[];
  /** Folder under test/fixtures holding the site's saved markup. */
  fixtureDir: string;
  /** File in this folder standing in for the site's own scripts. */
  standIn: string;
}

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

/**
 * Serves a saved page at the site's real addresses (nothing leaves the machine), with the
 * stand-in for the site's behaviour appended, so the content script runs exactly where it would.
 */
export async function serveSite(
  context: BrowserContext,
  site: SavedSite,
  fixture: string,
): Promise<void> {
  const html = readFileSync(join(FIXTURES, site.fixtureDir, fixture), 'utf8');
  const script = readFileSync(join(import.meta.dirname, site.standIn), 'utf8');
  const page = html.replace(/<\/body>/i, `<script>${script}</script></body>`);
  for (const origin of site.origins) {
    await context.route(`${origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
    );
  }
}

/** Serves `fixture` and opens `url` on it, with the clipboard usable for real pastes. */
export async function openSite(
  context: BrowserContext,
  site: SavedSite,
  fixture: string,
  url: string,
): Promise<Page> {
  await serveSite(context, site, fixture);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: new URL(url).origin,
  });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/**
 * A real paste: the text goes through the clipboard and Ctrl+V into the body, at the caret
 * where a click leaves it, or at the very start (before a reply's signature and quote).
 */
export async function pasteInto(
  page: Page,
  selector: string,
  text: string,
  at: 'click' | 'start' = 'click',
): Promise<void> {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.locator(selector).click();
  if (at === 'start') await page.keyboard.press('ControlOrMeta+Home');
  await page.keyboard.press('ControlOrMeta+KeyV');
}

/** An AI "Insert" button: the text lands in the body with no keystroke. */
export async function insertWithoutKeys(page: Page, selector: string, text: string): Promise<void> {
  await page.locator(selector).evaluate((body, t) => {
    body.innerHTML = t
      .split('\n')
      .map((line) => `<div>${line.replace(/&/g, '&amp;').replace(/</g, '&lt;') || '<br>'}</div>`)
      .join('');
  }, text);
}

export const DRAFT =
  'Hi Ana, thank you for the call today. As promised, here is a summary of the renewal terms we ' +
  'discussed: a twelve month term, the same seat count, and a five percent uplift. Let me know ' +
  'if anything looks off before Friday.';
