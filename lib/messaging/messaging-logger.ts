import type { Logger } from '@webext-core/messaging';
import { createLogger } from '../log';

const log = createLogger('messaging');

/**
 * The messaging library logs whole messages (e-mail text included) at debug level by default.
 * This logger keeps only errors, by name and message, never payloads.
 */
export const messagingLogger: Logger = {
  debug: () => {},
  log: () => {},
  warn: () => {},
  error: (...args: unknown[]) => {
    const error = args.find((arg): arg is Error => arg instanceof Error);
    log.error('message handler failed', { name: error?.name, message: error?.message });
  },
};
