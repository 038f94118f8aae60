import { describe, expect, it, vi } from 'vitest';
import { InvalidMessageError } from '@/lib/background/capture-handlers';
import {
  createThreadLinkedHandler,
  createThreadSeenHandler,
  MAX_THREAD_REPORT_BYTES,
} from '@/lib/background/outcome-handler';
import { ForbiddenSenderError } from '@/lib/background/sender-check';
import type { ThreadSeen } from '@/lib/messaging/outcome-messages';

const OWN = 'redline-id';
const EXT = 'chrome-extension://redline-id';
const GMAIL = { id: OWN, url: 'https://mail.google.com/mail/u/0/#inbox/abc', tab: { id: 3 } };

const valid: ThreadSeen = {
  site: 'gmail',
  threadId: 'thread-f:1790000000000000042',
  seenAt: 1_795_600_000_000,
  messages: [{ domain: 'acme.example', at: 1_795_515_300_000 }],
};

function setup() {
  const threadSeen = vi.fn(async () => ({ matched: 1, updated: 1 }));
  const handle = createThreadSeenHandler({
    service: { threadSeen, threadLinked: vi.fn() },
    ownId: OWN,
    extensionOrigin: EXT,
  });
  return { handle, threadSeen };
}

describe('outcome.threadSeen handler', () => {
  it('passes a valid report from Gmail to the service', async () => {
    const { handle, threadSeen } = setup();
    expect(await handle(valid, GMAIL)).toEqual({ matched: 1, updated: 1 });
    expect(threadSeen).toHaveBeenCalledWith(valid);
  });

  it.each([
    ['a text field', { ...valid, body: 'Thanks Sam, 40 seats is right.' }, '(root)'],
    [
      'an address instead of a domain',
      { ...valid, messages: [{ domain: 'lee@acme.example', at: 1 }] },
      'messages.0.domain',
    ],
    ['a bad thread id', { ...valid, threadId: 'thread <b>' }, 'threadId'],
    ['a missing time', { ...valid, messages: [{ domain: 'acme.example' }] }, 'messages.0.at'],
    ['an unknown site', { ...valid, site: 'yahoo' }, 'site'],
    [
      'too many messages',
      { ...valid, messages: Array.from({ length: 501 }, () => valid.messages[0]) },
      'messages',
    ],
  ])('refuses %s, naming the field and never the value', async (_name, data, field) => {
    const { handle, threadSeen } = setup();
    const error = await handle(data, GMAIL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect((error as Error).message).toContain(field);
    expect((error as Error).message).not.toContain('40 seats');
    expect(threadSeen).not.toHaveBeenCalled();
  });

  it('refuses an oversized report before parsing it', async () => {
    const { handle, threadSeen } = setup();
    const huge = { ...valid, threadId: 'x'.repeat(MAX_THREAD_REPORT_BYTES) };
    await expect(handle(huge, GMAIL)).rejects.toThrow(/byte limit/);
    expect(threadSeen).not.toHaveBeenCalled();
  });

  it('refuses a report from another origin, another extension, or outside a tab', async () => {
    const { handle, threadSeen } = setup();
    for (const sender of [
      { ...GMAIL, url: 'https://evil.example/' },
      { ...GMAIL, id: 'other' },
      { id: OWN, url: GMAIL.url },
      { id: OWN, url: `${EXT}/popup.html`, tab: { id: 1 } },
    ]) {
      await expect(handle(valid, sender)).rejects.toBeInstanceOf(ForbiddenSenderError);
    }
    expect(threadSeen).not.toHaveBeenCalled();
  });
});

describe('outcome.threadLinked handler', () => {
  const link = {
    site: 'gmail',
    reviewId: '4f1c2b7e-8a9d-4c3b-9e2f-1a2b3c4d5e6f',
    threadId: 'thread-a:r-4302120075518949594',
  };
  function setupLink() {
    const threadLinked = vi.fn(async () => ({ linked: true }));
    const handle = createThreadLinkedHandler({
      service: { threadSeen: vi.fn(), threadLinked },
      ownId: OWN,
      extensionOrigin: EXT,
    });
    return { handle, threadLinked };
  }

  it('passes a valid link from Gmail to the service', async () => {
    const { handle, threadLinked } = setupLink();
    expect(await handle(link, GMAIL)).toEqual({ linked: true });
    expect(threadLinked).toHaveBeenCalledWith(link);
  });

  it.each([
    ['a bad thread id', { ...link, threadId: 'thread <b>' }, 'threadId'],
    ['a review id that is not a uuid', { ...link, reviewId: 'r1' }, 'reviewId'],
    ['a text field', { ...link, subject: 'Seat count' }, '(root)'],
  ])('refuses %s, naming the field', async (_name, data, field) => {
    const { handle, threadLinked } = setupLink();
    const error = await handle(data, GMAIL).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect((error as Error).message).toContain(field);
    expect(threadLinked).not.toHaveBeenCalled();
  });

  it('refuses a link from another origin', async () => {
    const { handle, threadLinked } = setupLink();
    await expect(handle(link, { ...GMAIL, url: 'https://evil.example/' })).rejects.toBeInstanceOf(
      ForbiddenSenderError,
    );
    expect(threadLinked).not.toHaveBeenCalled();
  });
});
