// A generic composer's selector set is data: the defaults ship in code (selectors.ts, and each
// site's own file such as lib/sites/gainsight/selectors.ts), and a team can replace any field of
// a site's set from the options page or by policy, without a new release. One zod schema checks
// both, so a bad override is refused with a message in words and never reaches a page.
import * as z from 'zod/mini';

const MAX_SELECTOR_LENGTH = 500;
const MAX_SELECTORS = 60;

/** True when `selector` is a CSS selector the browser parses (no DOM: accepted, checked later). */
export function isValidSelector(selector: string): boolean {
  const doc = (globalThis as { document?: Document }).document;
  if (!doc) return true;
  try {
    doc.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

const SelectorSchema = z
  .string()
  .check(
    z.minLength(1, 'a selector is empty'),
    z.maxLength(MAX_SELECTOR_LENGTH, `a selector is longer than ${MAX_SELECTOR_LENGTH} characters`),
    z.refine(isValidSelector, { message: 'not a valid CSS selector' }),
  );
const SelectorListSchema = z
  .array(SelectorSchema)
  .check(z.maxLength(MAX_SELECTORS, `more than ${MAX_SELECTORS} selectors in one list`));

const FIELDS = {
  /** Editable bodies, most specific first. */
  bodies: SelectorListSchema,
  /** Editable elements that are never a body (recipient fields, hidden clipboards). */
  notBodies: SelectorListSchema,
  /** Containers that end one compose (dialog, form). */
  roots: SelectorListSchema,
  subject: SelectorListSchema,
  recipients: SelectorListSchema,
  /** Send controls by selector, beside the ones found by their accessible name. */
  send: SelectorListSchema,
  /** Discard / cancel controls by selector, beside the ones found by name. */
  discard: SelectorListSchema,
  quote: SelectorListSchema,
  signature: SelectorListSchema,
};

export const GenericSelectorSetSchema = z.object(FIELDS);
export type GenericSelectorSet = z.infer<typeof GenericSelectorSetSchema>;

/** An override names only the fields it replaces; each replaces the default's field whole. */
export const SelectorOverrideSchema = z.partial(z.strictObject(FIELDS));
export type SelectorOverride = z.infer<typeof SelectorOverrideSchema>;

/** Overrides by site: `gainsight`, `demo`, or an enabled site's origin (`https://host`). */
export const SelectorOverridesSchema = z.record(z.string(), SelectorOverrideSchema);
export type SelectorOverrides = z.infer<typeof SelectorOverridesSchema>;

export function applyOverride(
  defaults: GenericSelectorSet,
  override: SelectorOverride | undefined,
): GenericSelectorSet {
  return override ? { ...defaults, ...override } : defaults;
}

/**
 * Parses a team's override as typed in the options page (JSON). Returns the override or a
 * message that says what is wrong, in words, with the field's path.
 */
export function parseSelectorOverride(
  json: string,
): { ok: true; value: SelectorOverride } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    return { ok: false, message: `Not valid JSON: ${(error as Error).message}` };
  }
  const parsed = SelectorOverrideSchema.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: describeOverrideIssues(parsed.error.issues) };
}

/** The first thing wrong with an override, in words, with the field's path. */
export function describeOverrideIssues(
  issues: ReadonlyArray<{ code: string; path: PropertyKey[]; message: string; keys?: string[] }>,
): string {
  const issue = issues[0];
  if (!issue) return 'the override is not valid';
  const where = issue.path.length > 0 ? issue.path.map(String).join('.') : 'the override';
  const known = Object.keys(FIELDS).join(', ');
  return issue.code === 'unrecognized_keys'
    ? `Unknown field ${(issue.keys ?? []).join(', ')}: the fields are ${known}.`
    : `${where}: ${issue.message}`;
}

/** One selector list as one query string, or null when empty. */
export function joinSelectors(list: readonly string[]): string | null {
  const valid = list.filter(isValidSelector);
  return valid.length > 0 ? valid.join(', ') : null;
}
