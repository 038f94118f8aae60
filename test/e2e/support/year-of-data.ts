import { classify } from '../../../lib/classify';
import type { Review } from '../../../lib/review/review-schema';
import type { TaskType } from '../../../lib/review/vocabulary';
import { generateText, WORDS } from '../../support/generate-text';
import { generateReviews, seededRandom } from '../../support/review-factory';

const SUBJECTS: Record<TaskType, string[]> = {
  qbr: ['Q3 business review agenda', 'QBR deck for Thursday', 'Your quarterly review'],
  renewal: ['Renewal terms for 2027', 'Renewal: seat count', 'Contract renewal next steps'],
  risk: ['Usage dip this month', 'Open escalation summary', 'Health score follow-up'],
  'check-in': ['Quick check-in', 'How is the rollout going?', 'Catching up'],
  onboarding: ['Welcome aboard', 'Onboarding week 2', 'Admin training invite'],
  expansion: ['Adding the EMEA team', 'Expansion proposal', 'More seats for support'],
  support: ['Re: export ticket', 'Fix for the SSO issue', 'Ticket update'],
  other: ['Notes from today', 'Following up', 'Intro'],
};

/** Swaps about one word in `share` for another: an edit that keeps most of the draft. */
function edited(text: string, share: number, random: () => number): string {
  return text
    .split(' ')
    .map((word) => (random() < share ? WORDS[Math.floor(random() * WORDS.length)]! : word))
    .join(' ');
}

/**
 * A CSM's year: `count` finished reviews over 365 days with real texts, edits and metrics (the
 * classifier's own), for screenshots and the bench.
 */
export function yearOfReviews(count: number, now: number, seed = 7): Review[] {
  const random = seededRandom(seed);
  return generateReviews(count, now, 365, seed).map((review) => {
    const draftText = generateText(40 + Math.floor(random() * 80), random);
    const subjects = SUBJECTS[review.taskType];
    const subject = subjects[Math.floor(random() * subjects.length)]!;
    const sentText =
      review.sentText === null
        ? null
        : review.outcome === 'approve'
          ? draftText
          : review.outcome === 'edit'
            ? edited(draftText, 0.05 + random() * 0.2, random)
            : generateText(30 + Math.floor(random() * 40), random);
    const { outcome, parts: _parts, ...metrics } = classify(draftText, sentText);
    return {
      ...review,
      subject,
      draftText,
      sentText,
      currentText: sentText ?? draftText,
      outcome,
      metrics,
    };
  });
}
