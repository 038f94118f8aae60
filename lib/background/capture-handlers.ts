import type * as z from 'zod/mini';
import {
  DiscardedSchema,
  DraftSeenSchema,
  ReasonGivenSchema,
  SentSchema,
  TextChangedSchema,
  UntrackedSchema,
  type CaptureAck,
} from '../messaging/capture-messages';
import type { CaptureMessage } from '../reviews/capture-reducer';
import type { ReviewService } from '../reviews/review-service';
import { CAPTURE_BUDGET, oversizeMessage, withinBudget } from './message-budget';
import { assertCaptureSender, type SenderInfo } from './sender-check';

export class InvalidMessageError extends Error {
  override readonly name = 'InvalidMessageError';
}

/** A message a schema refused, naming each refused field once (never its value). */
export function refusedFields(
  kind: string,
  issues: readonly { path: readonly PropertyKey[] }[],
): InvalidMessageError {
  const fields = [...new Set(issues.map((issue) => issue.path.join('.') || '(root)'))];
  return new InvalidMessageError(`${kind} refused: invalid ${fields.join(', ')}`);
}

const SCHEMAS = {
  draftSeen: DraftSeenSchema,
  textChanged: TextChangedSchema,
  sent: SentSchema,
  discarded: DiscardedSchema,
  untracked: UntrackedSchema,
  reason: ReasonGivenSchema,
} as const satisfies Record<CaptureMessage['type'], z.ZodMiniType>;

export interface CaptureHandlerDeps {
  service: ReviewService;
  ownId: string;
  extensionOrigin: string;
  /** Origins enabled for the generic composer; read only for a `generic` message. */
  enabledOrigins?: () => Promise<readonly string[]>;
}

/**
 * Validates a capture message (shape, then sender) before it touches the database. The error
 * names the fields that failed, never their values: the values are e-mail text.
 */
export function createCaptureHandler({
  service,
  ownId,
  extensionOrigin,
  enabledOrigins,
}: CaptureHandlerDeps) {
  return async function handle(
    type: CaptureMessage['type'],
    data: unknown,
    sender: SenderInfo,
  ): Promise<CaptureAck> {
    // The budget check is cheap and bounded; the schema then checks every field.
    if (!withinBudget(data, CAPTURE_BUDGET))
      throw new InvalidMessageError(oversizeMessage(`capture.${type}`));
    const parsed = SCHEMAS[type].safeParse(data);
    if (!parsed.success) throw refusedFields(`capture.${type}`, parsed.error.issues);
    const message = parsed.data as CaptureMessage['message'];
    const enabled = message.site === 'generic' && enabledOrigins ? await enabledOrigins() : [];
    assertCaptureSender(sender, message.site, ownId, extensionOrigin, enabled);
    return service.capture({ type, message } as CaptureMessage);
  };
}
