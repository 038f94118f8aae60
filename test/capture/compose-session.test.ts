import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { QueuedMessage } from '@/lib/capture/capture-queue';
import {
  createComposeSession,
  SEND_CONFIRM_MS,
  TEXT_DEBOUNCE_MS,
  type SessionDeps,
} from '@/lib/capture/compose-session';
import { createMemoryJournal } from '@/lib/capture/session-journal';
import type { ComposeHandle, ComposedText } from '@/lib/sites/site-adapter';

function fakeCompose(key = 'draft:#msg-a:1') {
  const state: { body: ComposedText; subject: string; recipients: string[] } = {
    body: { text: '' },
    subject: 'Renewal',
    recipients: ['ana@acme.com', 'Bo@Acme.com'],
  };
  const compose: ComposeHandle = {
    key,
    root: {} as Element,
    body: {} as HTMLElement,
    readBody: () => state.body,
    readSubject: () => state.subject,
    readRecipients: () => state.recipients,
    isConnected: () => true,
  };
  return { compose, state };
}

function setup(key?: string) {
  const sent: QueuedMessage[] = [];
  let clock = 1_000_000;
  let ids = 0;
  const journal = createMemoryJournal();
  const deps: SessionDeps = {
    site: 'gmail',
    queue: { enqueue: (m: QueuedMessage) => void sent.push(m), flush: () => {}, pending: 0 },
    journal,
    now: () => clock,
    newId: () => `00000000-0000-4000-8000-00000000000${++ids}`,
    recordAddresses: () => false,
    onTracked: vi.fn(),
    onUntracked: vi.fn(),
  };
  const { compose, state } = fakeCompose(key);
  const session = createComposeSession(compose, deps);
  return { session, state, sent, deps, journal, tick: (ms: number) => (clock += ms) };
}

const types = (sent: QueuedMessage[]) => sent.map((m) => m.type);

