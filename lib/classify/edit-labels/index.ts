import type { EditLabel } from '../../review/vocabulary';
import { compileLabelWords, lower, type CompiledLabelWords } from './compile';
import type { EditView } from './edit-view';
import { ENGLISH_LABEL_WORDS, RECIPIENT_WORDS } from './english';
import { factsChanged } from './fact-rule';
import { openingChanged, signOffChanged, toneChanged } from './frame-rule';
import { personalised, personalTerms } from './personal-rule';
import type { LabelWords } from './schema';

export { compileLabelWords, type CompiledLabelWords } from './compile';
export { buildEditView, type EditView, type LabelContext } from './edit-view';
export { LabelWordsSchema, RecipientWordsSchema, type LabelWords } from './schema';

/** Every language the labels know; another language is one more entry of the same shape. */
export const DEFAULT_LABEL_LANGUAGES: readonly LabelWords[] = [ENGLISH_LABEL_WORDS];

export const DEFAULT_LABEL_WORDS = compileLabelWords(DEFAULT_LABEL_LANGUAGES, RECIPIENT_WORDS);

/** Shortened or lengthened: the sent text's tokens differ from the draft's by more than this. */
export const LENGTH_CHANGE = 0.25;

/**
 * The kinds of edit one review shows, in the order of EDIT_LABELS. Pure; reads only the view.
 * Call it for a sent text that differs from its draft: an approval is no kind of edit.
 */
export function labelEdit(
  view: EditView,
  words: CompiledLabelWords = DEFAULT_LABEL_WORDS,
): EditLabel[] {
  const labels: EditLabel[] = [];
  const terms = personalTerms(view, words);
  const namedLower = new Set([...terms.named].map(lower));
  const isPersonal = (token: string) => terms.anyCase.has(token) || namedLower.has(token);
  if (factsChanged(view, words, isPersonal)) labels.push('facts');
  if (personalised(view, terms, words)) labels.push('personalisation');
  const draftWords = view.draft.tokens.length;
  const change = draftWords === 0 ? 0 : (view.sent.tokens.length - draftWords) / draftWords;
  if (change < -LENGTH_CHANGE) labels.push('shortened');
  if (change > LENGTH_CHANGE) labels.push('lengthened');
  if (openingChanged(view, words)) labels.push('opening');
  if (signOffChanged(view, words)) labels.push('sign-off');
  if (toneChanged(view, words)) labels.push('tone');
  if (view.moves.length > 0) labels.push('structure');
  return labels;
}
