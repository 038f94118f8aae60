import type { StoredReview } from '@/lib/db/records';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import { dateTime, minutes, percent } from '@/lib/popup/format';

function replyFact(review: StoredReview): string {
  if (review.customerRepliedAt) return dateTime(review.customerRepliedAt);
  // Only a thread Redline saw can show a reply; say which case it is.
  return review.threadId ? 'none seen yet' : 'not tracked (no thread seen)';
}

/** A review's metrics and timing, each labelled with what it is. */
export function ReviewFacts({ review }: { review: StoredReview }) {
  const m = review.metrics;
  const facts: [string, string][] = [
    [
      'Outcome',
      `${review.outcome ?? 'open'}${review.outcomeSource === 'user' ? ' (set by you)' : ''}`,
    ],
    [
      'Task type',
      `${TASK_TYPE_LABELS[review.taskType]}${review.taskTypeSource === 'user' ? ' (set by you)' : ' (guessed)'}`,
    ],
    ['Site', `${review.site}, draft by ${review.source}`],
    ['Draft arrived', dateTime(review.draftSeenAt)],
    ['Ended', `${dateTime(review.endedAt)}${review.endReason ? ` (${review.endReason})` : ''}`],
    [review.sentText === null ? 'Draft → end' : 'Draft → send', minutes(review.taskMs)],
    ['Active time', `${minutes(review.activeMs)}, ${review.keystrokes} keystrokes`],
  ];
  if (review.sentText !== null) facts.push(['Customer reply', replyFact(review)]);
  if (m) {
    facts.push(
      ['Words', `${m.draftWords} in draft → ${m.sentWords} sent`],
      [
        'Changed',
        `+${m.wordsAdded} added, −${m.wordsRemoved} removed, ${m.wordsKept} kept` +
          (m.wordsMoved ? `, ${m.wordsMoved} of them moved` : ''),
      ],
      [
        'Edit rate',
        `${percent(m.editRate)} ((added + removed${m.wordsMoved ? ' − moved' : ''}) / draft words)`,
      ],
      [
        'Retention',
        `${percent(m.retention)} of the draft's words kept${m.wordsMoved ? ' or moved' : ''}`,
      ],
    );
    if (m.diffMode === 'overlap')
      facts.push(['Diff', 'too large for an exact diff: counts are an estimate']);
  }
  return (
    <dl className="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
