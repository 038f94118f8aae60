import { useLiveQuery } from 'dexie-react-hooks';
import { overrideRate } from '@/lib/metrics/override-rate';
import { popupDb } from '@/lib/popup/popup-db';
import { OverrideRateCard } from './override-rate-card';

export function PopupApp() {
  const last7 = useLiveQuery(() => overrideRate(popupDb(), Date.now(), 7), []);
  return (
    <main>
      <h1>Redline</h1>
      {last7 ? <OverrideRateCard label="last 7 days" counts={last7} /> : <p>Loading…</p>}
    </main>
  );
}
