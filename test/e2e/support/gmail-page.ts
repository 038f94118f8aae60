import type { BrowserContext, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures', 'gmail');
const FAKE_GMAIL = readFileSync(join(import.meta.dirname, 'fake-gmail.js'), 'utf8');
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

/**
 * Serves a saved Gmail page at Gmail's real address (nothing leaves the machine), with the
 * stand-in for Gmail's behaviour appended, so the content script runs exactly where it would.
 */
export async function serveGmail(context: BrowserContext, fixture: string): Promise<void> {
  const html = readFileSync(join(FIXTURES, fixture), 'utf8');
  const page = html.replace(/<\/body>/i, `<script>${FAKE_GMAIL}</script></body>`);
  await context.route('https://mail.google.com/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page }),
  );
}

export async function openGmail(context: BrowserContext, fixture: string): Promise<Page> {
  await serveGmail(context, fixture);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: 'https://mail.google.com',
  });
  const page = await context.newPage();
  await page.goto(GMAIL_URL);
  return page;
}

export const BODY = 'div[g_editable="true"][role="textbox"]';

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

/** The saved To row sits in a container Gmail's scripts reveal; set it as a chip would. */
export async function addressTo(page: Page, address = 'ana@acme.com'): Promise<void> {
  await page
    .locator('textarea[name=to]')
    .first()
    .evaluate((field, value) => {
      (field as HTMLTextAreaElement).value = value;
    }, address);
}
