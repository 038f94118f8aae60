// Saving a team's selector override: validated with the same schema the content scripts read,
// so a bad one is refused here with a message and never stored.
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { GAINSIGHT_SELECTORS } from '@/lib/sites/gainsight/selectors';
import { parseSelectorOverride, type GenericSelectorSet } from './selector-set';
import { DEFAULT_GENERIC_SELECTORS } from './selectors';

/** The selector set a site key starts from, before any override. */
export function defaultsFor(siteKey: string): GenericSelectorSet {
  return siteKey === 'gainsight' ? GAINSIGHT_SELECTORS : DEFAULT_GENERIC_SELECTORS;
}

export type SaveResult = { ok: true } | { ok: false; message: string };

/** Saves `json` as the override for `siteKey`; an empty text removes the override. */
export async function saveSelectorOverride(siteKey: string, json: string): Promise<SaveResult> {
  const settings = await readSettings();
  const overrides = { ...settings.selectorOverrides };
  if (json.trim() === '') {
    delete overrides[siteKey];
  } else {
    const parsed = parseSelectorOverride(json);
    if (!parsed.ok) return parsed;
    overrides[siteKey] = parsed.value;
  }
  await settingsItem.setValue({ ...settings, selectorOverrides: overrides });
  return { ok: true };
}
