import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { RedlineDb } from '@/lib/db/redline-db';
import { applyPrivacy, createPrivacyPolicy } from '@/lib/privacy/private-wire';
import { readPrivacyPolicy } from '@/lib/privacy/read-privacy-policy';
import { putReview } from '@/lib/reviews/review-writes';
import { setupManagedMirror } from '@/lib/settings/managed-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { DEFAULT_BATCH_LIMITS, readBatch } from '@/lib/sync/build-batch';
import { toWire } from '@/lib/sync/to-wire';
import { WireReviewSchema, type WireUpsert } from '@/lib/sync/wire-format';
import { finishedReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const PRIVATE = {
  subject: 'Renewal for ana@acme.com, call +1 (415) 555-2671',
  draftText: 'Hi Ana (ana@acme.com), your account ACME-20931 renews soon.',
  sentText: 'Hi Ana, call me on 020 7946 0958 about ACME-20931.',
  note: 'Ask bo@acme.com',
};

async function queued(db: RedlineDb, overrides = {}) {
  const review = finishedReview('edit', Date.UTC(2026, 10, 20, 10), { ...PRIVATE, ...overrides });
  await db.transaction('rw', [db.reviews, db.outbox, db.dayStats, db.accounts], () =>
    putReview(db, undefined, review, Date.now()),
  );
  return review;
}

describe('what leaves the browser', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('masks addresses and phones in every synced text by default; the local copy stays whole', async () => {
    const review = await queued(db);
    const batch = await readBatch(db, 'ana', DEFAULT_BATCH_LIMITS);
    const wire = batch.reviews[0] as WireUpsert;
    expect(wire.subject).toBe('Renewal for [email], call [phone]');
    expect(wire.draftText).toBe('Hi Ana ([email]), your account ACME-20931 renews soon.');
    expect(wire.sentText).toBe('Hi Ana, call me on [phone] about ACME-20931.');
    expect(wire.note).toBe('Ask [email]');
    const local = await db.reviews.get(review.id);
    expect(local).toMatchObject(PRIVATE);
  });

  it('applies the team patterns and the sync mode from settings', async () => {
    await queued(db);
    await fakeBrowser.storage.local.set({
      settings: {
        ...DEFAULT_SETTINGS,
        redaction: { emails: true, phones: true, patterns: ['ACME-\\d+'] },
      },
    });
    const masked = (await readBatch(db, 'ana', DEFAULT_BATCH_LIMITS, await readPrivacyPolicy()))
      .reviews[0] as WireUpsert;
    expect(masked.draftText).toBe('Hi Ana ([email]), your account [redacted] renews soon.');

    await fakeBrowser.storage.local.set({
      settings: { ...DEFAULT_SETTINGS, syncMode: 'metrics-only' },
    });
    const bare = (await readBatch(db, 'ana', DEFAULT_BATCH_LIMITS, await readPrivacyPolicy()))
      .reviews[0] as WireUpsert;
    expect(bare).toMatchObject({ subject: '', draftText: '', sentText: '', note: '' });
    expect(bare.metrics).not.toBeNull();
    expect(WireReviewSchema.safeParse(bare).success).toBe(true);
    // Fragments of the private texts only: a random id or timestamp may hold any digits.
    for (const fragment of ['Ana', 'ACME', '@', '555-2671', '020 7946'])
      expect(JSON.stringify(bare)).not.toContain(fragment);
  });

  it('a policy pattern that cannot run withholds the text instead of sending it unmasked', async () => {
    await queued(db);
    await fakeBrowser.storage.managed.set({ redactionPatterns: ['(unclosed'] });
    setupManagedMirror();
    const wire = (await readBatch(db, 'ana', DEFAULT_BATCH_LIMITS, await readPrivacyPolicy()))
      .reviews[0] as WireUpsert;
    expect(wire.draftText).toBe('');
    expect(wire.subject).toBe('');
  });

  it('a discarded review stays discarded in metrics-only mode, deletes pass untouched', () => {
    const policy = createPrivacyPolicy({ ...DEFAULT_SETTINGS, syncMode: 'metrics-only' });
    const review = finishedReview('reject', Date.UTC(2026, 10, 20, 10), { sentText: null });
    const wire = applyPrivacy(toWire(review, review.id, 1, 'ana'), policy);
    expect(wire).toMatchObject({ sentText: null, draftText: '' });
    const del = { op: 'delete', id: review.id, revision: 2, csmId: 'ana' } as const;
    expect(applyPrivacy(del, policy)).toBe(del);
  });

  it('a subject full of short addresses still fits its limit after masking, on a code point', () => {
    const policy = createPrivacyPolicy(DEFAULT_SETTINGS);
    const subject = `😀${'a@b.co '.repeat(285)}`.slice(0, 2000);
    const review = finishedReview('edit', Date.UTC(2026, 10, 20, 10), { subject });
    const wire = applyPrivacy(toWire(review, review.id, 1, 'ana'), policy);
    expect((wire as WireUpsert).subject.length).toBeLessThanOrEqual(2000);
    expect(WireReviewSchema.safeParse(wire).success).toBe(true);
  });

  it('the answered message is masked like the texts, and left out in metrics-only mode', () => {
    const context = 'On Mon, Ana <ana@acme.com> wrote: call me on +1 (415) 555-2671';
    const review = finishedReview('edit', Date.UTC(2026, 10, 20, 10), { context });
    const full = applyPrivacy(
      toWire(review, review.id, 1, 'ana'),
      createPrivacyPolicy(DEFAULT_SETTINGS),
    ) as WireUpsert;
    expect(full.context).toBe('On Mon, Ana <[email]> wrote: call me on [phone]');
    const bare = applyPrivacy(
      toWire(review, review.id, 1, 'ana'),
      createPrivacyPolicy({ ...DEFAULT_SETTINGS, syncMode: 'metrics-only' }),
    );
    expect(bare).not.toHaveProperty('context');
    expect(WireReviewSchema.safeParse(bare).success).toBe(true);
  });
});
