import { coerceSelectorOverrides } from '../sites/generic/coerce-overrides';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from './settings-schema';

/**
 * Settings as stored may be partial (written by an older version, a policy, a test) or damaged.
 * Each field is taken when valid and falls back to its default otherwise, so one bad field never
 * costs the CSM their pause or their site switches. Selector overrides are checked site by site
 * (`selectorOverrides.<site>` when one is set aside). Returns the paths that fell back.
 */
export function coerceSettings(raw: unknown): { settings: Settings; invalid: string[] } {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const shape = SettingsSchema.shape;
  const settings = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
  const invalid: string[] = [];
  for (const key of Object.keys(shape) as (keyof Settings)[]) {
    if (stored[key] === undefined) continue;
    if (key === 'selectorOverrides') {
      const { overrides, problems } = coerceSelectorOverrides(stored[key]);
      settings[key] = overrides;
      invalid.push(...problems.map((p) => `${key}.${p.siteKey}`));
      continue;
    }
    const fallback = DEFAULT_SETTINGS[key];
    // Nested switches and thresholds merge over their defaults: a new site gets its default.
    const candidate =
      typeof fallback === 'object' &&
      fallback !== null &&
      !Array.isArray(fallback) &&
      typeof stored[key] === 'object'
        ? { ...fallback, ...(stored[key] as object) }
        : stored[key];
    const parsed = shape[key].safeParse(candidate);
    if (parsed.success) settings[key] = parsed.data;
    else invalid.push(key);
  }
  return { settings: settings as Settings, invalid };
}
