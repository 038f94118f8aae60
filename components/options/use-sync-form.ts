import { useEffect, useState } from 'react';
import {
  readSyncSettings,
  syncSettingsItem,
  syncTokenItem,
} from '@/lib/settings/sync-settings-item';
import { checkEndpoint } from '@/lib/settings/sync-settings-schema';
import { CsmIdSchema } from '@/lib/sync/wire-format';
import { testConnection } from '@/lib/sync/test-connection';

export interface SyncFields {
  endpoint: string;
  token: string;
  csmName: string;
  csmId: string;
}

export type Notice = { kind: 'ok' | 'error' | 'busy'; text: string } | null;

/** The sync form's state: loaded from storage, checked before saving, tested on demand. */
export function useSyncForm() {
  const [fields, setFields] = useState<SyncFields | null>(null);
  const [notice, setNotice] = useState<Notice>(null);

  useEffect(() => {
    void Promise.all([readSyncSettings(), syncTokenItem.getValue()]).then(([settings, token]) =>
      setFields({
        endpoint: settings.endpoint,
        token,
        csmName: settings.csmName,
        csmId: settings.csmId,
      }),
    );
  }, []);

  const set = (name: keyof SyncFields, value: string) =>
    setFields((prev) => (prev ? { ...prev, [name]: value } : prev));

  async function save(): Promise<void> {
    if (!fields) return;
    // An empty endpoint is allowed: it switches sync off.
    const endpoint = fields.endpoint.trim()
      ? checkEndpoint(fields.endpoint)
      : { ok: true as const, url: '' };
    if (!endpoint.ok) return setNotice({ kind: 'error', text: endpoint.message });
    if (endpoint.url && !CsmIdSchema.safeParse(fields.csmId.trim()).success) {
      return setNotice({
        kind: 'error',
        text: 'Enter your CSM id (letters, digits, ".", "_", "@" or "-"), as your admin gave it.',
      });
    }
    await syncTokenItem.setValue(fields.token.trim());
    await syncSettingsItem.setValue({
      endpoint: endpoint.url,
      csmId: fields.csmId.trim(),
      csmName: fields.csmName.trim(),
    });
    setFields({ ...fields, endpoint: endpoint.url });
    setNotice({
      kind: 'ok',
      text: endpoint.url ? 'Saved. Reviews will sync to this endpoint.' : 'Saved. Sync is off.',
    });
  }

  async function test(): Promise<void> {
    if (!fields) return;
    setNotice({ kind: 'busy', text: 'Testing…' });
    const result = await testConnection(fields);
    setNotice({ kind: result.ok ? 'ok' : 'error', text: result.message });
  }

  return { fields, set, save, test, notice };
}
