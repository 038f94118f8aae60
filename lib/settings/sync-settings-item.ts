import { storage } from 'wxt/utils/storage';
import { CsmIdSchema } from '../sync/wire-format';
import { readManagedSettings } from './managed-settings';
import {
  checkEndpoint,
  DEFAULT_SYNC_SETTINGS,
  SyncSettingsSchema,
  type SyncSettings,
} from './sync-settings-schema';

export const syncSettingsItem = storage.defineItem<SyncSettings>('local:syncSettings', {
  fallback: DEFAULT_SYNC_SETTINGS,
  version: 1,
});

/** The access token, alone in `storage.local`: never synced, never in the settings object. */
export const syncTokenItem = storage.defineItem<string>('local:syncToken', { fallback: '' });

/** Endpoint and CSM id set by browser policy win over the CSM's own. */
export async function readSyncSettings(): Promise<SyncSettings> {
  const [stored, managed] = await Promise.all([syncSettingsItem.getValue(), readManagedSettings()]);
  const parsed = SyncSettingsSchema.safeParse({
    ...DEFAULT_SYNC_SETTINGS,
    ...stored,
    ...(managed.endpoint !== undefined ? { endpoint: managed.endpoint } : {}),
    ...(managed.csmId !== undefined ? { csmId: managed.csmId } : {}),
  });
  return parsed.success ? parsed.data : DEFAULT_SYNC_SETTINGS;
}

/** What the sender needs, or why sync is off, in words. */
export type SyncConfig =
  | { ready: true; endpoint: string; token: string; csmId: string }
  /** `off`: no endpoint at all, sync simply not wanted (not an error to show). */
  | { ready: false; reason: string; off: boolean };

/** The access token; one set by browser policy wins. */
export async function readSyncToken(): Promise<string> {
  const [token, managed] = await Promise.all([syncTokenItem.getValue(), readManagedSettings()]);
  return managed.token ?? token;
}

export async function readSyncConfig(): Promise<SyncConfig> {
  const [settings, token] = await Promise.all([readSyncSettings(), readSyncToken()]);
  if (!settings.endpoint)
    return { ready: false, reason: 'Sync is off: no endpoint is set.', off: true };
  const endpoint = checkEndpoint(settings.endpoint);
  if (!endpoint.ok) return { ready: false, reason: endpoint.message, off: false };
  if (!token) return { ready: false, reason: 'Sync is off: no access token is set.', off: false };
  if (!CsmIdSchema.safeParse(settings.csmId).success) {
    return { ready: false, reason: 'Sync is off: the CSM id is missing or not valid.', off: false };
  }
  return { ready: true, endpoint: endpoint.url, token, csmId: settings.csmId };
}
