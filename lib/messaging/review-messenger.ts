import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagingLogger } from './messaging-logger';
import type { ReviewProtocol } from './review-messages';

export const reviewMessenger = defineExtensionMessaging<ReviewProtocol>({
  logger: messagingLogger,
});
