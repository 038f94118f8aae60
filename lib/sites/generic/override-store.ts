// Saving a team's selector override: validated with the same schema the content scripts read,
// so a bad one is refused here with a message and never stored. Other sites' stored overrides
// are kept as they are, even a damaged one: it stays listed until the team fixes or removes it.
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { GAINSIGHT_SELECTORS } from '@/lib/sites/gainsight/selectors';
import { coerceSelectorOverrides, type OverrideProblem } from './coerce-overrides';
import { parseSelectorOverride, type GenericSelectorSet } from './selector-set';
import { DEFAULT_GENERIC_SELECTORS } from './selectors';

/** The selector set a site key starts from, before any override. */
export function defaultsFor(siteKey: string): GenericSelectorSet {
  return siteKey === 'gainsight' ? GAINSIGHT_SELECTORS : DEFAULT_GENERIC_SELECTORS;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** The overrides exactly as stored, damaged entries included. */
async function storedOverrides(): Promise<Record<string, unknown>> {
  const raw = (await settingsItem.getValue()) as { selectorOverrides?: unknown } | null;
  const overrides = raw?.selectorOverrides;
  return overrides && typeof overrides === 'object' && !Array.isArray(overrides)
    ? { ...(overrides as Record<string, unknown>) }
    : {};
}

/** Stored overrides that are not used (each site's defaults apply), with why in words. */
export async function readOverrideProblems(): Promise<OverrideProblem[]> {
  const raw = (await settingsItem.getValue()) as { selectorOverrides?: unknown } | null;
  return coerceSelectorOverrides(raw?.selectorOverrides).problems;
}

/** Saves `json` as the override for `siteKey`; an empty text removes the override. */
export async function saveSelectorOverride(siteKey: string, json: string): Promise<SaveResult> {
  const settings = await readSettings();
  const overrides = await storedOverrides();
  if (json.trim() === '') {
    delete overrides[siteKey];
  } else {
    const parsed = parseSelectorOverride(json);
    if (!parsed.ok) return parsed;
    overrides[siteKey] = parsed.value;
  }
  // Damaged entries of other sites are written back untouched; readers check each site alone.
  await settingsItem.setValue({
    ...settings,
    selectorOverrides: overrides as typeof settings.selectorOverrides,
  });
  return { ok: true };
}
