import { useLiveQuery } from 'dexie-react-hooks';
import { lazy, Suspense, useState } from 'react';
import { popupHeadline } from '@/lib/popup/headline';
import { openInTab } from '@/lib/popup/open-in-tab';
import { EmptyState } from './empty-state';
import { EnableSite } from './enable-site';
import { OverrideRateCard } from './override-rate-card';
import { OverviewPanel } from './overview-panel';
import { usePopupEnv } from './popup-context';
import { PopupTabs, type TabId } from './popup-tabs';
import { SyncStatus } from './sync-status';

// Only the overview ships in the first script. Charts (uPlot), the diff engine and the export
// writers load when their tab opens, so the first paint never waits for their code.
const TrendsPanel = lazy(() => import('./trends-panel').then((m) => ({ default: m.TrendsPanel })));
const ReviewsPanel = lazy(() =>
  import('./reviews-panel').then((m) => ({ default: m.ReviewsPanel })),
);
const ExportsPanel = lazy(() =>
  import('./exports-panel').then((m) => ({ default: m.ExportsPanel })),
);

export function PopupApp({ view = 'popup' }: { view?: 'popup' | 'tab' }) {
  const { db, now } = usePopupEnv();
  const headline = useLiveQuery(() => popupHeadline(db, now()), [db, now]);
  const [tab, setTab] = useState<TabId>('overview');
  const [openId, setOpenId] = useState<string | null>(null);
  const openReview = (id: string) => {
    setOpenId(id);
    setTab('reviews');
  };
  return (
    <main className={`app app--${view}`}>
      <header className="app__header">
        <h1>Redline</h1>
        {view === 'popup' && (
          <button type="button" className="link" onClick={() => void openInTab()}>
            Open in a tab ↗
          </button>
        )}
      </header>
      {!headline ? (
        <p className="muted">Loading…</p>
      ) : !headline.hasAny ? (
        <>
          <OverrideRateCard label="last 7 days" counts={headline.last7} />
          <EmptyState />
        </>
      ) : (
        <>
          <PopupTabs current={tab} onSelect={setTab} />
          <section
            role="tabpanel"
            id={`panel-${tab}`}
            aria-labelledby={`tab-${tab}`}
            className="panel"
          >
            {tab === 'overview' && <OverviewPanel headline={headline} onOpenReview={openReview} />}
            <Suspense fallback={<p className="muted">Loading…</p>}>
              {tab === 'trends' && <TrendsPanel />}
              {tab === 'reviews' && <ReviewsPanel openId={openId} onOpen={setOpenId} />}
              {tab === 'exports' && <ExportsPanel />}
            </Suspense>
          </section>
        </>
      )}
      <EnableSite />
      <SyncStatus />
    </main>
  );
}
