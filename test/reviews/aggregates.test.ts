import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { abandonStaleReviews } from '@/lib/reviews/abandon-stale';
import { rebuildAggregates } from '@/lib/reviews/rebuild-aggregates';
import { createReviewService } from '@/lib/reviews/review-service';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { DRAFT, T0, captureScript } from '../support/capture-messages';
import { seededRandom } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

async function snapshot(db: RedlineDb) {
  return { days: await db.dayStats.toArray(), accounts: await db.accounts.toArray() };
}

describe('running aggregates', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('stay equal to a rebuild from scratch through sends, undos, discards and untracks', async () => {
    const random = seededRandom(3);
    let clock = T0;
    const service = createReviewService({
      db,
      now: () => (clock += 60_000),
      getSettings: async () => DEFAULT_SETTINGS,
    });
    for (let i = 0; i < 60; i++) {
      const script = captureScript();
      const domain = `c${Math.floor(random() * 8)}.com`;
      await service.capture({
        type: 'draftSeen',
        message: script.draftSeen({ at: clock, recipientDomains: [domain] }),
      });
      const roll = random();
      const text = roll < 0.5 ? DRAFT : 'Short different reply.';
      const sent = () => script.sent(text, { at: clock, recipientDomains: [domain] });
      if (roll < 0.7) await service.capture({ type: 'sent', message: sent() });
      else if (roll < 0.85)
        await service.capture({ type: 'discarded', message: script.discarded() });
      else await service.capture({ type: 'untracked', message: script.untracked() });
      if (random() < 0.2) {
        await service.capture({ type: 'draftSeen', message: script.draftSeen({ at: clock }) });
        if (random() < 0.5) await service.capture({ type: 'sent', message: sent() });
      }
    }
    const incremental = await snapshot(db);
    expect(incremental.days.length).toBeGreaterThan(0);
    await rebuildAggregates(db);
    expect(await snapshot(db)).toEqual(incremental);
  });

  it('abandons open reviews past the limit as rejects, and only those', async () => {
    const service = createReviewService({
      db,
      now: () => T0,
      getSettings: async () => DEFAULT_SETTINGS,
    });
    const old = captureScript();
    const fresh = captureScript();
    await service.capture({ type: 'draftSeen', message: old.draftSeen() });
    const later = createReviewService({
      db,
      now: () => T0 + 71 * 3_600_000,
      getSettings: async () => DEFAULT_SETTINGS,
    });
    await later.capture({
      type: 'draftSeen',
      message: fresh.draftSeen({ at: T0 + 71 * 3_600_000 }),
    });
    const ended = await abandonStaleReviews(db, DEFAULT_SETTINGS, T0 + 73 * 3_600_000);
    expect(ended).toBe(1);
    expect(await db.reviews.get(old.reviewId)).toMatchObject({
      status: 'finished',
      endReason: 'abandoned',
      outcome: 'reject',
      sentText: null,
      endedAt: T0,
    });
    expect((await db.reviews.get(fresh.reviewId))!.status).toBe('open');
    expect(await db.outbox.where('reviewId').equals(old.reviewId).count()).toBe(1);
    expect(await abandonStaleReviews(db, DEFAULT_SETTINGS, T0 + 73 * 3_600_000)).toBe(0);
  });
});
