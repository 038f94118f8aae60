import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RedlineDb } from '@/lib/db/redline-db';
import { ReviewSchema } from '@/lib/review/review-schema';
import { createReviewService, type ReviewService } from '@/lib/reviews/review-service';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { toWire } from '@/lib/sync/to-wire';
import { WireUpsertSchema } from '@/lib/sync/wire-format';
import { DRAFT, T0, captureScript } from '../support/capture-messages';
import { dropDb, freshDb } from '../support/test-db';

const NOW = T0 + 10 * 60_000;
const ASKED = 'Could you confirm the renewal terms before Friday?';
const HEADER = 'On Mon, 23 Nov 2026 at 09:12, Ana Silva <ana@acme.com> wrote:';
const QUOTE = `${HEADER}\n> ${ASKED}\n>\n> Thanks, Ana`;

describe('the answered message kept with the review', () => {
  let db: RedlineDb;
  let service: ReviewService;

  beforeEach(async () => {
    db = await freshDb();
    service = createReviewService({
      db,
      now: () => NOW,
      getSettings: async () => DEFAULT_SETTINGS,
    });
  });
  afterEach(() => dropDb(db));

  const stored = async (id: string) => ReviewSchema.parse(await db.reviews.get(id));

  it('comes from the quote the site marked, and the quote still is not an edit', async () => {
    const script = captureScript();
    const hints = { quoted: `${HEADER}\n${ASKED}` };
    await service.capture({ type: 'draftSeen', message: script.draftSeen({ hints }) });
    expect((await stored(script.reviewId)).context).toBe(ASKED);
    await service.capture({ type: 'sent', message: script.sent(DRAFT, { hints }) });
    const review = await stored(script.reviewId);
    expect(review).toMatchObject({ outcome: 'approve', context: ASKED });
  });

  it('comes from quoted history in the text when no DOM marks it', async () => {
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await service.capture({ type: 'sent', message: script.sent(`${DRAFT}\n\n${QUOTE}`) });
    const review = await stored(script.reviewId);
    expect(review.outcome).toBe('approve');
    expect(review.context).toBe(`${ASKED}\n\nThanks, Ana`);
  });

  it('stays with a discarded draft once a text showed it', async () => {
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await service.capture({
      type: 'textChanged',
      message: script.textChanged(`${DRAFT}\n\n${QUOTE}`),
    });
    await service.capture({ type: 'discarded', message: script.discarded() });
    expect(await stored(script.reviewId)).toMatchObject({
      outcome: 'reject',
      context: expect.stringContaining(ASKED),
    });
  });

  it('is absent on a new e-mail', async () => {
    const script = captureScript();
    await service.capture({ type: 'draftSeen', message: script.draftSeen() });
    await service.capture({ type: 'sent', message: script.sent(DRAFT) });
    expect('context' in (await db.reviews.get(script.reviewId))!).toBe(false);
  });

  it('travels on the wire next to the texts, and only when there is one', async () => {
    const withQuote = captureScript();
    await service.capture({ type: 'draftSeen', message: withQuote.draftSeen() });
    await service.capture({ type: 'sent', message: withQuote.sent(`${DRAFT}\n\n${QUOTE}`) });
    const review = await stored(withQuote.reviewId);
    const wire = WireUpsertSchema.parse(toWire(review, review.id, review.revision, 'ana'));
    expect(wire.context).toBe(review.context);

    const plain = captureScript();
    await service.capture({ type: 'draftSeen', message: plain.draftSeen() });
    await service.capture({ type: 'sent', message: plain.sent(DRAFT) });
    const other = await stored(plain.reviewId);
    const json = JSON.parse(JSON.stringify(toWire(other, other.id, other.revision, 'ana')));
    expect(WireUpsertSchema.parse(json)).not.toHaveProperty('context');
  });

  it('an old client without the field still fits the wire', () => {
    const too = WireUpsertSchema.shape.context.safeParse('x'.repeat(8_001));
    expect(too.success).toBe(false);
    expect(WireUpsertSchema.shape.context.safeParse(undefined).success).toBe(true);
  });
});
