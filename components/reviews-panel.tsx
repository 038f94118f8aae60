import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { NO_FILTERS, reviewIds, type ReviewFilters as Filters } from '@/lib/popup/review-query';
import { usePopupEnv } from './popup-context';
import { ReviewDetail } from './review-detail';
import { ReviewFilters } from './review-filters';
import { ReviewList } from './review-list';

/** Filters, the virtualised list (newest first) and the open review beside it. */
export function ReviewsPanel({
  openId,
  onOpen,
}: {
  openId: string | null;
  onOpen: (id: string | null) => void;
}) {
  const { db } = usePopupEnv();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const ids = useLiveQuery(() => reviewIds(db, filters), [db, filters]);
  return (
    <div className="reviews">
      <ReviewFilters value={filters} onChange={setFilters} />
      <div className="reviews__body">
        <div className="reviews__list">
          <p className="muted" data-testid="review-count" aria-live="polite">
            {ids === undefined ? 'Loading…' : `${ids.length.toLocaleString()} finished reviews`}
          </p>
          {ids && <ReviewList ids={ids} selected={openId} onOpen={onOpen} />}
        </div>
        <div className="reviews__detail">
          {openId ? (
            <ReviewDetail id={openId} onClose={() => onOpen(null)} />
          ) : (
            <p className="muted">Open a review to see its word diff, metrics and timing.</p>
          )}
        </div>
      </div>
    </div>
  );
}
