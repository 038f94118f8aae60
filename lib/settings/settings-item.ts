import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings-schema';
import { createLogger } from '../log';

const log = createLogger('settings');

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/**
 * Settings as stored, validated; anything unreadable falls back field by field to the defaults
 * so a damaged item never stops capture, and the problem is logged (paths only).
 */
export async function readSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const parsed = SettingsSchema.safeParse({ ...DEFAULT_SETTINGS, ...raw });
  if (parsed.success) return parsed.data;
  log.warn('settings invalid, using defaults', {
    paths: parsed.error.issues.map((issue) => issue.path.join('.')).join(','),
  });
  return DEFAULT_SETTINGS;
}
