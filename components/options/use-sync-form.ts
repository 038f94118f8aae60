import { useEffect, useState } from 'react';
import { readManagedSettings, type ManagedSettings } from '@/lib/settings/managed-settings';
import {
  readSyncSettings,
  syncSettingsItem,
  syncTokenItem,
} from '@/lib/settings/sync-settings-item';
import { checkEndpoint } from '@/lib/settings/sync-settings-schema';
import { testConnection, type ConnectionField } from '@/lib/sync/test-connection';

export interface SyncFields {
  endpoint: string;
  token: string;
}

/** Sync fields IT set by browser policy: shown locked, used as they are, never stored here. */
export type SyncLocks = Partial<Record<keyof SyncFields, boolean>>;

/** Who the saved token speaks for, as the backend said (never typed in). */
export interface SyncIdentity {
  csmId: string;
  csmName: string;
}

export type Notice = {
  kind: 'ok' | 'error' | 'busy';
  text: string;
  /** The field the message is about: shown beside it. */
  field?: ConnectionField;
} | null;

/**
 * The sync form: endpoint and token. Saving asks the backend who the token belongs to
 * (`/v1/me`) and stores that identity with the settings; nothing is saved when it fails.
 */
export function useSyncForm() {
  const [fields, setFields] = useState<SyncFields | null>(null);
  const [identity, setIdentity] = useState<SyncIdentity | null>(null);
  const [notice, setNotice] = useState<Notice>(null);
  const [policy, setPolicy] = useState<ManagedSettings>({});
  const locked: SyncLocks = {
    endpoint: policy.endpoint !== undefined,
    token: policy.token !== undefined,
  };

  useEffect(() => {
    void Promise.all([readSyncSettings(), syncTokenItem.getValue(), readManagedSettings()]).then(
      ([settings, token, managed]) => {
        setPolicy(managed);
        // A policy token is used but never shown: the field stays empty and locked.
        setFields({ endpoint: settings.endpoint, token: managed.token !== undefined ? '' : token });
        setIdentity(settings.csmId ? { csmId: settings.csmId, csmName: settings.csmName } : null);
      },
    );
  }, []);

  /** What sync will use: the policy's values where IT set them, the form's elsewhere. */
  const effective = (form: SyncFields): SyncFields => ({
    endpoint: policy.endpoint ?? form.endpoint,
    token: policy.token ?? form.token,
  });

  const set = (name: keyof SyncFields, value: string) =>
    setFields((prev) => (prev ? { ...prev, [name]: value } : prev));

  async function save(): Promise<void> {
    if (!fields) return;
    const use = effective(fields);
    // Policy values are IT's: saving never copies them into the CSM's own settings.
    const storedEndpoint = async (endpoint: string) =>
      locked.endpoint ? (await syncSettingsItem.getValue()).endpoint : endpoint;
    const storeToken = async () => {
      if (!locked.token) await syncTokenItem.setValue(fields.token.trim());
    };
    if (!use.endpoint.trim()) {
      // An empty endpoint switches sync off; the token stays for when it is switched back on.
      await storeToken();
      await syncSettingsItem.setValue({ endpoint: '', csmId: '', csmName: '' });
      setIdentity(null);
      return setNotice({ kind: 'ok', text: 'Saved. Sync is off.' });
    }
    const endpoint = checkEndpoint(use.endpoint);
    if (!endpoint.ok)
      return setNotice({ kind: 'error', text: endpoint.message, field: 'endpoint' });
    setNotice({ kind: 'busy', text: 'Connecting…' });
    const result = await testConnection(use);
    if (!result.ok) {
      return setNotice({
        kind: 'error',
        text: `Not saved: ${result.message}`,
        ...(result.field ? { field: result.field } : {}),
      });
    }
    const next = { csmId: result.me.csmId, csmName: result.me.displayName ?? '' };
    await storeToken();
    await syncSettingsItem.setValue({ endpoint: await storedEndpoint(result.endpoint), ...next });
    setFields({ ...fields, endpoint: result.endpoint, token: fields.token.trim() });
    setIdentity(next);
    setNotice({ kind: 'ok', text: `Saved. ${result.message} Reviews will sync to this endpoint.` });
  }

  async function test(): Promise<void> {
    if (!fields) return;
    setNotice({ kind: 'busy', text: 'Testing…' });
    const result = await testConnection(effective(fields));
    setNotice({
      kind: result.ok ? 'ok' : 'error',
      text: result.message,
      ...(!result.ok && result.field ? { field: result.field } : {}),
    });
  }

  return { fields, locked, identity, set, save, test, notice };
}
