import { defineExtensionMessaging } from '@webext-core/messaging';
import { messagingLogger } from './messaging-logger';
import type { TabProtocol } from './protocol';

export const tabMessenger = defineExtensionMessaging<TabProtocol>({ logger: messagingLogger });
