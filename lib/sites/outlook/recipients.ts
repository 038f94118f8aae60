// Recipient addresses of one Outlook compose. The To / Cc / Bcc fields are contenteditable
// textboxes: every editable textbox of the compose other than the body is one (structural —
// their labels are localised). Committed recipients are persona pills whose visible text is
// often a display name; the address is in the pill's text, its `title` or its `aria-label`,
// depending on the build, so all three are read. Text typed but not yet a pill counts too:
// Outlook resolves it on send.
import { extractEmails } from '@/lib/sites/dom/extract-emails';
import { EDITABLE_TEXTBOX } from './selectors';

const ADDRESS_ATTRIBUTES = ['title', 'aria-label'];

export function readRecipients(root: Element, body: Element): string[] {
  const seen = new Set<string>();
  for (const field of root.querySelectorAll(EDITABLE_TEXTBOX)) {
    if (field === body || body.contains(field) || field.contains(body)) continue;
    for (const el of field.querySelectorAll('*')) {
      for (const name of ADDRESS_ATTRIBUTES) {
        for (const address of extractEmails(el.getAttribute(name) ?? '')) seen.add(address);
      }
    }
    for (const address of extractEmails(field.textContent ?? '')) seen.add(address);
  }
  return [...seen];
}
