// The sites the typing bench types into: how to open a tracked compose on each site's saved
// markup. A new site is one entry (its page helper from test/e2e/support and its body).
import type { BrowserContext, Page } from '@playwright/test';
import { openComposer, insertDraft } from '../test/e2e/support/generic-page';
import { BODY as GMAIL_BODY, openGmail } from '../test/e2e/support/gmail-page';
import {
  caretAfterFirstParagraph,
  openOutlook,
  OUTLOOK_BODY,
} from '../test/e2e/support/outlook-page';
import { pasteInto } from '../test/e2e/support/site-page';

/** The enabled site the generic composer is measured on (granted before the runs). */
export const GENERIC_BENCH_ORIGIN = 'https://crm.example.test';

export interface TypingSite {
  /** As in the site registry; also the content script's file name. */
  site: string;
  /**
   * What "the page alone" is. `no-extension`: the same page in a browser without Redline.
   * `capture-off`: the page needs the extension (the demo is an extension page), so the
   * baseline is the same page with Redline paused; the figure then leaves out the script's
   * loading, which is not per key anyway.
   */
  baseline: 'no-extension' | 'capture-off';
  /** The enabled origin this site needs granted first, if it is enabled at run time. */
  enable?: string;
  /** Opens the page and leaves the caret in the compose body, after a pasted draft. */
  openTracked(context: BrowserContext, draft: string, extensionId: string | null): Promise<Page>;
}

/** The caret at the very end of `selector`'s text. */
async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.locator(selector).evaluate((body) => {
    (body as HTMLElement).focus();
    const range = document.createRange();
    range.selectNodeContents(body.lastElementChild ?? body);
    range.collapse(false);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
}

/** A composer fixture served at `origin`, the draft put in by its AI "Insert" button. */
const servedComposer = (site: string, origin: string, fixture: string, body: string) =>
  ({
    site,
    baseline: 'no-extension',
    async openTracked(context, draft) {
      const page = await openComposer(context, origin, fixture);
      await page.locator(body).waitFor();
      await insertDraft(page, draft);
      await caretAtEnd(page, body);
      return page;
    },
  }) satisfies TypingSite;

export const TYPING_SITES: TypingSite[] = [
  {
    site: 'gmail',
    baseline: 'no-extension',
    async openTracked(context, draft) {
      const page = await openGmail(context, 'gmail-compose-2020.html');
      await pasteInto(page, GMAIL_BODY, draft);
      return page;
    },
  },
  {
    site: 'outlook',
    baseline: 'no-extension',
    async openTracked(context, draft) {
      const page = await openOutlook(context, '2026-12-01-new-mail.html');
      await pasteInto(page, OUTLOOK_BODY, draft, 'start');
      await caretAfterFirstParagraph(page);
      return page;
    },
  },
  servedComposer(
    'gainsight',
    'https://acme.gainsightcloud.com',
    '2026-12-01-gainsight-edit-email.html',
    '.email-body',
  ),
  {
    ...servedComposer(
      'generic',
      GENERIC_BENCH_ORIGIN,
      '2026-12-01-prosemirror.html',
      '[contenteditable=true]',
    ),
    enable: GENERIC_BENCH_ORIGIN,
  },
  {
    site: 'demo',
    baseline: 'capture-off',
    async openTracked(context, _draft, extensionId) {
      const page = await context.newPage();
      await page.goto(`chrome-extension://${extensionId}/demo.html`);
      await page.getByLabel('What the AI should draft').selectOption('renewal');
      await page.getByRole('button', { name: 'Draft with AI' }).click();
      const body = '[role=textbox][aria-label="Message body"]';
      await page.locator(body).filter({ hasText: /\w{3}/ }).waitFor();
      await caretAtEnd(page, body);
      return page;
    },
  },
];
