import { describe, expect, it, vi } from 'vitest';
import { InvalidMessageError } from '@/lib/background/capture-handlers';
import { ForbiddenSenderError } from '@/lib/background/sender-check';
import { createReviewEditHandler } from '@/lib/background/setup-review-edits';
import type { ReviewEditService } from '@/lib/reviews/review-edit-service';

const ORIGIN = 'chrome-extension://redline-id';
const PAGE = { id: 'redline-id', url: `${ORIGIN}/popup.html` };
const reviewId = crypto.randomUUID();

function handler() {
  const apply = vi.fn<ReviewEditService['apply']>(async () => ({
    reviewId,
    revision: 2,
    changed: true,
    deleted: false,
  }));
  return {
    apply,
    handle: createReviewEditHandler({
      service: { apply },
      ownId: 'redline-id',
      extensionOrigin: ORIGIN,
    }),
  };
}

describe('review edit handler', () => {
  it('applies a valid edit from a Redline page', async () => {
    const { apply, handle } = handler();
    await expect(handle('star', { reviewId, starred: true }, PAGE)).resolves.toMatchObject({
      revision: 2,
    });
    expect(apply).toHaveBeenCalledWith({ type: 'star', message: { reviewId, starred: true } });
  });

  it('refuses senders that are not Redline pages', async () => {
    const { apply, handle } = handler();
    const data = { reviewId, starred: true };
    const senders = [
      { id: 'other-extension', url: 'chrome-extension://other-extension/popup.html' },
      { id: 'redline-id', url: 'https://mail.google.com/mail/u/0/', tab: {} },
      { id: 'redline-id', url: 'chrome-extension://redline-id.evil.com/popup.html' },
      { id: 'redline-id' },
    ];
    for (const sender of senders) {
      await expect(handle('star', data, sender)).rejects.toThrow(ForbiddenSenderError);
    }
    expect(apply).not.toHaveBeenCalled();
  });

  it('refuses invalid payloads, naming the field and never the value', async () => {
    const { apply, handle } = handler();
    const error = await handle('note', { reviewId, note: 'x'.repeat(5001) }, PAGE).catch(
      (e: Error) => e,
    );
    expect(error).toBeInstanceOf(InvalidMessageError);
    expect((error as Error).message).toBe('review.note refused: invalid note');
    await expect(handle('setOutcome', { reviewId, outcome: 'maybe' }, PAGE)).rejects.toThrow(
      InvalidMessageError,
    );
    await expect(handle('delete', { reviewId: 'not-a-uuid' }, PAGE)).rejects.toThrow(/reviewId/);
    expect(apply).not.toHaveBeenCalled();
  });
});
