import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { StorageFullError } from '@/lib/db/storage-errors';
import { overrideRate } from '@/lib/metrics/override-rate';
import { ReviewSchema } from '@/lib/review/review-schema';
import { UnknownReviewError } from '@/lib/reviews/capture-reducer';
import { createReviewService, type ReviewService } from '@/lib/reviews/review-service';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { DRAFT, T0, captureScript } from '../support/capture-messages';
import { dropDb, freshDb } from '../support/test-db';

const NOW = T0 + 10 * 60_000;

describe('review service', () => {
  let db: RedlineDb;
  let service: ReviewService;
  let settings = DEFAULT_SETTINGS;

  beforeEach(async () => {
    db = await freshDb();
    settings = DEFAULT_SETTINGS;
    service = createReviewService({ db, now: () => NOW, getSettings: async () => settings });
  });
  afterEach(() => dropDb(db));

  it('stores an open review when a draft is seen, valid against the review schema', async () => {
    const script = captureScript();
    const ack = await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    expect(ack).toEqual({ reviewId: script.reviewId, revision: 1, status: 'open', outcome: null });
    const stored = await db.reviews.get(script.reviewId);
    expect(ReviewSchema.safeParse(stored).success).toBe(true);
    expect(stored).toMatchObject({
      status: 'open',
      draftText: DRAFT,
      taskType: 'renewal',
      site: 'gmail',
    });
    expect(await db.outbox.count()).toBe(0); // open reviews are private work in progress
  });

  it('paste → send unchanged is approve; the outbox gets the finished review', async () => {
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    const ack = await service.capture({ type: 'sent', message: script.sent(DRAFT) });
    expect(ack).toMatchObject({ status: 'finished', outcome: 'approve', revision: 2 });
    const stored = (await db.reviews.get(script.reviewId))!;
    expect(stored).toMatchObject({
      endReason: 'sent',
      sentText: DRAFT,
      activeMs: 90_000,
      keystrokes: 40,
    });
    expect(stored.taskMs).toBe(5 * 60_000);
    expect(stored.metrics).toMatchObject({
      wordsAdded: 0,
      wordsRemoved: 0,
      editRate: 0,
      retention: 1,
    });
    expect(await db.outbox.toArray()).toMatchObject([
      { reviewId: script.reviewId, revision: 2, op: 'upsert' },
    ]);
    expect((await overrideRate(db, NOW, 7)).approved).toBe(1);
  });

  it('a light edit is edit, a rewrite is reject, a discard is reject', async () => {
    const edit = captureScript();
    await service.capture({ type: 'draftSeen', message: edit.draftSeen() });
    const light = DRAFT.replace('five percent', 'four percent');
    expect((await service.capture({ type: 'sent', message: edit.sent(light) })).outcome).toBe(
      'edit',
    );

    const rewrite = captureScript();
    await service.capture({ type: 'draftSeen', message: rewrite.draftSeen() });
    const other = 'Ana — quick note: pricing unchanged, contract attached. Call me Thursday? Sam';
    expect((await service.capture({ type: 'sent', message: rewrite.sent(other) })).outcome).toBe(
      'reject',
    );

    const dropped = captureScript();
    await service.capture({ type: 'draftSeen', message: dropped.draftSeen() });
    const ack = await service.capture({ type: 'discarded', message: dropped.discarded() });
    expect(ack.outcome).toBe('reject');
    expect(await db.reviews.get(dropped.reviewId)).toMatchObject({
      endReason: 'discarded',
      sentText: null,
      taskMs: 2 * 60_000,
      sentWeek: null,
    });
    expect(await overrideRate(db, NOW, 7)).toMatchObject({ approved: 0, edited: 1, rejected: 2 });
  });

  it('is idempotent: every message twice makes one review in the same state', async () => {
    const script = captureScript();
    const messages = [
      { type: 'draftSeen', message: script.draftSeen() },
      { type: 'textChanged', message: script.textChanged(DRAFT + ' Thanks!') },
      { type: 'sent', message: script.sent(DRAFT + ' Thanks!') },
    ] as const;
    for (const m of messages) await service.capture(m);
    const once = await db.reviews.get(script.reviewId);
    const outboxOnce = await db.outbox.count();
    for (const m of messages) await service.capture(m);
    expect(await db.reviews.count()).toBe(1);
    expect(await db.reviews.get(script.reviewId)).toEqual(once);
    expect(await db.outbox.count()).toBe(outboxOnce);
    expect((await overrideRate(db, NOW, 7)).total).toBe(1);
  });

  it('a text change for an unknown review asks for the draft first', async () => {
    const script = captureScript();
    script.draftSeen();
    await expect(
      service.capture({ type: 'textChanged', message: script.textChanged('x') }),
    ).rejects.toBeInstanceOf(UnknownReviewError);
    expect(await db.reviews.count()).toBe(0);
  });

  it('undo-send reopens the same review, withdraws it from the counts, and a re-send finishes it', async () => {
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await service.capture({ type: 'sent', message: script.sent(DRAFT) });
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    expect(await db.reviews.get(script.reviewId)).toMatchObject({ status: 'open', outcome: null });
    expect((await overrideRate(db, NOW, 7)).total).toBe(0);
    const edited = DRAFT.replace('Best,', 'Kind regards,');
    const ack = await service.capture({ type: 'sent', message: script.sent(edited) });
    expect(ack).toMatchObject({ status: 'finished', outcome: 'edit' });
    expect(await db.reviews.count()).toBe(1);
    expect((await db.outbox.toArray()).map((e) => e.op)).toEqual(['upsert', 'delete', 'upsert']);
    expect(await overrideRate(db, NOW, 7)).toMatchObject({ total: 1, edited: 1 });
  });

  it('untracking deletes an open review; a finished one stays', async () => {
    const open = captureScript();
    await service.capture({ type: 'draftSeen', message: open.draftSeen() });
    expect((await service.capture({ type: 'untracked', message: open.untracked() })).status).toBe(
      'deleted',
    );
    expect(await db.reviews.get(open.reviewId)).toBeUndefined();

    const done = captureScript();
    await service.capture({ type: 'draftSeen', message: done.draftSeen() });
    await service.capture({ type: 'sent', message: done.sent(DRAFT) });
    await service.capture({ type: 'untracked', message: done.untracked() });
    expect((await db.reviews.get(done.reviewId))?.status).toBe('finished');
  });

  it('keeps addresses only when settings allow them', async () => {
    const script = captureScript();
    await service.capture({
      type: 'draftSeen',
      message: script.draftSeen({ recipientAddresses: ['Ana@Acme.com'] }),
    });
    expect((await db.reviews.get(script.reviewId))!.recipientAddresses).toEqual([]);
    settings = { ...DEFAULT_SETTINGS, recordRecipientAddresses: true };
    await service.capture({
      type: 'sent',
      message: script.sent(DRAFT, { recipientAddresses: ['Ana@Acme.com'] }),
    });
    expect((await db.reviews.get(script.reviewId))!.recipientAddresses).toEqual(['ana@acme.com']);
  });

  it('honours the configured reject threshold', async () => {
    settings = { ...DEFAULT_SETTINGS, thresholds: { rejectBelowRetention: 0.99 } };
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    const ack = await service.capture({
      type: 'sent',
      message: script.sent(DRAFT.replace('five percent', 'four percent')),
    });
    expect(ack.outcome).toBe('reject');
  });

  it('a quota failure reaches the sender as StorageFullError and stores nothing', async () => {
    db.reviews.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const script = captureScript();
    const failed = service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await expect(failed).rejects.toBeInstanceOf(StorageFullError);
    await expect(failed).rejects.toThrow(/refused more storage/);
    expect(await db.reviews.count()).toBe(0);
  });

  it('a quota failure wrapped in AbortError is recognised too', async () => {
    const abort = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: new DOMException('quota', 'QuotaExceededError'),
    });
    db.outbox.hook('creating', () => {
      throw abort;
    });
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await expect(
      service.capture({ type: 'sent', message: script.sent(DRAFT) }),
    ).rejects.toBeInstanceOf(StorageFullError);
    // The failed finish left the review as it was: open, and not counted.
    expect(await db.reviews.get(script.reviewId)).toMatchObject({ status: 'open', revision: 1 });
    expect((await overrideRate(db, NOW, 7)).total).toBe(0);
  });
});
