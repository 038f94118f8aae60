import { LanguageRulesSchema, type LanguageRules } from './schema';

/** The rules of every language merged into the few patterns the set-aside runs per line. */
export interface CompiledReplyRules {
  /** A line starting with a header's first word ("On", "Am", "W dniu"); case-sensitive. */
  opener: RegExp;
  /** A header verb anywhere, as a whole word (or unspaced for CJK). */
  verb: RegExp;
  /** A header verb closing the text ("… wrote", no colon). */
  verbAtEnd: RegExp;
  labels: Record<LabelKind, RegExp>;
  /** Any header label at the start of a line. */
  anyLabel: RegExp;
  separator: RegExp;
  mobileFooters: readonly RegExp[];
  signOff: RegExp;
  signatureLine: RegExp;
}

export type LabelKind = 'from' | 'date' | 'to' | 'cc' | 'subject' | 'replyTo';
const LABEL_KINDS: readonly LabelKind[] = ['from', 'date', 'to', 'cc', 'subject', 'replyTo'];

// 1–6 short words: a device or app name in "Sent from my {device}".
const DEVICE = "[\\p{L}\\p{N}'.+\\-]+(?: [\\p{L}\\p{N}'.+\\-]+){0,5}";
const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A phrase as a pattern: literal, with any run of spaces where it has a space. */
function phrase(text: string): string {
  return escape(text.trim()).replace(/\s+/g, '\\s+');
}

/** Longest first, so "Envoyé le" wins over "Envoyé" and "napisał(a)" over "napisał". */
function alternation(items: readonly string[], toPattern: (item: string) => string): string {
  const unique = [...new Set(items)].sort((a, b) => b.length - a.length);
  // An empty list must match nothing, not everything.
  return unique.length === 0 ? '(?!)' : `(?:${unique.map(toPattern).join('|')})`;
}

/**
 * Validates `languages` and compiles them. Throws a readable error naming the language and
 * field when an entry is malformed, so a team's added language fails loudly, not silently.
 */
export function compileReplyRules(languages: readonly unknown[]): CompiledReplyRules {
  const valid: LanguageRules[] = languages.map((entry, index) => {
    const parsed = LanguageRulesSchema.safeParse(entry);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const lang = (entry as { lang?: unknown } | null)?.lang;
    throw new Error(
      `reply rules #${index}${typeof lang === 'string' ? ` (${lang})` : ''}: ` +
        `${issue?.path.join('.') || 'entry'}: ${issue?.message ?? 'invalid'}`,
    );
  });
  const all = <T>(pick: (rules: LanguageRules) => readonly T[] | undefined): T[] =>
    valid.flatMap((rules) => pick(rules) ?? []);

  const spaced = alternation(
    all((r) => r.headerVerbs),
    phrase,
  );
  const unspaced = alternation(
    all((r) => r.headerVerbsUnspaced),
    phrase,
  );
  const verb = `(?:${NOT_LETTER_BEFORE}${spaced}${NOT_LETTER_AFTER}|${unspaced})`;
  const labelPattern = (names: readonly string[]) =>
    new RegExp(`^\\*?${alternation(names, phrase)}\\s?\\*?\\s*[:：]`, 'u');
  const labels = Object.fromEntries(
    LABEL_KINDS.map((kind) => [kind, labelPattern(all((r) => r.headerLabels[kind]))]),
  ) as Record<LabelKind, RegExp>;
  const footers = all((r) => r.mobileFooters).map((source) =>
    source.replaceAll('{device}', DEVICE),
  );

  return {
    opener: new RegExp(
      `^${alternation(
        all((r) => r.headerOpeners),
        phrase,
      )}${NOT_LETTER_AFTER}`,
      'u',
    ),
    verb: new RegExp(verb, 'iu'),
    verbAtEnd: new RegExp(`${verb}$`, 'iu'),
    labels,
    anyLabel: labelPattern(all((r) => Object.values(r.headerLabels).flat())),
    separator: new RegExp(
      `^[\\s\\-_=*]*${alternation(
        all((r) => r.separators),
        phrase,
      )}[\\s\\-_=*]*:?$`,
      'iu',
    ),
    // One regex per footer: a single alternation of them all costs V8 ~250 ms to compile.
    mobileFooters: footers.map((footer) => new RegExp(`^(?:${footer})$`, 'iu')),
    signatureLine: new RegExp(
      `^(?:${alternation(
        all((r) => r.signatureLines),
        (x) => `(?:${x})`,
      )})$`,
      'iu',
    ),
    signOff: new RegExp(
      `^${alternation(
        all((r) => r.signOffs),
        phrase,
      )}\\s*[,.!]*$`,
      'iu',
    ),
  };
}

/** A link glued to the end of a footer line: `<https://…>`, `(https://…)`, bare `https://…`. */
const TRAILING_LINK = /\s*(?:<[^<>]*>|\((?:https?:|mailto:)[^()]*\)|(?:https?:\/\/)\S+)$/;

/** Footers are one short line; longer lines are not even tried (a 1 MB text stays linear). */
const MAX_FOOTER_LINE = 160;

/** A mobile or app footer line ("Sent from my iPhone", "Get Outlook for iOS<https://…>"). */
export function isFooterLine(line: string, rules: CompiledReplyRules): boolean {
  if (line.length > MAX_FOOTER_LINE) return false;
  const bare = line.replace(TRAILING_LINK, '');
  return rules.mobileFooters.some((footer) => footer.test(bare));
}
