import { storage } from 'wxt/utils/storage';
import { coerceSettings } from './coerce-settings';
import { overlayManagedSettings, readManagedSettings } from './managed-settings';
import { DEFAULT_SETTINGS, type Settings } from './settings-schema';
import { createLogger } from '../log';

const log = createLogger('settings');

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * The CSM's settings with the browser policy's fields laid over them; a damaged field falls back
 * to its default and is logged (names only).
 */
export async function readSettings(): Promise<Settings> {
  const [stored, managed] = await Promise.all([settingsItem.getValue(), readManagedSettings()]);
  const { settings, invalid } = coerceSettings(overlayManagedSettings(stored, managed));
  if (invalid.length > 0)
    log.warn('settings fields invalid, using defaults', { fields: invalid.join(',') });
  return settings;
}
