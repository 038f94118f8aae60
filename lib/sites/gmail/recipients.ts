// Recipient addresses of one compose, from both generations of Gmail's recipient fields:
// chips carrying an `email` attribute (committed addresses) and the text still in the fields
// (old textareas hold everything typed; new comboboxes hold what is not yet a chip). Gmail
// turns leftover text into recipients on send, so it counts.
import { extractEmails } from '@/lib/sites/dom/extract-emails';
import { RECIPIENT_CHIP, RECIPIENT_FIELDS } from './selectors';

function fieldValue(el: Element): string {
  const value = (el as Partial<HTMLInputElement>).value;
  return typeof value === 'string' ? value : '';
}

export function readRecipients(root: Element, body: Element): string[] {
  const seen = new Set<string>();
  // One query for both kinds keeps page order (To before Cc before Bcc, chips before the text
  // typed after them).
  for (const el of root.querySelectorAll(`${RECIPIENT_CHIP}, ${RECIPIENT_FIELDS}`)) {
    if (body.contains(el)) continue;
    const source = el.hasAttribute('email') ? (el.getAttribute('email') ?? '') : fieldValue(el);
    for (const address of extractEmails(source)) seen.add(address);
  }
  return [...seen];
}
