import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagingLogger } from '../messaging/messaging-logger';
import type { FlushResult } from './outbox-sender';

/** Extension pages (popup, options) → background. */
export interface SyncProtocol {
  /** "Sync now": send what is queued, ignoring the backoff. */
  'sync.now'(): FlushResult;
}

export const syncMessenger = defineExtensionMessaging<SyncProtocol>({ logger: messagingLogger });
