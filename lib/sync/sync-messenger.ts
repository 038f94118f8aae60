import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagingLogger } from '../messaging/messaging-logger';
import type { MyCoverageResult } from './my-coverage';
import type { FlushResult } from './outbox-sender';

/** Extension pages (popup, options) → background. */
export interface SyncProtocol {
  /** "Sync now": send what is queued, ignoring the backoff. */
  'sync.now'(): FlushResult;
  /** The CSM's own coverage of their book of business, from the team backend. */
  'sync.coverage'(): MyCoverageResult;
}

export const syncMessenger = defineExtensionMessaging<SyncProtocol>({ logger: messagingLogger });
