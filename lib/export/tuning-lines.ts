import type { Review } from '../review/review-schema';
import { buildPrompt, EXPORT_SYSTEM_PROMPT } from './prompt';
import { sameAfterNormalisation } from './same-text';
import type {
  ChatFineTuningLine,
  PreferenceLine,
  TrlConversationalLine,
  TrlLine,
  UnpairedConversationalLine,
  UnpairedLine,
} from './tuning-schemas';

// The records of each fine-tuning format. Paired builders expect a review that `tuningEligible`
// accepted for their format; the unpaired one gives every line a review yields (maybe none).

function sentOf(review: Review): string {
  if (review.sentText === null) throw new Error(`Review ${review.id} was not sent: not paired.`);
  return review.sentText;
}

const promptTurns = (review: Review) =>
  [
    { role: 'system', content: EXPORT_SYSTEM_PROMPT },
    { role: 'user', content: buildPrompt(review) },
  ] as const;
const answer = (content: string) => [{ role: 'assistant', content }] as const;

export function chatFineTuningRecord(review: Review): ChatFineTuningLine {
  return { messages: [...promptTurns(review), answer(sentOf(review))[0]] };
}

export function preferenceRecord(review: Review): PreferenceLine {
  return {
    input: { messages: [...promptTurns(review)] },
    preferred_output: [...answer(sentOf(review))],
    non_preferred_output: [...answer(review.draftText)],
  };
}

export function trlRecord(review: Review): TrlLine {
  return { prompt: buildPrompt(review), chosen: sentOf(review), rejected: review.draftText };
}

export function trlConversationalRecord(review: Review): TrlConversationalLine {
  return {
    prompt: [...promptTurns(review)],
    chosen: [...answer(sentOf(review))],
    rejected: [...answer(review.draftText)],
  };
}

/** One judged completion of an unpaired (KTO) set. */
export interface JudgedCompletion {
  completion: string;
  label: boolean;
}

const filled = (text: string | null): text is string => text !== null && text.trim() !== '';

/**
 * What a finished review says about the texts in it: an approved draft is desirable; an edit's
 * sent version is desirable and the draft it replaced is not (unless the two do not differ after
 * normalisation: then the draft was as good as approved); a rejected draft, discarded or
 * rewritten, is undesirable. A rewrite's sent text is the CSM's own, not something the model
 * offered, so it is not judged.
 */
export function judgedCompletions(review: Review): JudgedCompletion[] {
  if (review.status !== 'finished') return [];
  const draft = filled(review.draftText) ? review.draftText : null;
  switch (review.outcome) {
    case 'approve':
      return draft === null ? [] : [{ completion: draft, label: true }];
    case 'edit': {
      const sent = filled(review.sentText) ? review.sentText : null;
      const lines: JudgedCompletion[] = [];
      if (sent !== null) lines.push({ completion: sent, label: true });
      if (draft !== null && (sent === null || !sameAfterNormalisation(draft, sent)))
        lines.push({ completion: draft, label: false });
      return lines;
    }
    case 'reject':
      return draft === null ? [] : [{ completion: draft, label: false }];
    default:
      return [];
  }
}

export function unpairedRecords(review: Review): UnpairedLine[] {
  const prompt = buildPrompt(review);
  return judgedCompletions(review).map((judged) => ({ prompt, ...judged }));
}

export function unpairedConversationalRecords(review: Review): UnpairedConversationalLine[] {
  return judgedCompletions(review).map(({ completion, label }) => ({
    prompt: [...promptTurns(review)],
    completion: [...answer(completion)],
    label,
  }));
}
