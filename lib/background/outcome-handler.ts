import {
  ThreadLinkedSchema,
  ThreadSeenSchema,
  type ThreadLinkedAck,
  type ThreadSeenAck,
} from '../messaging/outcome-messages';
import type { OutcomeService } from '../reviews/outcome-service';
import { InvalidMessageError, refusedFields } from './capture-handlers';
import { assertCaptureSender, type SenderInfo } from './sender-check';

/** A report of 500 messages is about 150 kB; anything far bigger is not from our script. */
export const MAX_THREAD_REPORT_BYTES = 256 * 1024;

export interface OutcomeHandlerDeps {
  service: OutcomeService;
  ownId: string;
  extensionOrigin: string;
  enabledOrigins?: () => Promise<readonly string[]>;
}

function sizeOf(data: unknown): number {
  try {
    return JSON.stringify(data)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/**
 * Validates a thread report (size, shape, then sender, as for capture messages) before it
 * touches the database. Errors name fields, never values.
 */
export function createThreadSeenHandler({
  service,
  ownId,
  extensionOrigin,
  enabledOrigins,
}: OutcomeHandlerDeps) {
  return async function handle(data: unknown, sender: SenderInfo): Promise<ThreadSeenAck> {
    const size = sizeOf(data);
    if (size > MAX_THREAD_REPORT_BYTES) {
      throw new InvalidMessageError(
        `outcome.threadSeen refused: ${size} bytes is over the ${MAX_THREAD_REPORT_BYTES}-byte limit`,
      );
    }
    const parsed = ThreadSeenSchema.safeParse(data);
    if (!parsed.success) throw refusedFields(`outcome.threadSeen`, parsed.error.issues);
    const report = parsed.data;
    const enabled = report.site === 'generic' && enabledOrigins ? await enabledOrigins() : [];
    assertCaptureSender(sender, report.site, ownId, extensionOrigin, enabled);
    return service.threadSeen(report);
  };
}

/** Validates a new mail's thread link (shape, then sender) before it touches the database. */
export function createThreadLinkedHandler({
  service,
  ownId,
  extensionOrigin,
  enabledOrigins,
}: OutcomeHandlerDeps) {
  return async function handle(data: unknown, sender: SenderInfo): Promise<ThreadLinkedAck> {
    const parsed = ThreadLinkedSchema.safeParse(data);
    if (!parsed.success) throw refusedFields(`outcome.threadLinked`, parsed.error.issues);
    const link = parsed.data;
    const enabled = link.site === 'generic' && enabledOrigins ? await enabledOrigins() : [];
    assertCaptureSender(sender, link.site, ownId, extensionOrigin, enabled);
    return service.threadLinked(link);
  };
}
