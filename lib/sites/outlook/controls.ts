// Telling Outlook's compose buttons apart. They are real <button>s, re-rendered freely, so
// nothing is cached: each lookup runs on a click inside one compose, a few dozen elements.
import { driftError, type SelectorDriftError } from '@/lib/sites/dom/query';
import { normalizeLabel } from '@/lib/sites/dom/normalize-label';
import {
  DISCARD_LABELLED,
  LABELS,
  MORE_SEND_OPTIONS,
  SEND_IN_WRAPPER,
  SEND_LABELLED,
  SEND_NAMED,
} from './selectors';

/** How a missing Send is named in a drift report: it is found by one of three variants. */
export const SEND_BUTTON_DESCRIPTION = `${SEND_IN_WRAPPER} | ${SEND_NAMED} | ${SEND_LABELLED}`;

function firstOutside(root: Element, body: Element, selector: string): Element | null {
  for (const el of root.querySelectorAll(selector)) if (!body.contains(el)) return el;
  return null;
}

/** Send: the split button's main half (newer), `name="Send"` (older), else by English label. */
export function findSendButton(root: Element, body: Element): Element | null {
  return (
    firstOutside(root, body, SEND_IN_WRAPPER) ??
    firstOutside(root, body, SEND_NAMED) ??
    firstOutside(root, body, SEND_LABELLED)
  );
}

export function sendDrift(root: Element, body: Element): SelectorDriftError | null {
  return findSendButton(root, body)
    ? null
    : driftError(root, SEND_BUTTON_DESCRIPTION, 'SEND_BUTTON');
}

/** Discard: optional, English label only (see selectors.ts). */
export function findDiscardButton(root: Element, body: Element): Element | null {
  return firstOutside(root, body, DISCARD_LABELLED);
}

/** "More send options", the half of the Send split button that opens the schedule menu. */
export function findMoreSendOptions(root: Element, body: Element): Element | null {
  return firstOutside(root, body, MORE_SEND_OPTIONS);
}

/** True when `item` sits in the menu that `moreSendOptions` opened (its aria-controls). */
export function isSendMenuItem(doc: Document, moreSendOptions: Element, item: Element): boolean {
  const menuId = moreSendOptions.getAttribute('aria-controls');
  const menu = menuId ? doc.getElementById(menuId) : null;
  return menu !== null && menu.contains(item);
}

/** English fallback: a "Schedule send" item chosen without the send-options menu seen open. */
export function isScheduleSendLabel(item: Element): boolean {
  const label = item.getAttribute('aria-label') ?? item.textContent;
  return LABELS.scheduleSend.test(normalizeLabel(label));
}
