// Reads Gmail's open conversation: its id and, per message, the sender's address and the time.
// Never the messages' text: outcome tracking only needs to know that a customer answered.
import type { ThreadMessage, ThreadSnapshot } from '@/lib/sites/site-adapter';
import {
  MAIN_REGION,
  MESSAGE_SENDER,
  MESSAGE_TIME,
  THREAD_HEADING,
  THREAD_ID_ATTRIBUTES,
  THREAD_LEGACY_HEADING,
  THREAD_MESSAGE,
} from './selectors';
import { messageIdTime } from './thread-message-time';

/** A most a thread view shows; a longer one keeps its newest messages. */
export const MAX_THREAD_MESSAGES = 500;

// Gmail keeps thread views the CSM left in the DOM, hidden with an inline style or `hidden`.
function isShown(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (node.hasAttribute('hidden')) return false;
    const style = node.getAttribute('style') ?? '';
    if (/display\s*:\s*none/i.test(style)) return false;
  }
  return true;
}

function headingIn(region: ParentNode): Element | null {
  const headings = region.querySelectorAll(`${THREAD_HEADING}, ${THREAD_LEGACY_HEADING}`);
  for (const heading of headings) if (isShown(heading)) return heading;
  return null;
}

function idOf(heading: Element): string | null {
  for (const attribute of THREAD_ID_ATTRIBUTES) {
    const value = heading.getAttribute(attribute)?.trim();
    if (value) return value.replace(/^#/, '');
  }
  return null;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// English Gmail only: "Tue, Nov 24, 2026, 10:15 AM" (US) and "Tue, 24 Nov 2026, 10:15" (UK).
// Strict on purpose: a lenient parser reads "11/12/2026" either way round.
const US_TIME =
  /^(?:[A-Za-z]{3}, )?([A-Za-z]{3}) (\d{1,2}), (\d{4}),? (?:at )?(\d{1,2}):(\d{2}) ?([AP]M)$/i;
const UK_TIME = /^(?:[A-Za-z]{3}, )?(\d{1,2}) ([A-Za-z]{3}) (\d{4}),? (?:at )?(\d{1,2}):(\d{2})$/i;

function localTime(year: string, month: string, day: string, hour: number, minute: string) {
  const m = MONTHS.indexOf(month.toLowerCase());
  if (m < 0 || hour > 23) return null;
  const at = new Date(Number(year), m, Number(day), hour, Number(minute));
  // Refuses "Feb 31" rather than rolling it into March.
  return at.getDate() === Number(day) && at.getMonth() === m ? at.getTime() : null;
}

/** A Gmail message time title (local time, to the minute) → epoch ms, or null if unreadable. */
export function parseGmailTime(title: string): number | null {
  const cleaned = title
    .replace(/[\u00a0\u202f]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const us = US_TIME.exec(cleaned);
  if (us) {
    const [, month, day, year, h, minute, half] = us;
    const hour12 = Number(h);
    if (hour12 < 1 || hour12 > 12) return null;
    const hour = (hour12 % 12) + (half!.toUpperCase() === 'PM' ? 12 : 0);
    return localTime(year!, month!, day!, hour, minute!);
  }
  const uk = UK_TIME.exec(cleaned);
  if (uk) {
    const [, day, month, year, h, minute] = uk;
    return localTime(year!, month!, day!, Number(h), minute!);
  }
  return null;
}

function readMessage(el: Element): ThreadMessage | null {
  const from = el.querySelector(MESSAGE_SENDER)?.getAttribute('email')?.trim().toLowerCase();
  if (!from || !from.includes('@')) return null;
  // The id's time reads the same in every display language; the English title is the fallback.
  let at = messageIdTime(el);
  if (at !== null) return { from, at };
  for (const span of el.querySelectorAll(MESSAGE_TIME)) {
    at = parseGmailTime(span.getAttribute('title') ?? '');
    if (at !== null) break;
  }
  return { from, at };
}

/** The thread whose view holds `node` (an inline reply's compose), or null outside one. */
export function threadIdAround(node: Element): string | null {
  const region = node.closest(MAIN_REGION);
  const heading = region && headingIn(region);
  return heading ? idOf(heading) : null;
}

/** The conversation shown in the page, or null when none is open (inbox, search, settings). */
export function readOpenThread(doc: Document): ThreadSnapshot | null {
  for (const region of doc.querySelectorAll(MAIN_REGION)) {
    const heading = headingIn(region);
    const threadId = heading && idOf(heading);
    if (!threadId) continue;
    const seen = new Set<string>();
    const messages: ThreadMessage[] = [];
    for (const el of region.querySelectorAll(THREAD_MESSAGE)) {
      const id = el.getAttribute('data-message-id') ?? '';
      // A message's own parts may repeat its id; the compose's quoted history is not a message.
      if (seen.has(id) || !isShown(el) || el.closest('[g_editable="true"]')) continue;
      seen.add(id);
      const message = readMessage(el);
      if (message) messages.push(message);
    }
    return { threadId, messages: messages.slice(-MAX_THREAD_MESSAGES) };
  }
  return null;
}
