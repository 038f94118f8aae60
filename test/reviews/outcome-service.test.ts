import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import type { ThreadSeen } from '@/lib/messaging/outcome-messages';
import { ReviewSchema } from '@/lib/review/review-schema';
import { createOutcomeService } from '@/lib/reviews/outcome-service';
import { firstCustomerReply, REPLY_CLOCK_SKEW_MS } from '@/lib/reviews/reply-matching';
import { finishedReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const SENT = Date.UTC(2026, 10, 24, 10, 15, 30);
const NOW = SENT + 3 * 86_400_000;
const THREAD = 'thread-f:1790000000000000042';
const MIN = 60_000;

const sent = (overrides = {}) =>
  finishedReview('edit', SENT, {
    recipientDomains: ['acme.example'],
    threadId: THREAD,
    sentText: 'Here is the seat count for the renewal.',
    ...overrides,
  });

const report = (messages: ThreadSeen['messages'], threadId = THREAD): ThreadSeen => ({
  site: 'gmail',
  threadId,
  seenAt: NOW,
  messages,
});

describe('matching a thread to a sent review', () => {
  it('takes the first later message from a recipient domain', () => {
    const thread = report([
      { domain: 'acme.example', at: SENT - 86_400_000 }, // what the CSM answered
      { domain: 'example.net', at: SENT + 30 * MIN }, // the CSM's colleague
      { domain: 'acme.example', at: SENT + 2 * 86_400_000 },
      { domain: 'acme.example', at: SENT + 60 * MIN },
    ]);
    expect(firstCustomerReply(sent(), thread, NOW)).toBe(SENT + 60 * MIN);
  });

  it("never counts the CSM's own message dated to the send's minute, rounded down", () => {
    const minute = SENT - (SENT % MIN);
    const internal = sent({ recipientDomains: ['example.net'] });
    expect(firstCustomerReply(internal, report([{ domain: 'example.net', at: minute }]), NOW)).toBe(
      null,
    );
  });

  it('needs the same thread, a sent review, and a date that is not far in the future', () => {
    const later = [{ domain: 'acme.example', at: SENT + 60 * MIN }];
    expect(firstCustomerReply(sent(), report(later, 'thread-f:1'), NOW)).toBeNull();
    expect(firstCustomerReply(sent({ threadId: null }), report(later), NOW)).toBeNull();
    expect(firstCustomerReply(sent({ sentText: null }), report(later), NOW)).toBeNull();
    const open = { ...sent(), status: 'open' as const, endedAt: null };
    expect(firstCustomerReply(open, report(later), NOW)).toBeNull();
    const future = [{ domain: 'acme.example', at: NOW + REPLY_CLOCK_SKEW_MS + MIN }];
    expect(firstCustomerReply(sent(), report(future), NOW)).toBeNull();
  });
});

describe('outcome service', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('records the first reply, bumps the revision and queues the review for sync', async () => {
    const review = sent();
    const other = sent({ threadId: 'thread-f:999' });
    await db.reviews.bulkPut([review, other]);
    const service = createOutcomeService({ db, now: () => NOW });

    const ack = await service.threadSeen(report([{ domain: 'acme.example', at: SENT + 2 * MIN }]));
    expect(ack).toEqual({ matched: 1, updated: 1 });
    const stored = await db.reviews.get(review.id);
    expect(stored).toMatchObject({
      customerRepliedAt: SENT + 2 * MIN,
      revision: review.revision + 1,
      updatedAt: NOW,
    });
    expect(ReviewSchema.safeParse(stored).success).toBe(true);
    expect((await db.reviews.get(other.id))?.customerRepliedAt).toBeUndefined();
    expect(await db.outbox.toArray()).toMatchObject([
      { reviewId: review.id, revision: review.revision + 1, op: 'upsert' },
    ]);

    // Seeing the thread again, with a later reply too, changes nothing: the first reply stays.
    const again = await service.threadSeen(
      report([
        { domain: 'acme.example', at: SENT + 2 * MIN },
        { domain: 'acme.example', at: SENT + 90 * MIN },
      ]),
    );
    expect(again).toEqual({ matched: 1, updated: 0 });
    expect((await db.reviews.get(review.id))?.revision).toBe(review.revision + 1);
    expect(await db.outbox.count()).toBe(1);
  });

  it('keeps no text from the thread: only the time lands on the review', async () => {
    const review = sent();
    await db.reviews.put(review);
    await createOutcomeService({ db, now: () => NOW }).threadSeen(
      report([{ domain: 'acme.example', at: SENT + 5 * MIN }]),
    );
    const stored = (await db.reviews.get(review.id))!;
    const { customerRepliedAt, revision, updatedAt, ...rest } = stored;
    expect({ customerRepliedAt, revision, updatedAt }).toEqual({
      customerRepliedAt: SENT + 5 * MIN,
      revision: review.revision + 1,
      updatedAt: NOW,
    });
    const { revision: _r, updatedAt: _u, ...before } = review;
    expect(rest).toEqual(before);
  });

  it('does nothing for a thread without messages from known domains', async () => {
    await db.reviews.put(sent());
    const service = createOutcomeService({ db, now: () => NOW });
    expect(await service.threadSeen(report([]))).toEqual({ matched: 0, updated: 0 });
    expect(
      await service.threadSeen(report([{ domain: 'elsewhere.example', at: SENT + MIN * 5 }])),
    ).toEqual({ matched: 0, updated: 0 });
  });
});

