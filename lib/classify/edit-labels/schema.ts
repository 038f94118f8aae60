import * as z from 'zod/mini';

// One language's words for the edit labels. Plain strings, so a team adds its language as data
// (validated here) without touching the rules. Phrases match case-insensitively, whole tokens,
// as the diff tokenises them ("I'm" is one token, "!" is one).

const phrases = z.array(z.string().check(z.minLength(1), z.maxLength(80)));

export const LabelWordsSchema = z.object({
  /** BCP 47 tag, for reading and for tests; matching never depends on it. */
  lang: z.string().check(z.minLength(2), z.maxLength(20)),
  /** What a greeting line starts with ("Hi", "Dear", "Good morning"). */
  greetings: phrases,
  /** What a first sentence of courtesy starts with ("I hope", "Thanks for"). */
  pleasantries: phrases,
  /** What a sign-off line starts with ("Best regards", "Cheers"). */
  signOffs: phrases,
  /** What a closing line before the sign-off starts with ("Let me know", "Looking forward"). */
  closings: phrases,
  /** Softeners: "I think", "perhaps", "just". */
  hedges: phrases,
  /** "Sorry", "apologies", "unfortunately". */
  apologies: phrases,
  /** "Very", "really", "absolutely", and the exclamation mark. */
  intensifiers: phrases,
  /** Month and weekday names and their short forms: a changed date is a changed fact. */
  dateWords: phrases,
  /** Capitalised words that are not names even mid-sentence ("I", "I'm", "OK"). */
  notNames: phrases,
});
export type LabelWords = z.infer<typeof LabelWordsSchema>;

/**
 * What recipients' addresses (and the subject) and domains say about who the mail is for, independent of
 * language: mailbox names that are not a person, and mail providers that are not a company.
 */
export const RecipientWordsSchema = z.object({
  /** Local parts that name a function, not a person (`support@`, `team@`). */
  genericMailboxes: phrases,
  /** Domains' main labels that are a mail provider, not the recipient's company. */
  mailProviders: phrases,
  /** Second-level labels under a country code (`co.uk`, `com.au`) that are not the name. */
  registrySuffixes: phrases,
  /** Parts of a company domain that do not name it (`acme-corp.com`: "corp"). */
  genericNameParts: phrases,
  /** Reply and forward prefixes of a subject ("Re", "Fwd", "AW"): not a name. */
  subjectPrefixes: phrases,
});
export type RecipientWords = z.infer<typeof RecipientWordsSchema>;
