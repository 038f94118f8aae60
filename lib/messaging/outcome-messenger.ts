import { defineExtensionMessaging } from '@webext-core/messaging';
import type { OutcomeProtocol } from './protocol';
import { messagingLogger } from './messaging-logger';

export const outcomeMessenger = defineExtensionMessaging<OutcomeProtocol>({
  logger: messagingLogger,
});
