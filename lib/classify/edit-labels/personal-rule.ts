import { tokenize } from '../tokenize';
import { lower, type CompiledLabelWords } from './compile';
import { isNameLike, type EditView, type SideView } from './edit-view';

/** What the review knows names the recipient: from addresses, domains and the subject. */
export interface PersonalTerms {
  /** Lower case, matched in any case: name parts of addresses, company names of domains. */
  anyCase: ReadonlySet<string>;
  /** Capitalised subject words, matched as written and only where they read as a name. */
  named: ReadonlySet<string>;
}

const MIN_TERM = 2;

function addressTerms(address: string, words: CompiledLabelWords, into: Set<string>) {
  const local = address.split('@')[0] ?? '';
  for (const part of local.toLowerCase().split(/[._+\-\d]+/u)) {
    if (part.length >= MIN_TERM && !words.recipient.genericMailboxes.has(part)) into.add(part);
  }
}

function domainTerms(domain: string, words: CompiledLabelWords, into: Set<string>) {
  const labels = domain.toLowerCase().split('.');
  labels.pop();
  if (labels.length > 1 && words.recipient.registrySuffixes.has(labels.at(-1) ?? '')) {
    labels.pop();
  }
  const main = labels.at(-1);
  if (!main || words.recipient.mailProviders.has(main)) return;
  if (main.length >= MIN_TERM) into.add(main);
  for (const part of main.split('-')) {
    if (part.length >= 3 && !words.recipient.genericNameParts.has(part)) into.add(part);
  }
}

export function personalTerms(view: EditView, words: CompiledLabelWords): PersonalTerms {
  const anyCase = new Set<string>();
  for (const address of view.context.recipientAddresses ?? [])
    addressTerms(address, words, anyCase);
  for (const domain of view.context.recipientDomains ?? []) domainTerms(domain, words, anyCase);
  const named = new Set<string>();
  for (const token of tokenize(view.context.subject ?? '').tokens) {
    const key = lower(token);
    if (!/^\p{Lu}/u.test(token) || token.length < MIN_TERM) continue;
    if (words.notNames.has(key) || words.recipient.subjectPrefixes.has(key)) continue;
    named.add(token);
  }
  return { anyCase, named };
}

/** How often the terms occur on one side; a domain's "acmeanalytics" also as "Acme Analytics". */
function occurrences(side: SideView, terms: PersonalTerms, words: CompiledLabelWords): number {
  let count = 0;
  for (let i = 0; i < side.tokens.length; i++) {
    const key = side.lower[i] ?? '';
    if (terms.anyCase.has(key)) count++;
    else if (terms.anyCase.has(key + (side.lower[i + 1] ?? ''))) count++;
    else if (terms.named.has(side.tokens[i] ?? '') && isNameLike(side, i, words.notNames)) count++;
  }
  return count;
}

/** Personalisation: the sent text names the recipient, their company or product more often. */
export function personalised(
  view: EditView,
  terms: PersonalTerms,
  words: CompiledLabelWords,
): boolean {
  if (terms.anyCase.size === 0 && terms.named.size === 0) return false;
  return occurrences(view.sent, terms, words) > occurrences(view.draft, terms, words);
}
