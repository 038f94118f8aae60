import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { openRedlineDb } from '@/lib/db/redline-db';
import { putReview, reviewTables } from '@/lib/reviews/review-writes';
import { createOutboxSender } from '@/lib/sync/outbox-sender';
import type { SyncStatus } from '@/lib/sync/sync-status';
import { generateReviews } from '../support/review-factory';
import { BACKENDS, queryRows } from '../server/support/test-databases';
import { startTestServer, type TestServer } from '../server/support/test-server';

const NOW = Date.UTC(2026, 10, 23, 12);

describe.each(BACKENDS)('outbox sender against the real backend on %s', (backend) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(backend);
  });
  afterAll(() => server.close());

  it('syncs 1,200 queued reviews over HTTP, then a star and a deletion, each stored once', async () => {
    const token = await server.csmToken('ana');
    const db = openRedlineDb(`sender-server-${backend}`);
    const reviews = generateReviews(1200, NOW, 90, 3);
    await db.transaction('rw', reviewTables(db), async () => {
      for (const review of reviews) await putReview(db, undefined, review, NOW);
    });
    let status: SyncStatus = {
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      failures: 0,
      nextAttemptAt: null,
      refused: 0,
      rejected: [],
    };
    const sender = createOutboxSender({
      db,
      getConfig: async () => ({ ready: true, endpoint: server.url, token, csmId: 'ana' }),
      readStatus: async () => status,
      patchStatus: async (patch) => (status = { ...status, ...patch }),
      scheduleRetry: () => {},
    });
    expect(await sender.flush()).toEqual({ sent: 1200, refused: 0, stoppedBy: null });

    const [first, second] = reviews;
    await db.transaction('rw', reviewTables(db), async () => {
      await putReview(db, first, { ...first!, starred: true, revision: 2 }, NOW);
      const { deleteReview } = await import('@/lib/reviews/review-writes');
      await deleteReview(db, second!, NOW);
    });
    expect(await sender.flush()).toMatchObject({ sent: 2, stoppedBy: null });
    const rows = await queryRows<{ n: number; starred: number; deleted: number }>(
      server.database,
      sql`select count(*)::int as n, count(*) filter (where starred)::int as starred,
            count(*) filter (where deleted)::int as deleted from reviews where csm_id = 'ana'`,
    );
    expect(rows[0]).toEqual({
      n: 1200,
      starred: 1 + reviews.filter((r) => r.starred).length,
      deleted: 1,
    });
    expect(await db.outbox.count()).toBe(0);
    db.close();
  });

  it('half an emoji in the oldest review and an id taken by another CSM block nothing', async () => {
    const token = await server.csmToken('cy');
    const other = await server.csmToken('dee');
    const db = openRedlineDb(`sender-server-bad-${backend}`);
    const reviews = generateReviews(6, NOW, 5, 4);
    // As capture cut subjects before: 1,999 letters and the first half of an emoji.
    reviews[0] = { ...reviews[0]!, subject: 'a'.repeat(1999) + '🎉'.slice(0, 1) };
    // Dee already owns the id of the third review on the server.
    const taken = { ...reviews[2]!, revision: 1 };
    const { toWire } = await import('@/lib/sync/to-wire');
    const { postBatch } = await import('../server/support/wire-factory');
    await postBatch(server.url, other, {
      schemaVersion: 1,
      reviews: [toWire(taken, taken.id, 1, 'dee')],
    });
    await db.transaction('rw', reviewTables(db), async () => {
      for (const review of reviews) await putReview(db, undefined, review, NOW);
    });
    let status: SyncStatus = {
      lastAttemptAt: null,
      lastSuccessAt: null,
      lastError: null,
      failures: 0,
      nextAttemptAt: null,
      refused: 0,
      rejected: [],
    };
    const sender = createOutboxSender({
      db,
      getConfig: async () => ({ ready: true, endpoint: server.url, token, csmId: 'cy' }),
      readStatus: async () => status,
      patchStatus: async (patch) => (status = { ...status, ...patch }),
      scheduleRetry: () => {},
      limits: { maxCount: 2, maxBytes: 1024 * 1024 },
    });
    expect(await sender.flush()).toEqual({ sent: 5, refused: 1, stoppedBy: null });
    expect(await db.outbox.count()).toBe(0);
    expect(status.rejected.map((r) => r.reviewId)).toEqual([taken.id]);
    expect(status.rejected[0]!.reason).toMatch(/another CSM/);
    expect(status.lastError).toMatch(/refused 1 review/);
    const rows = await queryRows<{ subject: string }>(
      server.database,
      sql`select subject from reviews where id = ${reviews[0]!.id}`,
    );
    expect(rows[0]?.subject).toBe('a'.repeat(1999) + '\uFFFD');
    db.close();
  });
});
