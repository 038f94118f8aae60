import { useVirtualizer } from '@tanstack/react-virtual';
import { useLiveQuery } from 'dexie-react-hooks';
import { useRef, type KeyboardEvent } from 'react';
import type { StoredReview } from '@/lib/db/records';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import { percent, shortDate } from '@/lib/popup/format';
import { EditLabelChips } from './edit-label-chips';
import { usePopupEnv } from './popup-context';

const ROW_HEIGHT = 44;
const PAGE = 50;

function Row({ review }: { review: StoredReview }) {
  return (
    <>
      <span className={`outcome outcome--${review.outcome}`}>{review.outcome}</span>
      <span className="row__subject">
        {review.starred && <span aria-label="starred">★ </span>}
        {review.subject || '(no subject)'}
      </span>
      <span className="row__meta">
        {shortDate(review.endedAt)} · {TASK_TYPE_LABELS[review.taskType]} · {review.site}
        {review.metrics && ` · ${percent(review.metrics.editRate)} edited`}
        <EditLabelChips labels={review.editLabels} inline />
      </span>
    </>
  );
}

/**
 * The review list, virtualised: only the rows in view (and a few around) exist in the DOM, and
 * only their pages of records are read, so 100,000 reviews scroll like 100. Arrow keys move
 * between rows; Enter opens one.
 */
export function ReviewList({
  ids,
  selected,
  onOpen,
}: {
  ids: readonly string[];
  selected: string | null;
  onOpen: (id: string) => void;
}) {
  const { db } = usePopupEnv();
  const scroller = useRef<HTMLDivElement>(null);
  // The compiler cannot memoise this component (the virtualizer's API is mutable); it need not.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: ids.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    // jsdom (tests) and the first frame have no layout yet: assume a popup-sized viewport.
    initialRect: { width: 320, height: 440 },
  });
  const items = virtualizer.getVirtualItems();
  const first = Math.floor((items[0]?.index ?? 0) / PAGE) * PAGE;
  const last = Math.ceil(((items.at(-1)?.index ?? 0) + 1) / PAGE) * PAGE;
  const rows = useLiveQuery(async () => {
    const window = ids.slice(first, last);
    const records = await db.reviews.bulkGet(window);
    return new Map(records.flatMap((r) => (r ? [[r.id, r] as const] : [])));
  }, [db, ids, first, last]);
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const next = event.key === 'ArrowDown' ? index + 1 : event.key === 'ArrowUp' ? index - 1 : -1;
    if (next < 0 || next >= ids.length) return;
    event.preventDefault();
    virtualizer.scrollToIndex(next);
    requestAnimationFrame(() =>
      scroller.current?.querySelector<HTMLElement>(`[data-index="${next}"]`)?.focus(),
    );
  };
  return (
    <div ref={scroller} className="review-list" role="list" aria-label={`${ids.length} reviews`}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {items.map((item) => {
          const id = ids[item.index]!;
          const review = rows?.get(id);
          return (
            <div
              role="listitem"
              key={id}
              className="row-slot"
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
            >
              <button
                type="button"
                data-index={item.index}
                className={`row${selected === id ? ' row--selected' : ''}`}
                aria-current={selected === id}
                onClick={() => onOpen(id)}
                onKeyDown={(event) => onKeyDown(event, item.index)}
              >
                {review ? <Row review={review} /> : <span className="muted">…</span>}
              </button>
            </div>
          );
        })}
      </div>
    </div>
  );
}
