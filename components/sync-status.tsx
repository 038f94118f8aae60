import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { popupDb } from '@/lib/popup/popup-db';
import { syncSettingsItem } from '@/lib/settings/sync-settings-item';
import { syncMessenger } from '@/lib/sync/sync-messenger';
import { readSyncStatus, syncStatusItem, type SyncStatus as Status } from '@/lib/sync/sync-status';

const when = (at: number | null) => (at === null ? 'never' : new Date(at).toLocaleString());

/** Pending count (live from the outbox), last success, last error in words, and "Sync now". */
export function SyncStatus() {
  const pending = useLiveQuery(() => popupDb().outbox.count(), []);
  const [status, setStatus] = useState<Status | null>(null);
  const rejectedIds = (status?.rejected ?? []).map((r) => r.reviewId).join(',');
  const subjects = useLiveQuery(async () => {
    const ids = rejectedIds ? rejectedIds.split(',') : [];
    const found = await popupDb().reviews.bulkGet(ids);
    return new Map(found.flatMap((r) => (r ? [[r.id, r.subject] as const] : [])));
  }, [rejectedIds]);
  const [endpoint, setEndpoint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void readSyncStatus().then(setStatus);
    void syncSettingsItem.getValue().then((s) => setEndpoint(s.endpoint));
    const unwatchStatus = syncStatusItem.watch(() => void readSyncStatus().then(setStatus));
    const unwatchSettings = syncSettingsItem.watch((s) => setEndpoint(s.endpoint));
    return () => {
      unwatchStatus();
      unwatchSettings();
    };
  }, []);

  const syncNow = async () => {
    setBusy(true);
    try {
      await syncMessenger.sendMessage('sync.now', undefined);
    } catch {
      // The failure, in words, reaches the status item and shows below.
    } finally {
      setBusy(false);
    }
  };

  if (endpoint === null) return null;
  if (!endpoint) {
    return (
      <section aria-label="Team sync" className="sync-status">
        <p className="muted">
          Team sync is off: reviews stay in this browser.{' '}
          <button
            type="button"
            className="link"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            Set up sync
          </button>
        </p>
      </section>
    );
  }
  return (
    <section aria-label="Team sync" className="sync-status">
      <h2>Team sync</h2>
      <p data-testid="sync-pending">{pending ?? '…'} waiting to sync</p>
      <p data-testid="sync-last-success">Last sync: {when(status?.lastSuccessAt ?? null)}</p>
      {status?.lastError && (
        <p role="alert" className="error" data-testid="sync-error">
          {status.lastError}
        </p>
      )}
      {status && status.rejected.length > 0 && (
        <details data-testid="sync-rejected">
          <summary>
            {status.rejected.length} review(s) refused for good; they stay in this browser
          </summary>
          <ul>
            {status.rejected.map((r) => (
              <li key={r.reviewId}>
                <strong>{subjects?.get(r.reviewId) || '(no subject)'}</strong>: {r.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <button type="button" onClick={() => void syncNow()} disabled={busy}>
        {busy ? 'Syncing…' : 'Sync now'}
      </button>
    </section>
  );
}
