import { createLogger } from '../log';
import { readSettings } from '../settings/settings-item';
import { createPrivacyPolicy, type PrivacyPolicy } from './private-wire';

const log = createLogger('privacy');

/** The privacy policy for one sync round, from settings with the browser policy laid over. */
export async function readPrivacyPolicy(): Promise<PrivacyPolicy> {
  const { skippedPatterns, ...policy } = createPrivacyPolicy(await readSettings());
  if (skippedPatterns > 0) {
    log.warn('redaction pattern cannot run: syncing metrics only', { patterns: skippedPatterns });
  }
  return policy;
}
