import { describe, expect, it } from 'vitest';
import { ReviewSchema } from '@/lib/review/review-schema';
import { finishReview, reopenReview } from '@/lib/reviews/finish-review';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { openReview } from '../support/review-factory';

const DRAFT = 'Hi there,\nThe pilot for 20 seats starts on Monday.\nBest regards,\nSam';

describe('a finished review keeps its kinds of edit', () => {
  it("labels from the diff, using the review's own recipients and subject", () => {
    const review = openReview({
      draftText: DRAFT,
      subject: 'Pilot plan',
      recipientDomains: ['contoso.com'],
      recipientAddresses: ['mei.tan@contoso.com'],
    });
    const sent = DRAFT.replace('Hi there', 'Hi Mei').replace('20 seats', '25 seats');
    const done = finishReview(
      review,
      { endedAt: review.draftSeenAt + 60_000, endReason: 'sent', sentText: sent },
      DEFAULT_SETTINGS,
    );
    expect(done.editLabels).toEqual(['facts', 'personalisation', 'opening']);
    expect(done.metrics?.wordsMoved).toBe(0);
    expect(ReviewSchema.safeParse(done).success).toBe(true);
    // Back to open (undo send): the labels go with the metrics.
    expect(reopenReview(done).editLabels).toEqual([]);
  });

  it('an approval and a discard carry no labels', () => {
    const review = openReview({ draftText: DRAFT });
    const at = review.draftSeenAt + 60_000;
    expect(
      finishReview(review, { endedAt: at, endReason: 'sent', sentText: DRAFT }, DEFAULT_SETTINGS)
        .editLabels,
    ).toEqual([]);
    expect(
      finishReview(
        review,
        { endedAt: at, endReason: 'discarded', sentText: null },
        DEFAULT_SETTINGS,
      ).editLabels,
    ).toEqual([]);
  });
});
