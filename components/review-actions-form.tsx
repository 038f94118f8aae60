import { useState } from 'react';
import type { StoredReview } from '@/lib/db/records';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import {
  OUTCOMES,
  REJECT_REASONS,
  TASK_TYPES,
  type Outcome,
  type RejectReason,
  type TaskType,
} from '@/lib/review/vocabulary';
import { usePopupEnv } from './popup-context';
import { useAction } from './use-action';

/** The CSM's corrections to one review, each sent to the background as one message. */
export function ReviewActionsForm({
  review,
  onDeleted,
}: {
  review: StoredReview;
  onDeleted: () => void;
}) {
  const { actions } = usePopupEnv();
  const [run, error, busy] = useAction();
  const [note, setNote] = useState(review.note);
  const [confirming, setConfirming] = useState(false);
  const reviewId = review.id;
  return (
    <div className="actions" aria-busy={busy}>
      <button
        type="button"
        className="star"
        aria-pressed={review.starred}
        onClick={() => run(() => actions['review.star']({ reviewId, starred: !review.starred }))}
      >
        {review.starred ? '★ Starred as 1:1 example' : '☆ Star as 1:1 example'}
      </button>
      <label className="actions__note">
        Note for the 1:1
        <textarea
          value={note}
          maxLength={5000}
          rows={2}
          onChange={(e) => setNote(e.target.value)}
        />
      </label>
      <button
        type="button"
        disabled={note === review.note}
        onClick={() => run(() => actions['review.note']({ reviewId, note }))}
      >
        Save note
      </button>
      <label>
        Task type
        <select
          value={review.taskType}
          onChange={(e) =>
            run(() =>
              actions['review.setTaskType']({ reviewId, taskType: e.target.value as TaskType }),
            )
          }
        >
          {TASK_TYPES.map((t) => (
            <option key={t} value={t}>
              {TASK_TYPE_LABELS[t]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Outcome
        <select
          value={review.outcome ?? ''}
          disabled={review.status !== 'finished'}
          onChange={(e) =>
            run(() =>
              actions['review.setOutcome']({ reviewId, outcome: e.target.value as Outcome }),
            )
          }
        >
          {review.outcome === null && <option value="">open</option>}
          {OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </label>
      {review.outcome === 'reject' && (
        <label>
          Reject reason
          <select
            value={review.rejectReason ?? ''}
            onChange={(e) =>
              run(() =>
                actions['review.setRejectReason']({
                  reviewId,
                  rejectReason: (e.target.value || null) as RejectReason | null,
                }),
              )
            }
          >
            <option value="">not given</option>
            {REJECT_REASONS.map((r) => (
              <option key={r} value={r}>
                {r.replace('-', ' ')}
              </option>
            ))}
          </select>
        </label>
      )}
      {confirming ? (
        <span className="actions__confirm">
          <button
            type="button"
            className="danger"
            onClick={() =>
              run(async () => {
                await actions['review.delete']({ reviewId });
                onDeleted();
              })
            }
          >
            Delete for good
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            Keep
          </button>
        </span>
      ) : (
        <button type="button" className="danger" onClick={() => setConfirming(true)}>
          Delete…
        </button>
      )}
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
