// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import {
  GMAIL_EPOCH_MS,
  messageIdTime,
  timeFromLegacyId,
  timeFromMessageId,
} from '@/lib/sites/gmail/thread-message-time';
import { readOpenThread } from '@/lib/sites/gmail/thread-view';
import { FIXTURES, parseFixture } from './harness';

const utc = (text: string) => new Date(text).getTime();
const NOW = utc('2026-12-02T12:00:00Z');

function message(attributes: Record<string, string>, title?: string): Element {
  const el = document.createElement('div');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.innerHTML = `<span email="jonas.weber@kunde.example"></span>${title ? `<span title="${title}"></span>` : ''}`;
  return el;
}

describe('Gmail message ids as times', () => {
  it('reads the time in published ids whose dates are known', () => {
    // A 2014 Gmail API message whose Received header says 2014-08-23 14:02:24 -0700.
    expect(timeFromLegacyId('14804ad5ff61cc88', NOW)).toBe(utc('2014-08-23T21:02:24.246Z'));
    // A 2005 inbox listing dated "Tue Jan 18 2005 7:06AM" (Pacific).
    expect(timeFromLegacyId('101865c04ac2427f', NOW)).toBe(utc('2005-01-18T15:06:12.524Z'));
  });

  it('reads the decimal msg-f form as the same number as the hex id', () => {
    expect(timeFromMessageId('#msg-f:1882816523719524579', NOW)).toBe(
      timeFromLegacyId('1a211ba71989c0e3', NOW),
    );
    expect(timeFromMessageId('msg-f:1882816523719524579', NOW)).toBe(
      utc('2026-11-25T08:02:41.176Z'),
    );
  });

  it('refuses ids that hold no time: the CSM’s own msg-a ids, small numbers, the future, junk', () => {
    expect(timeFromMessageId('#msg-a:r-1000000000000000005', NOW)).toBeNull();
    expect(timeFromMessageId('#msg-f:43', NOW)).toBeNull();
    expect(timeFromMessageId('#msg-f:3000000000000000001', NOW)).toBeNull();
    expect(timeFromMessageId('#msg-f:99999999999999999999', NOW)).toBeNull();
    expect(timeFromLegacyId('18c0000000000042', utc('2020-01-01T00:00:00Z'))).toBeNull();
    expect(timeFromLegacyId('not-an-id', NOW)).toBeNull();
    expect(timeFromLegacyId('', NOW)).toBeNull();
    expect(timeFromLegacyId((BigInt(GMAIL_EPOCH_MS - 1) << 20n).toString(16), NOW)).toBeNull();
  });

  it('dates a message element to the minute, preferring the hex id', () => {
    const both = message({
      'data-legacy-message-id': '1a211ba71989c0e3',
      'data-message-id': '#msg-f:1882734254299854717',
    });
    expect(messageIdTime(both, NOW)).toBe(utc('2026-11-25T08:02:00Z'));
    const decimalOnly = message({ 'data-message-id': '#msg-f:1882734254299854717' });
    expect(messageIdTime(decimalOnly, NOW)).toBe(utc('2026-11-24T10:15:00Z'));
    expect(messageIdTime(message({ 'data-message-id': '#msg-a:r-42' }), NOW)).toBeNull();
  });
});

describe('Gmail thread times in any display language', () => {
  it('dates German and French titled messages by their ids; one with no time id stays undated', () => {
    const thread = readOpenThread(parseFixture(FIXTURES.threadLocalised));
    expect(thread).toEqual({
      threadId: 'thread-f:1882931500944585401',
      messages: [
        { from: 'jonas.weber@kunde.example', at: utc('2026-11-26T14:30:00Z') },
        { from: 'sam.ortiz@example.net', at: utc('2026-11-27T09:45:00Z') },
        { from: 'jonas.weber@kunde.example', at: utc('2026-11-28T16:20:00Z') },
        { from: 'mia.klein@kunde.example', at: null },
      ],
    });
  });

  it('falls back to the English title when the ids carry no time', () => {
    const doc = parseFixture(FIXTURES.threadLocalised);
    const last = doc.querySelector('[data-message-id="#msg-a:r-1000000000000000013"] span[title]')!;
    last.setAttribute('title', 'Sun, Nov 29, 2026, 10:05 AM');
    expect(readOpenThread(doc)?.messages.at(-1)?.at).toBe(new Date(2026, 10, 29, 10, 5).getTime());
  });
});