describe('compose session', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('a draft arrival starts a review with the envelope (domains only) and the hints', () => {
    const { session, state, sent, deps } = setup();
    state.body = { text: 'Hi Ana, the plan.', signature: 'Sam', quoted: 'On Mon … wrote:' };
    session.arrival('paste');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      type: 'capture.draftSeen',
      data: {
        seq: 1,
        source: 'paste',
        draftText: 'Hi Ana, the plan.',
        subject: 'Renewal',
        recipientDomains: ['acme.com'],
        hints: { signature: 'Sam', quoted: 'On Mon … wrote:' },
      },
    });
    expect(sent[0]!.data).not.toHaveProperty('recipientAddresses');
    expect(deps.onTracked).toHaveBeenCalledOnce();
  });

  it('tells onSent about a confirmed send, with the thread it knew; not about a discard', () => {
    const onSent = vi.fn();
    const mail = setup();
    mail.deps.onSent = onSent;
    mail.state.body = { text: 'Draft.' };
    mail.session.arrival('paste');
    mail.session.presend(false);
    mail.session.gone();
    expect(onSent).toHaveBeenCalledWith(mail.session.reviewId, null);

    const reply = setup('draft:#msg-a:2');
    reply.deps.onSent = onSent;
    const compose = reply.session.compose as { readThreadId?: () => string | null };
    compose.readThreadId = () => 'thread-f:7';
    reply.session.arrival('paste');
    reply.session.presend(false);
    reply.session.gone();
    expect(onSent).toHaveBeenLastCalledWith(reply.session.reviewId, 'thread-f:7');

    const dropped = setup('draft:#msg-a:3');
    dropped.deps.onSent = onSent;
    dropped.session.arrival('paste');
    dropped.session.discardRequested();
    dropped.session.gone();
    expect(onSent).toHaveBeenCalledTimes(2);
  });

  it('a subject cut to 2,000 units never ends in half an emoji', () => {
    const { session, state, sent } = setup();
    state.subject = 'a'.repeat(1999) + '🎉 kickoff';
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    const subject = (sent[0]!.data as { subject: string }).subject;
    expect(subject).toBe('a'.repeat(1999));
    expect(subject.isWellFormed()).toBe(true);
  });

  it('a second arrival is an edit of the same review; edits are coalesced', () => {
    const { session, state, sent } = setup();
    state.body = { text: 'Draft one.' };
    session.arrival('paste');
    state.body = { text: 'Draft one. More pasted.' };
    session.arrival('paste');
    session.changed();
    session.changed();
    vi.advanceTimersByTime(TEXT_DEBOUNCE_MS);
    expect(types(sent)).toEqual(['capture.draftSeen', 'capture.textChanged']);
    expect(sent[1]!.data).toMatchObject({ text: 'Draft one. More pasted.', seq: 2 });
  });

  it('send is read at presend and confirmed when the compose goes', () => {
    const { session, state, sent, tick } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('insertion');
    state.body = { text: 'Draft, edited.' };
    session.presend(false);
    state.body = { text: '' }; // the site may empty the body while it closes the compose
    tick(500);
    session.gone();
    expect(sent.at(-1)).toMatchObject({
      type: 'capture.sent',
      data: { sentText: 'Draft, edited.', scheduled: false, seq: 2 },
    });
  });

  it('typing after a presend means the send did not go; closing later keeps the review open', () => {
    const { session, state, sent } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    session.presend(false);
    session.act(true);
    session.gone();
    expect(types(sent)).toEqual(['capture.draftSeen', 'capture.textChanged']);
  });

  it('a presend too long ago does not make a later close a send', () => {
    const { session, state, sent, tick } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    session.presend(false);
    tick(SEND_CONFIRM_MS + 1);
    session.gone();
    expect(types(sent).at(-1)).toBe('capture.textChanged');
  });

  it('discard then gone is discarded', () => {
    const { session, state, sent } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    session.discardRequested();
    session.gone();
    expect(types(sent).at(-1)).toBe('capture.discarded');
  });

  it('typing is a change: one snapshot per pause, however many keys', () => {
    const { session, state, sent } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    state.body = { text: 'Draft. Typed more.' };
    for (let i = 0; i < 10; i++) {
      session.act(true);
      vi.advanceTimersByTime(200);
    }
    expect(types(sent)).toEqual(['capture.draftSeen']);
    vi.advanceTimersByTime(TEXT_DEBOUNCE_MS);
    expect(types(sent)).toEqual(['capture.draftSeen', 'capture.textChanged']);
    expect(sent[1]!.data).toMatchObject({ text: 'Draft. Typed more.', keystrokes: 10 });
    session.act(false); // a click is not a change
    vi.advanceTimersByTime(TEXT_DEBOUNCE_MS * 2);
    expect(sent).toHaveLength(2);
  });

  it('an untracked compose sends nothing, whatever happens to it', () => {
    const { session, sent } = setup();
    session.changed();
    session.presend(false);
    session.discardRequested();
    session.gone();
    vi.runAllTimers();
    expect(sent).toEqual([]);
  });

  it('resumes after undo-send with the same review id and growing sequence numbers', async () => {
    const first = setup('draft:#msg-a:7');
    first.state.body = { text: 'Draft.' };
    first.session.arrival('paste');
    first.session.presend(false);
    first.session.gone();
    const entry = await first.journal.get('draft:#msg-a:7');
    expect(entry).toMatchObject({ status: 'finished', seq: 2 });

    const again = setup('draft:#msg-a:7');
    again.state.body = { text: 'Draft.' };
    again.session.resume(entry!);
    again.session.presend(false);
    again.session.gone();
    expect(again.sent.map((m) => [m.type, m.data.seq, m.data.reviewId])).toEqual([
      ['capture.draftSeen', 3, first.sent[0]!.data.reviewId],
      ['capture.sent', 4, first.sent[0]!.data.reviewId],
    ]);
  });

  it('untrack withdraws the review and forgets the compose', async () => {
    const { session, state, sent, journal, deps } = setup();
    state.body = { text: 'Draft.' };
    session.arrival('paste');
    session.untrack();
    expect(types(sent)).toEqual(['capture.draftSeen', 'capture.untracked']);
    expect(await journal.get('draft:#msg-a:1')).toBeUndefined();
    expect(deps.onUntracked).toHaveBeenCalled();
    session.presend(false);
    session.gone();
    expect(sent).toHaveLength(2);
  });
});
