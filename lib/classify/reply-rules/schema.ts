import * as z from 'zod/mini';

// One language's share of the set-aside rules. Plain strings, so a team can add its own
// language as data (validated here) without touching the matching code. Phrases match
// case-insensitively, whole words, with any run of spaces where the phrase has one.

const phrases = z.array(z.string().check(z.minLength(1), z.maxLength(80)));

const regexSource = z.string().check(
  z.minLength(1),
  z.maxLength(400),
  z.refine((source) => {
    try {
      new RegExp(source.replaceAll('{device}', 'x'), 'iu');
      return true;
    } catch {
      return false;
    }
  }, 'must be a valid regular expression'),
);

export const LanguageRulesSchema = z.object({
  /** BCP 47 tag, for reading and for tests; matching never depends on it. */
  lang: z.string().check(z.minLength(2), z.maxLength(20)),
  /** Words a reply header starts with ("On", "Am", "W dniu"); they let a wrapped header grow upwards. */
  headerOpeners: phrases,
  /** The verb of a reply header ("wrote", "a écrit", "napisał(a)"). */
  headerVerbs: phrases,
  /** Verbs written without spaces around them (CJK): matched anywhere in the header. */
  headerVerbsUnspaced: z.optional(phrases),
  /** Labels of a mail client's header block, by field ("From", "Von", "发件人"). */
  headerLabels: z.object({
    from: phrases,
    date: phrases,
    to: z.optional(phrases),
    cc: z.optional(phrases),
    subject: z.optional(phrases),
    replyTo: z.optional(phrases),
  }),
  /** Separators written between dashes: "Original Message", "Forwarded message". */
  separators: phrases,
  /**
   * Whole-line mobile and app footers, as regular expressions without anchors, matched case-
   * insensitively after a trailing link was taken off. `{device}` stands for 1–6 short words.
   */
  mobileFooters: z.array(regexSource),
  /** Lines seen only under a name in a signature ("via mobile"), as regular expressions. */
  signatureLines: z.optional(z.array(regexSource)),
  /** Closing phrases a signature starts with ("Best regards", "Mit freundlichen Grüßen"). */
  signOffs: phrases,
});

export type LanguageRules = z.infer<typeof LanguageRulesSchema>;
