import type { StoredReview } from '@/lib/db/records';
import { percent } from '@/lib/popup/format';
import { EditLabelChips } from './edit-label-chips';
import { usePopupEnv } from './popup-context';

/** The week's most substantive edits, offered to star as 1:1 examples. */
export function SuggestionsList({
  suggestions,
  onOpen,
}: {
  suggestions: readonly StoredReview[];
  onOpen: (id: string) => void;
}) {
  const { actions } = usePopupEnv();
  return (
    <section className="suggestions" aria-label="Suggested for 1:1">
      <h3>Suggested for 1:1</h3>
      {suggestions.length === 0 ? (
        <p className="muted">No edits in the last 7 days yet.</p>
      ) : (
        <ul>
          {suggestions.map((review) => (
            <li key={review.id}>
              <button type="button" className="link" onClick={() => onOpen(review.id)}>
                {review.subject || '(no subject)'}
              </button>
              <span className="muted">
                {' '}
                edit rate {percent(review.metrics?.editRate ?? 0)} ·{' '}
                {(review.metrics?.wordsAdded ?? 0) +
                  (review.metrics?.wordsRemoved ?? 0) -
                  (review.metrics?.wordsMoved ?? 0)}{' '}
                words changed
              </span>
              <EditLabelChips labels={review.editLabels} inline />
              <button
                type="button"
                className="star"
                aria-pressed={review.starred}
                onClick={() =>
                  void actions['review.star']({ reviewId: review.id, starred: !review.starred })
                }
              >
                {review.starred ? '★ Starred' : '☆ Star for 1:1'}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
