import * as z from 'zod/mini';
import { classify } from '../classify';
import type { Review } from '../review/review-schema';
import { escapeMarkdown, fenceFor, plainWordDiff } from './markdown';
import { TASK_TYPE_LABELS } from './prompt';

export const PACK_TITLE = '# Redline 1:1 examples';

const percent = (value: number) => `${Math.round(value * 100)} %`;
const minutes = (ms: number) => `${Math.round(ms / 60_000)} min`;
const day = (at: number | null) => (at === null ? 'open' : new Date(at).toISOString().slice(0, 10));

function example(review: Review, index: number): string {
  const diff = plainWordDiff(classify(review.draftText, review.sentText).parts);
  const fence = fenceFor(diff);
  const { metrics } = review;
  const facts = [
    day(review.endedAt),
    review.site,
    TASK_TYPE_LABELS[review.taskType],
    review.outcome ?? 'open',
    ...(metrics ? [`edit rate ${percent(metrics.editRate)}`] : []),
    ...(metrics ? [`retention ${percent(metrics.retention)}`] : []),
    ...(review.taskMs !== null ? [`${minutes(review.taskMs)} to send`] : []),
    `${minutes(review.activeMs)} active`,
  ];
  const lines = [
    `## ${index + 1}. ${escapeMarkdown(review.subject.trim() || '(no subject)')}`,
    '',
    facts.join(' · '),
  ];
  if (review.note.trim()) lines.push('', `> ${escapeMarkdown(review.note.trim())}`);
  if (review.sentText === null) lines.push('', '_Discarded: the whole draft is shown as removed._');
  lines.push('', `${fence}text`, diff, fence, '');
  return lines.join('\n');
}

/**
 * The CSM's starred examples as one Markdown document for a 1:1: each with its facts, the CSM's
 * note and the word diff (`[-removed-]`, `{+added+}`) in a code block, so no e-mail text is ever
 * read as Markdown or HTML.
 */
export function toOneOnOnePack(reviews: readonly Review[], generatedAt: number): string {
  const count = reviews.length;
  const head = [
    PACK_TITLE,
    '',
    `${count} starred example${count === 1 ? '' : 's'}, exported ${day(generatedAt)}. ` +
      'In each diff, `[-…-]` is what the CSM removed from the AI draft and `{+…+}` what they wrote.',
    '',
  ];
  return [...head, ...reviews.map(example)].join('\n');
}

/** A 1:1 pack as written: the title, the count line, and as many examples as it announces. */
export const OneOnOnePackSchema = z.string().check(
  z.startsWith(`${PACK_TITLE}\n`),
  z.refine((text) => {
    const announced = /^(\d+) starred examples?, exported/m.exec(text);
    // Headings inside the diffs' code blocks are e-mail text, not examples.
    const outside = text.replace(/^(`{3,})text\n[\s\S]*?\n\1$/gm, '');
    const headings = outside.match(/^## \d+\. /gm)?.length ?? 0;
    return announced !== null && Number(announced[1]) === headings;
  }, 'example count does not match the headings'),
);
