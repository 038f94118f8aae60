import { storage } from 'wxt/utils/storage';
import { coerceSettings } from './coerce-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { createLogger } from '../log';

const log = createLogger('settings');

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The CSM's settings; a damaged field falls back to its default and is logged (names only). */
export async function readSettings(): Promise<Settings> {
  const { settings, invalid } = coerceSettings(await settingsItem.getValue());
  if (invalid.length > 0)
    log.warn('settings fields invalid, using defaults', { fields: invalid.join(',') });
  return settings;
}
