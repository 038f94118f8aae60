// The sites the typing bench types into: how to open a tracked compose on each site's saved
// markup. A new site is one entry (its page helper from test/e2e/support and its body).
import type { BrowserContext, Page } from '@playwright/test';
import { BODY as GMAIL_BODY, openGmail } from '../test/e2e/support/gmail-page';
import {
  caretAfterFirstParagraph,
  openOutlook,
  OUTLOOK_BODY,
} from '../test/e2e/support/outlook-page';
import { pasteInto } from '../test/e2e/support/site-page';

export interface TypingSite {
  /** As in the site registry; also the content script's file name. */
  site: string;
  /** Opens the page and leaves the caret in the compose body, after a pasted draft. */
  openTracked(context: BrowserContext, draft: string): Promise<Page>;
}

export const TYPING_SITES: TypingSite[] = [
  {
    site: 'gmail',
    async openTracked(context, draft) {
      const page = await openGmail(context, 'gmail-compose-2020.html');
      await pasteInto(page, GMAIL_BODY, draft);
      return page;
    },
  },
  {
    site: 'outlook',
    async openTracked(context, draft) {
      const page = await openOutlook(context, '2026-12-01-new-mail.html');
      await pasteInto(page, OUTLOOK_BODY, draft, 'start');
      await caretAfterFirstParagraph(page);
      return page;
    },
  },
];
