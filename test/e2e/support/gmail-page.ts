import type { BrowserContext, Page } from '@playwright/test';
import { openSite, serveSite, type SavedSite } from './site-page';

export { DRAFT, insertWithoutKeys, pasteInto } from './site-page';

export const GMAIL: SavedSite = {
  origins: ['https://mail.google.com'],
  fixtureDir: 'gmail',
  standIn: 'fake-gmail.js',
};
export const GMAIL_URL = 'https://mail.google.com/mail/u/0/#inbox';

/** Serves a saved Gmail page at Gmail's real address, with fake-gmail.js for Gmail's scripts. */
export const serveGmail = (context: BrowserContext, fixture: string): Promise<void> =>
  serveSite(context, GMAIL, fixture);

export const openGmail = (context: BrowserContext, fixture: string): Promise<Page> =>
  openSite(context, GMAIL, fixture, GMAIL_URL);

export const BODY = 'div[g_editable="true"][role="textbox"]';

/** The saved To row sits in a container Gmail's scripts reveal; set it as a chip would. */
export async function addressTo(page: Page, address = 'ana@acme.com'): Promise<void> {
  await page
    .locator('textarea[name=to]')
    .first()
    .evaluate((field, value) => {
      (field as HTMLTextAreaElement).value = value;
    }, address);
}
