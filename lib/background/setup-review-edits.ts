import { browser } from 'wxt/browser';
import type { RedlineDb } from '../db/redline-db';
import {
  REVIEW_EDIT_SCHEMAS,
  type ReviewEdit,
  type ReviewEditAck,
} from '../messaging/review-messages';
import { reviewMessenger } from '../messaging/review-messenger';
import { createReviewEditService, type ReviewEditService } from '../reviews/review-edit-service';
import { InvalidMessageError, refusedFields } from './capture-handlers';
import { PAGE_MESSAGE_BUDGET, oversizeMessage, withinBudget } from './message-budget';
import { ForbiddenSenderError, type SenderInfo } from './sender-check';

export interface ReviewEditHandlerDeps {
  service: ReviewEditService;
  ownId: string;
  /** `chrome-extension://<id>` (or `moz-extension://<uuid>`), no trailing slash. */
  extensionOrigin: string;
}

/** Edits come only from Redline's own pages (popup, options), never from a content script. */
function assertExtensionPage(sender: SenderInfo, ownId: string, extensionOrigin: string): void {
  if (sender.id !== ownId) throw new ForbiddenSenderError('Edit refused: not from Redline.');
  if (!sender.url?.startsWith(`${extensionOrigin}/`)) {
    throw new ForbiddenSenderError('Edit refused: not from a Redline page.');
  }
}

/** Validates shape, then sender, then applies. Errors name fields, never values. */
export function createReviewEditHandler({
  service,
  ownId,
  extensionOrigin,
}: ReviewEditHandlerDeps) {
  return async function handle(
    type: ReviewEdit['type'],
    data: unknown,
    sender: SenderInfo,
  ): Promise<ReviewEditAck> {
    if (!withinBudget(data, PAGE_MESSAGE_BUDGET))
      throw new InvalidMessageError(oversizeMessage(`review.${type}`));
    const parsed = REVIEW_EDIT_SCHEMAS[type].safeParse(data);
    if (!parsed.success) throw refusedFields(`review.${type}`, parsed.error.issues);
    assertExtensionPage(sender, ownId, extensionOrigin);
    return service.apply({ type, message: parsed.data } as ReviewEdit);
  };
}

/** Registers the review edit handlers, synchronously at start-up like the capture ones. */
export function setupReviewEdits(db: RedlineDb): void {
  const handle = createReviewEditHandler({
    service: createReviewEditService({ db }),
    ownId: browser.runtime.id,
    extensionOrigin: new URL(browser.runtime.getURL('/')).origin,
  });
  reviewMessenger.onMessage('review.star', ({ data, sender }) => handle('star', data, sender));
  reviewMessenger.onMessage('review.note', ({ data, sender }) => handle('note', data, sender));
  reviewMessenger.onMessage('review.setTaskType', ({ data, sender }) =>
    handle('setTaskType', data, sender),
  );
  reviewMessenger.onMessage('review.setOutcome', ({ data, sender }) =>
    handle('setOutcome', data, sender),
  );
  reviewMessenger.onMessage('review.setRejectReason', ({ data, sender }) =>
    handle('setRejectReason', data, sender),
  );
  reviewMessenger.onMessage('review.delete', ({ data, sender }) => handle('delete', data, sender));
}
