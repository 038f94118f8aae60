// Selector overrides as stored (options page, an older version, later a browser policy) are
// checked site by site: a damaged override for one site is set aside with a message in words,
// and every other site keeps its own. One bad entry never costs the team all its overrides.
import {
  describeOverrideIssues,
  SelectorOverrideSchema,
  type SelectorOverrides,
} from './selector-set';

/** A stored override that is not used, with why, and what is stored (for the team to fix). */
export interface OverrideProblem {
  siteKey: string;
  message: string;
  stored: unknown;
}

export function coerceSelectorOverrides(raw: unknown): {
  overrides: SelectorOverrides;
  problems: OverrideProblem[];
} {
  const overrides: SelectorOverrides = {};
  const problems: OverrideProblem[] = [];
  if (raw === undefined || raw === null) return { overrides, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push({
      siteKey: '*',
      message: 'the overrides are not an object of sites: every site uses its defaults',
      stored: raw,
    });
    return { overrides, problems };
  }
  for (const [siteKey, stored] of Object.entries(raw as Record<string, unknown>)) {
    const parsed = SelectorOverrideSchema.safeParse(stored);
    if (parsed.success) overrides[siteKey] = parsed.data;
    else problems.push({ siteKey, message: describeOverrideIssues(parsed.error.issues), stored });
  }
  return { overrides, problems };
}