describe('linking a new mail to its conversation', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  const NEW_THREAD = 'thread-a:r-4302120075518949594';

  it('gives a sent review without a thread the id, queues it for sync, then tracks replies', async () => {
    const review = sent({ threadId: null });
    await db.reviews.put(review);
    const service = createOutcomeService({ db, now: () => NOW });
    const link = { site: 'gmail' as const, reviewId: review.id, threadId: NEW_THREAD };
    expect(await service.threadLinked(link)).toEqual({ linked: true });
    const stored = await db.reviews.get(review.id);
    expect(stored).toMatchObject({ threadId: NEW_THREAD, revision: review.revision + 1 });
    expect(ReviewSchema.safeParse(stored).success).toBe(true);
    expect(await db.outbox.toArray()).toMatchObject([
      { reviewId: review.id, revision: review.revision + 1, op: 'upsert' },
    ]);
    // Linking again changes nothing.
    expect(await service.threadLinked(link)).toEqual({ linked: false });
    expect(await db.outbox.count()).toBe(1);

    const ack = await service.threadSeen(
      report([{ domain: 'acme.example', at: SENT + 3 * MIN }], NEW_THREAD),
    );
    expect(ack).toEqual({ matched: 1, updated: 1 });
    expect((await db.reviews.get(review.id))?.customerRepliedAt).toBe(SENT + 3 * MIN);
  });

  it("keeps a review's own thread, and ignores unknown reviews and other sites", async () => {
    const inline = sent();
    const outlook = sent({ threadId: null, site: 'outlook' });
    await db.reviews.bulkPut([inline, outlook]);
    const service = createOutcomeService({ db, now: () => NOW });
    const base = { site: 'gmail' as const, threadId: NEW_THREAD };
    expect(await service.threadLinked({ ...base, reviewId: inline.id })).toEqual({ linked: false });
    expect(await service.threadLinked({ ...base, reviewId: outlook.id })).toEqual({
      linked: false,
    });
    expect(
      await service.threadLinked({ ...base, reviewId: '4f1c2b7e-8a9d-4c3b-9e2f-1a2b3c4d5e6f' }),
    ).toEqual({ linked: false });
    expect((await db.reviews.get(inline.id))?.threadId).toBe(THREAD);
    expect(await db.outbox.count()).toBe(0);
  });
});
