import * as z from 'zod/mini';
import { tokenize } from '../tokenize';
import {
  LabelWordsSchema,
  RecipientWordsSchema,
  type LabelWords,
  type RecipientWords,
} from './schema';

/** A phrase as lower-case tokens, ready to compare with a text's tokens. */
export type PhraseTokens = readonly string[];

export interface CompiledLabelWords {
  greetings: PhraseTokens[];
  pleasantries: PhraseTokens[];
  signOffs: PhraseTokens[];
  closings: PhraseTokens[];
  tone: PhraseTokens[];
  /** Date words written with a capital ("May", "Mon") match only so: "may" is not a month. */
  dateExact: ReadonlySet<string>;
  /** Date words written in lower case ("today") match in any case. */
  dateAnyCase: ReadonlySet<string>;
  notNames: ReadonlySet<string>;
  recipient: {
    genericMailboxes: ReadonlySet<string>;
    mailProviders: ReadonlySet<string>;
    registrySuffixes: ReadonlySet<string>;
    genericNameParts: ReadonlySet<string>;
    subjectPrefixes: ReadonlySet<string>;
  };
}

export const lower = (token: string) => token.toLowerCase();

const phraseTokens = (list: readonly string[]) =>
  list.map((phrase) => tokenize(phrase).tokens.map(lower)).filter((tokens) => tokens.length > 0);

const wordSet = (list: readonly string[]) => new Set(list.map(lower));

/**
 * Every language's words merged into one set of lists: a mail can mix languages, and matching
 * never guesses which one it is in. Bad data fails here, in words, naming the language.
 */
export function compileLabelWords(
  languages: readonly LabelWords[],
  recipient: RecipientWords,
): CompiledLabelWords {
  for (const language of languages) {
    const checked = LabelWordsSchema.safeParse(language);
    if (!checked.success) {
      throw new Error(
        `Edit-label words for "${String(language.lang)}" are not valid: ${z.prettifyError(checked.error)}`,
      );
    }
  }
  const recipientChecked = RecipientWordsSchema.safeParse(recipient);
  if (!recipientChecked.success) {
    throw new Error(`Recipient words are not valid: ${z.prettifyError(recipientChecked.error)}`);
  }
  const all = (pick: (l: LabelWords) => readonly string[]) => languages.flatMap(pick);
  return {
    greetings: phraseTokens(all((l) => l.greetings)),
    pleasantries: phraseTokens(all((l) => l.pleasantries)),
    signOffs: phraseTokens(all((l) => l.signOffs)),
    closings: phraseTokens(all((l) => l.closings)),
    tone: phraseTokens(all((l) => [...l.hedges, ...l.apologies, ...l.intensifiers])),
    dateExact: new Set(all((l) => l.dateWords)),
    dateAnyCase: new Set(all((l) => l.dateWords).filter((word) => word === lower(word))),
    notNames: wordSet(all((l) => l.notNames)),
    recipient: {
      genericMailboxes: wordSet(recipient.genericMailboxes),
      mailProviders: wordSet(recipient.mailProviders),
      registrySuffixes: wordSet(recipient.registrySuffixes),
      genericNameParts: wordSet(recipient.genericNameParts),
      subjectPrefixes: wordSet(recipient.subjectPrefixes),
    },
  };
}

/** Whether `tokens` (lower case) hold `phrase` starting at `at`. */
export function phraseAt(tokens: readonly string[], at: number, phrase: PhraseTokens): boolean {
  if (at + phrase.length > tokens.length) return false;
  for (let k = 0; k < phrase.length; k++) if (tokens[at + k] !== phrase[k]) return false;
  return true;
}

/** How many times each phrase occurs in `tokens`, as one count per phrase. */
export function phraseCounts(tokens: readonly string[], list: readonly PhraseTokens[]): number[] {
  return list.map((phrase) => {
    let count = 0;
    for (let i = 0; i < tokens.length; i++) if (phraseAt(tokens, i, phrase)) count++;
    return count;
  });
}
