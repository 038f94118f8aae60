import { normalizeForReview } from '../classify';
import { tokenize } from '../classify/tokenize';

/**
 * Whether a draft and the text that replaced it say the same thing once what no reader weighs is
 * gone: the classifier's normalisation (characters, whitespace, signature and quoted history set
 * aside), its tokens (so spacing and line breaks never count), then letter case. A preference
 * pair that differs in nothing else teaches a model nothing but noise, whatever outcome the CSM
 * gave it. Case folding is locale-independent (`toLowerCase` without a locale), so no language's
 * letters are merged the way only one locale would; punctuation and wording still count.
 */
export function sameAfterNormalisation(draft: string, sent: string): boolean {
  const words = (text: string) => tokenize(text).tokens.join(' ').toLowerCase();
  return words(normalizeForReview(draft)) === words(normalizeForReview(sent, undefined, draft));
}
