// Telling Gmail's compose buttons apart. Buttons are re-rendered freely, so nothing here is
// cached: each lookup runs on a click or keypress inside one compose, a few dozen elements.
import { driftError } from '@/lib/sites/dom/query';
import { normalizeLabel } from '@/lib/sites/dom/normalize-label';
import { BUTTON, FOOTER_GROUP, LABEL_PREFIXES, MENU_ITEM, SCHEDULE_SEND_ITEM } from './selectors';

/** How a missing Send is named in a drift report: it is found by label, not one selector. */
export const SEND_BUTTON_DESCRIPTION = `${BUTTON} labelled "Send…" or first in ${FOOTER_GROUP}`;

function labelledButton(root: Element, body: Element, prefix: RegExp): Element | null {
  for (const button of root.querySelectorAll(BUTTON)) {
    if (body.contains(button)) continue;
    const tooltip = normalizeLabel(button.getAttribute('data-tooltip'));
    const label = normalizeLabel(button.getAttribute('aria-label'));
    if (prefix.test(tooltip) || prefix.test(label)) return button;
  }
  return null;
}

/**
 * Send: by tooltip or aria-label ("Send …", English), else — heuristic for other languages —
 * the first button of the footer toolbar, which is Send in every capture we have.
 */
export function findSendButton(root: Element, body: Element): Element | null {
  const labelled = labelledButton(root, body, LABEL_PREFIXES.send);
  if (labelled) return labelled;
  for (const group of root.querySelectorAll(FOOTER_GROUP)) {
    if (body.contains(group)) continue;
    const first = group.querySelector(BUTTON);
    if (first) return first;
  }
  return null;
}

/** Send is required: without it a click on Send goes unseen. Throws SelectorDriftError. */
export function requireSendButton(root: Element, body: Element): Element {
  const found = findSendButton(root, body);
  if (found) return found;
  throw driftError(root, SEND_BUTTON_DESCRIPTION, 'SEND_BUTTON');
}

/**
 * Discard (trash in the footer, "Discard draft"). Optional: the label is localised and there is
 * no structural hint, so outside English a discard shows up only as the compose going away —
 * which the session still ends, just without telling "discarded" from "closed".
 */
export function findDiscardButton(root: Element, body: Element): Element | null {
  return labelledButton(root, body, LABEL_PREFIXES.discard);
}

/** The "Schedule send" menu item the element belongs to, if any. */
export function scheduleSendItemFrom(el: Element): Element | null {
  const structural = el.closest(SCHEDULE_SEND_ITEM);
  if (structural) return structural;
  // Text fallback (English) for a menu that lost its `selector` attribute. Menu copy is
  // Gmail's, not the user's, so reading it is fine.
  for (
    let item = el.closest(MENU_ITEM);
    item;
    item = item.parentElement?.closest(MENU_ITEM) ?? null
  ) {
    if (LABEL_PREFIXES.scheduleSend.test(normalizeLabel(item.textContent))) return item;
  }
  return null;
}
