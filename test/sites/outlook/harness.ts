// Test helpers for the Outlook adapter on the saved fixtures in test/fixtures/outlook/.
import { createOutlookAdapter } from '@/lib/sites/outlook/outlook-adapter';
import { loadFixture, startAdapter } from '../site-fixtures';

export const FIXTURES = {
  newMail: '2026-12-01-new-mail.html',
  olderBuild: '2026-12-01-older-build-compose.html',
  inlineReply: '2026-12-01-inline-reply-quoted-history.html',
  readingPane: '2026-12-01-reading-pane-read-only.html',
  refusedSend: '2026-12-01-refused-send.html',
  undoRemount: '2026-12-01-undo-remount.html',
  copilot: '2026-12-01-copilot-insert.html',
} as const;

export const BODY = '[id^="editorParent_"] div[role="textbox"][contenteditable="true"]';

export function startOutlook(fixture: string) {
  loadFixture('outlook', fixture);
  return startAdapter(createOutlookAdapter({ requireTrusted: false }));
}

/** A real click on a <button>: Outlook's controls act on `click` (detail 1 from a mouse). */
export function click(el: Element, detail = 1) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, detail }));
}

export function keydown(el: Element, init: KeyboardEventInit) {
  el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

export function query<E extends Element = HTMLElement>(selector: string): E {
  const el = document.querySelector<E>(selector);
  if (!el) throw new Error(`fixture has no ${selector}`);
  return el;
}

export const sendButton = () =>
  query('[data-testid="ComposeSendButton"] button[aria-label="Send"]');
