// The selector set a generic content script runs with: the site's defaults, with the team's
// override (from settings: options page or policy) laid over them. Updated before every start
// of capture, so saving an override in the options page applies in open tabs without a reload.
import type { Settings } from '@/lib/settings/settings-schema';
import { applyOverride, SelectorOverrideSchema, type GenericSelectorSet } from './selector-set';

export function createSelectorSource(siteKey: string, defaults: GenericSelectorSet) {
  let current = defaults;
  return {
    current: () => current,
    update(settings: Pick<Settings, 'selectorOverrides'>) {
      const parsed = SelectorOverrideSchema.safeParse(settings.selectorOverrides?.[siteKey]);
      current = applyOverride(defaults, parsed.success ? parsed.data : undefined);
    },
  };
}
