import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';
import { readSyncStatus } from '@/lib/sync/sync-status';
import { dropDb, freshDb } from '../support/test-db';
import { queuedIds, queueReviews, senderHarness, START } from './support/sender-harness';

let db: RedlineDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => dropDb(db));

describe('outbox sender', () => {
  it('sends everything in order, in batches, and empties the outbox', async () => {
    const reviews = await queueReviews(db, 25);
    const { sender, backend } = senderHarness(db);
    const result = await sender.flush();
    expect(result).toEqual({ sent: 25, refused: 0, stoppedBy: null });
    expect(backend.batches.map((b) => b.length)).toEqual([10, 10, 5]);
    expect(backend.writes.map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    expect(await db.outbox.count()).toBe(0);
    expect(await readSyncStatus()).toMatchObject({
      lastSuccessAt: START,
      lastError: null,
      failures: 0,
    });
  });

  it('4th of 5 batches fails: the rest stay queued in order and go later', async () => {
    const reviews = await queueReviews(db, 50);
    const { sender, backend, clock, alarms } = senderHarness(db);
    backend.script.push(
      { kind: 'ok' },
      { kind: 'ok' },
      { kind: 'ok' },
      { kind: 'status', status: 500 },
    );

    const first = await sender.flush();
    expect(first.sent).toBe(30);
    expect(first.stoppedBy).toMatch(/failed \(500\)/);
    expect(await queuedIds(db)).toEqual(reviews.slice(30).map((r) => r.id));
    const status = await readSyncStatus();
    expect(status.failures).toBe(1);
    expect(status.lastError).toMatch(/500/);
    expect(alarms).toEqual([status.nextAttemptAt]);

    // Before the backoff ends nothing is tried; after it, the rest goes, still in order.
    expect((await sender.flush()).sent).toBe(0);
    expect(backend.calls.count).toBe(4);
    clock.now = status.nextAttemptAt!;
    expect((await sender.flush()).sent).toBe(20);
    expect(backend.writes.map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    expect(await db.outbox.count()).toBe(0);
    expect(await readSyncStatus()).toMatchObject({
      failures: 0,
      lastError: null,
      nextAttemptAt: null,
    });
  });

  it('a response lost after the server committed: sent again, stored once', async () => {
    const reviews = await queueReviews(db, 5);
    const { sender, backend } = senderHarness(db);
    backend.script.push({ kind: 'commit-then-drop' });
    const lost = await sender.flush();
    expect(lost.stoppedBy).toMatch(/Could not reach sync\.example\.com/);
    expect(await db.outbox.count()).toBe(5);
    expect(backend.stored.size).toBe(5);

    const again = await sender.flush({ force: true });
    expect(again.stoppedBy).toBeNull();
    expect(backend.batches).toHaveLength(2);
    expect(backend.writes.map((r) => r.id)).toEqual(reviews.map((r) => r.id));
    expect(await db.outbox.count()).toBe(0);
  });

  it('backs off with capped full jitter as failures pile up', async () => {
    await queueReviews(db, 1);
    const backoff = { baseMs: 1000, capMs: 16_000 };
    const { sender, backend, clock } = senderHarness(db, { backoff, random: () => 0.999 });
    const delays: number[] = [];
    for (let i = 0; i < 8; i++) {
      backend.script.push({ kind: 'status', status: 502 });
      await sender.flush({ force: true });
      delays.push((await readSyncStatus()).nextAttemptAt! - clock.now);
    }
    expect(delays).toEqual([999, 1998, 3996, 7992, 15_984, 15_984, 15_984, 15_984]);
    expect(await db.outbox.count()).toBe(1);
  });

  it('honours Retry-After in seconds on 429', async () => {
    await queueReviews(db, 3);
    const { sender, backend, clock, alarms } = senderHarness(db);
    backend.script.push({ kind: 'status', status: 429, headers: { 'retry-after': '120' } });
    const result = await sender.flush();
    expect(result.stoppedBy).toMatch(/slow down \(429\)/);
    expect(alarms).toEqual([START + 120_000]);
    clock.now = START + 119_000;
    expect((await sender.flush()).sent).toBe(0);
    clock.now = START + 120_000;
    expect((await sender.flush()).sent).toBe(3);
  });

  it('honours Retry-After as an HTTP date on 503', async () => {
    await queueReviews(db, 2);
    const { sender, backend, alarms } = senderHarness(db);
    const when = new Date(START + 90_000).toUTCString();
    backend.script.push({ kind: 'status', status: 503, headers: { 'retry-after': when } });
    await sender.flush();
    expect(alarms).toEqual([START + 90_000]);
    expect((await readSyncStatus()).nextAttemptAt).toBe(START + 90_000);
  });

  it('bounds batches by bytes; a review bigger than the bound goes alone', async () => {
    const big = 'word '.repeat(40_000);
    await queueReviews(db, 3);
    await queueReviews(db, 1, { draftText: big, sentText: big });
    await queueReviews(db, 3);
    const { sender, backend } = senderHarness(db, { limits: { maxCount: 100, maxBytes: 50_000 } });
    await sender.flush();
    expect(backend.batches.map((b) => b.length)).toEqual([3, 1, 3]);
  });

  it('sends a review changed several times once, with its newest revision', async () => {
    const [review] = await queueReviews(db, 1);
    await db.transaction('rw', reviewTables(db), async () => {
      await putReview(db, review, { ...review!, starred: true, revision: 2 }, START);
      await putReview(db, review, { ...review!, starred: true, note: 'great', revision: 3 }, START);
    });
    const { sender, backend } = senderHarness(db);
    await sender.flush();
    expect(backend.writes).toHaveLength(1);
    expect(backend.writes[0]).toMatchObject({ revision: 3, note: 'great', starred: true });
    expect(await db.outbox.count()).toBe(0);
  });

  it('sends a deletion of a review that is gone', async () => {
    const [review] = await queueReviews(db, 1);
    const { sender, backend } = senderHarness(db);
    await sender.flush();
    await db.transaction('rw', reviewTables(db), async () => {
      const { deleteReview } = await import('@/lib/reviews/review-writes');
      await deleteReview(db, review!, START);
    });
    await sender.flush();
    expect(backend.batches[1]).toEqual([
      { op: 'delete', id: review!.id, revision: 2, csmId: 'ana' },
    ]);
  });

  it('settles reviews the server names as invalid, sends the rest, and says so', async () => {
    const reviews = await queueReviews(db, 4);
    const { sender, backend } = senderHarness(db);
    backend.script.push({
      kind: 'status',
      status: 400,
      body: { error: 'invalid-batch', message: 'bad', ids: [reviews[1]!.id] },
    });
    const result = await sender.flush();
    expect(result).toMatchObject({ sent: 3, refused: 1 });
    expect(backend.writes.map((r) => r.id)).toEqual([0, 2, 3].map((i) => reviews[i]!.id));
    expect((await readSyncStatus()).lastError).toMatch(/refused 1 review/);
  });

  it('lists a review the server refuses with its reason in words, and sends the others', async () => {
    const reviews = await queueReviews(db, 3);
    const { sender, backend } = senderHarness(db);
    backend.script.push({
      kind: 'status',
      status: 400,
      body: {
        error: 'invalid-batch',
        message: 'The batch does not match wire format v1; nothing was stored.',
        ids: [reviews[0]!.id],
        issues: [{ path: 'reviews.0.metrics.editRate', message: 'Too big' }],
      },
    });
    expect(await sender.flush()).toMatchObject({ sent: 2, refused: 1, stoppedBy: null });
    expect(await db.outbox.count()).toBe(0);
    const status = await readSyncStatus();
    expect(status.rejected).toEqual([
      {
        reviewId: reviews[0]!.id,
        reason: 'The server refused it: metrics.editRate: Too big',
        at: START,
      },
    ]);
    // The local copy stays whole: only the outbox entry is gone.
    expect(await db.reviews.get(reviews[0]!.id)).toBeDefined();
  });

  it('a review that can never go on the wire, oldest in the outbox, blocks nothing', async () => {
    const [bad] = await queueReviews(db, 1);
    await db.reviews.update(bad!.id, { metrics: { ...bad!.metrics!, editRate: 1e308 } });
    const later = await queueReviews(db, 4);
    const { sender, backend } = senderHarness(db);
    expect(await sender.flush()).toMatchObject({ sent: 4, refused: 1, stoppedBy: null });
    expect(backend.writes.map((r) => r.id)).toEqual(later.map((r) => r.id));
    const [rejected] = (await readSyncStatus()).rejected;
    expect(rejected?.reviewId).toBe(bad!.id);
    expect(rejected?.reason).toMatch(/^Not sent: .*metrics\.editRate/);
  });

  it('a 500 refuses nothing: the batch stays queued for the retry', async () => {
    await queueReviews(db, 3);
    const { sender, backend, alarms } = senderHarness(db);
    backend.script.push({ kind: 'status', status: 500 });
    const result = await sender.flush();
    expect(result).toMatchObject({ sent: 0, refused: 0 });
    expect(result.stoppedBy).toMatch(/failed \(500\)/);
    expect(await db.outbox.count()).toBe(3);
    expect(alarms).toHaveLength(1);
    expect((await readSyncStatus()).rejected).toEqual([]);
    expect((await sender.flush({ force: true })).sent).toBe(3);
  });

  it('halves a batch the server finds too large', async () => {
    await queueReviews(db, 8);
    const { sender, backend } = senderHarness(db);
    backend.script.push({ kind: 'status', status: 413 });
    expect((await sender.flush()).sent).toBe(8);
    expect(backend.batches.map((b) => b.length)).toEqual([4, 4]);
  });

  it('does nothing without a configuration, and says why', async () => {
    await queueReviews(db, 2);
    const { sender, backend } = senderHarness(db, {
      getConfig: async () => ({
        ready: false,
        reason: 'Sync is off: no endpoint is set.',
        off: true,
      }),
    });
    expect((await sender.flush()).stoppedBy).toBe('Sync is off: no endpoint is set.');
    expect(backend.batches).toHaveLength(0);
    expect(await db.outbox.count()).toBe(2);
    // No endpoint is a choice, not an error; a half-done setup is an error in words.
    expect((await readSyncStatus()).lastError).toBeNull();
    const { sender: halfDone } = senderHarness(db, {
      getConfig: async () => ({
        ready: false,
        reason: 'Sync is off: no access token is set.',
        off: false,
      }),
    });
    await halfDone.flush();
    expect((await readSyncStatus()).lastError).toBe('Sync is off: no access token is set.');
  });

  it('keeps an entry queued while its batch was in flight for the next batch', async () => {
    const [review] = await queueReviews(db, 1);
    const { backend } = senderHarness(db);
    const inner = backend.fetch;
    let changed = false;
    const fetchDuringChange: typeof fetch = async (input, init) => {
      if (!changed) {
        changed = true;
        await db.transaction('rw', reviewTables(db), () =>
          putReview(db, review, { ...review!, starred: true, revision: 2 }, START),
        );
      }
      return inner(input, init);
    };
    const { sender: racing } = senderHarness(db, { fetch: fetchDuringChange });
    await racing.flush();
    expect(await db.outbox.count()).toBe(0);
    expect(backend.batches.map((b) => b.map((r) => r.revision))).toEqual([[1], [2]]);
  });

  it('a flush asked for during a flush runs once more afterwards, with the newer state', async () => {
    await queueReviews(db, 3);
    let ready = false;
    const { sender, backend } = senderHarness(db, {
      getConfig: async () =>
        ready
          ? { ready: true, endpoint: 'https://sync.example.com', token: 'rl_test', csmId: 'ana' }
          : { ready: false, reason: 'Sync is off: no endpoint is set.', off: true },
    });
    const first = sender.flush();
    ready = true;
    const second = sender.flush({ force: true });
    const third = sender.flush();
    expect((await first).stoppedBy).toMatch(/Sync is off/);
    expect(await second).toEqual({ sent: 3, refused: 0, stoppedBy: null });
    expect(await third).toBe(await second);
    expect(backend.calls.count).toBe(1);
  });
});
