import type { BrowserContext, Page } from '@playwright/test';
import { openSite, type SavedSite } from './site-page';

export const OUTLOOK: SavedSite = {
  origins: [
    'https://outlook.office.com',
    'https://outlook.office365.com',
    'https://outlook.live.com',
    'https://outlook.cloud.microsoft',
  ],
  fixtureDir: 'outlook',
  standIn: 'fake-outlook.js',
};

export const OUTLOOK_URL = 'https://outlook.office.com/mail/';

/** Opens saved Outlook markup at one of Outlook's real addresses (office.com by default). */
export const openOutlook = (
  context: BrowserContext,
  fixture: string,
  url = OUTLOOK_URL,
): Promise<Page> => openSite(context, OUTLOOK, fixture, url);

/** The compose body (the To / Cc fields are editable textboxes too, outside #editorParent_N). */
export const OUTLOOK_BODY = '[id^="editorParent_"] [role="textbox"][contenteditable="true"]';
export const OUTLOOK_SEND = '[data-testid="ComposeSendButton"] button[aria-label="Send"]';

/** Puts a recipient pill in the To field, as choosing a suggestion would. */
export async function outlookAddressTo(page: Page, address = 'ana@acme.com'): Promise<void> {
  await page.locator('[role="textbox"][aria-label="To"]').evaluate((field, value) => {
    field.innerHTML = '';
    const pill = document.createElement('span');
    pill.title = value;
    pill.textContent = value.split('@')[0]!;
    field.append(pill);
  }, address);
}

/**
 * Puts the caret at the end of the body's first paragraph (where the CSM's text sits, above the
 * signature and the quote): End alone stops at the end of a wrapped visual line.
 */
export async function caretAfterFirstParagraph(page: Page): Promise<void> {
  await page.locator(OUTLOOK_BODY).evaluate((body) => {
    (body as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(body.firstElementChild!);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}
