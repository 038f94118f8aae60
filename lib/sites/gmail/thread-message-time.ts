// A Gmail message's time from its id, in any display language. Gmail's hexadecimal message ids
// (and the decimal `msg-f:` form of the same number) start with the time Gmail took the message
// in, in milliseconds since the epoch; the low 20 bits (5 hex digits) are not time. Checked on
// 2026-12-02 against public data that shows both an id and its date: a 2014 Gmail API message
// in a public test fixture (id 14804ad5ff61cc88, Received 2014-08-23 14:02:24 -0700: the id
// gives 21:02:24.246 UTC) and the 2005 inbox listings printed in a book on Gmail's internals
// (101865c04ac2427f, "Tue Jan 18 2005 7:06AM" Pacific: the id gives 15:06:12 UTC). Public
// extension code converts `msg-f:<decimal>` to the legacy hex id with a plain base change.
import { MESSAGE_ID_ATTRIBUTES } from './selectors';

const TIME_SHIFT = 20n;
/** Gmail opened on 2004-04-01: an id that decodes to earlier is not a Gmail message id. */
export const GMAIL_EPOCH_MS = Date.UTC(2004, 3, 1);
/** An id decoding to later than this after the page's clock is not a time either. */
export const MAX_ID_AHEAD_MS = 24 * 60 * 60_000;

const HEX_ID = /^[0-9a-f]{12,16}$/i;
// `#msg-f:` ids are Gmail's (server) message ids; `#msg-a:r…` ids are made in the page for the
// CSM's own drafts and carry no time.
const DECIMAL_ID = /^#?msg-f:(\d{1,20})$/;

function fromNumber(id: bigint, now: number): number | null {
  if (id >= 1n << 64n) return null;
  const ms = Number(id >> TIME_SHIFT);
  return ms >= GMAIL_EPOCH_MS && ms <= now + MAX_ID_AHEAD_MS ? ms : null;
}

/** The time in a legacy hexadecimal message id ("18c0…"), or null when it holds none. */
export function timeFromLegacyId(value: string, now = Date.now()): number | null {
  const id = value.trim();
  return HEX_ID.test(id) ? fromNumber(BigInt(`0x${id}`), now) : null;
}

/** The time in a `data-message-id` value ("#msg-f:1790…"), or null when it holds none. */
export function timeFromMessageId(value: string, now = Date.now()): number | null {
  const match = DECIMAL_ID.exec(value.trim());
  return match ? fromNumber(BigInt(match[1]!), now) : null;
}

/**
 * The message's time from its ids, rounded down to the minute like the times Gmail shows (reply
 * matching relies on that: the CSM's own sent message never dates after the send's minute), or
 * null when neither id holds a time.
 */
export function messageIdTime(el: Element, now = Date.now()): number | null {
  const legacy = el.getAttribute(MESSAGE_ID_ATTRIBUTES.legacy);
  const id = el.getAttribute(MESSAGE_ID_ATTRIBUTES.id);
  const ms =
    (legacy === null ? null : timeFromLegacyId(legacy, now)) ??
    (id === null ? null : timeFromMessageId(id, now));
  return ms === null ? null : ms - (ms % 60_000);
}
