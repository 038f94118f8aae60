import { defineExtensionMessaging } from '@webext-core/messaging';
import type { CaptureProtocol } from './protocol';
import { messagingLogger } from './messaging-logger';

export const captureMessenger = defineExtensionMessaging<CaptureProtocol>({
  logger: messagingLogger,
});
