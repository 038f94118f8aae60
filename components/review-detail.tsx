import { useLiveQuery } from 'dexie-react-hooks';
import { DiffView } from './diff-view';
import { usePopupEnv } from './popup-context';
import { ReviewActionsForm } from './review-actions-form';
import { ReviewFacts } from './review-facts';

/** One review opened: the CSM's actions, its facts, and the word diff. Follows live changes. */
export function ReviewDetail({ id, onClose }: { id: string; onClose: () => void }) {
  const { db } = usePopupEnv();
  const review = useLiveQuery(() => db.reviews.get(id).then((r) => r ?? null), [db, id]);
  if (review === undefined) return <p className="muted">Loading…</p>;
  if (review === null) return <p className="muted">This review was deleted.</p>;
  return (
    <article className="detail" aria-label="Review">
      <header className="detail__header">
        <h3 dir="auto">{review.subject || '(no subject)'}</h3>
        <button type="button" className="link" onClick={onClose} aria-label="Close review">
          ✕
        </button>
      </header>
      <ReviewActionsForm key={review.id} review={review} onDeleted={onClose} />
      <DiffView draft={review.draftText} sent={review.sentText} labels={review.editLabels} />
      <ReviewFacts review={review} />
    </article>
  );
}
