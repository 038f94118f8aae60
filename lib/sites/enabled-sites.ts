// Sites a CSM or IT enabled for the generic composer. Each is an origin with three things that
// must agree: the host permission the browser granted (asked at run time, optional in the
// manifest), a registered content script for that origin (chrome.scripting, persisted across
// browser restarts), and its entry in settings (`enabledSites`, which the background's sender
// check reads). Nothing is registered for an origin without its permission, so nothing is ever
// injected on a site nobody enabled.
import { browser } from 'wxt/browser';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { EnabledOriginSchema } from '@/lib/settings/settings-schema';

/** The runtime-registered generic content script (entrypoints/generic.content). */
export const GENERIC_SCRIPT = 'content-scripts/generic.js';
const ID_PREFIX = 'redline-generic@';

export const patternOf = (origin: string) => `${origin}/*`;
export const scriptIdOf = (origin: string) => `${ID_PREFIX}${origin}`;

/** `https://host/*` → `https://host`; anything else (a wildcard, a path) → null. */
export function originOfPattern(pattern: string): string | null {
  const origin = pattern.endsWith('/*') ? pattern.slice(0, -2) : pattern;
  return EnabledOriginSchema.safeParse(origin).success ? origin : null;
}

/** An origin typed by a person or read from a tab's URL, normalised; null when not allowed. */
export function toEnabledOrigin(input: string): string | null {
  try {
    const url = new URL(input.trim().includes('://') ? input.trim() : `https://${input.trim()}`);
    return EnabledOriginSchema.safeParse(url.origin).success ? url.origin : null;
  } catch {
    return null;
  }
}

async function writeEnabled(change: (current: string[]) => string[]): Promise<void> {
  const settings = await readSettings();
  const next = change(settings.enabledSites);
  if (next.join('\n') !== settings.enabledSites.join('\n'))
    await settingsItem.setValue({ ...settings, enabledSites: next });
}

async function registeredIds(): Promise<Set<string>> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  return new Set(scripts.map((s) => s.id).filter((id) => id.startsWith(ID_PREFIX)));
}

// Chrome refuses an id that another context is registering at the same moment, even before
// that registration is listed by getRegisteredContentScripts.
const isDuplicateId = (error: unknown) => /duplicate script id/i.test((error as Error)?.message);

/**
 * Registers the generic script for origins that have permission and no script yet. The page
 * that asked (options, popup) and the background's `permissions.onAdded` both get here for one
 * grant, in different contexts: a registration the other one made first is not an error.
 */
export async function registerOrigins(origins: readonly string[]): Promise<void> {
  const have = await registeredIds();
  const missing = origins.filter((origin) => !have.has(scriptIdOf(origin)));
  if (missing.length === 0) return;
  try {
    await browser.scripting.registerContentScripts(missing.map(scriptFor));
  } catch (error) {
    if (!isDuplicateId(error)) throw error;
    // One call registers all or nothing: one by one, each id the other context has is done.
    for (const origin of missing) {
      try {
        await browser.scripting.registerContentScripts([scriptFor(origin)]);
      } catch (again) {
        if (!isDuplicateId(again)) throw again;
      }
    }
  }
}

const scriptFor = (origin: string) => ({
  id: scriptIdOf(origin),
  matches: [patternOf(origin)],
  js: [GENERIC_SCRIPT],
  runAt: 'document_idle' as const,
  persistAcrossSessions: true,
});

/** The permission was granted (by the prompt, or in the browser's own site-access settings). */
export async function siteGranted(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  await writeEnabled((current) => [...new Set([...current, ...origins])]);
  await registerOrigins(origins);
}

/** The permission went (removed in options, or in the browser's settings): script and entry too. */
export async function siteRevoked(origins: readonly string[]): Promise<void> {
  if (origins.length === 0) return;
  const have = await registeredIds();
  const ids = origins.map(scriptIdOf).filter((id) => have.has(id));
  if (ids.length > 0) await browser.scripting.unregisterContentScripts({ ids });
  await writeEnabled((current) => current.filter((origin) => !origins.includes(origin)));
}

/**
 * Makes permissions, registrations and settings agree, at every start of the background:
 * registrations persist across restarts, but an extension update drops them, and a permission
 * may have been removed while Redline was not running.
 */
export async function reconcileEnabledSites(): Promise<void> {
  const granted = new Set(
    ((await browser.permissions.getAll()).origins ?? [])
      .map(originOfPattern)
      .filter((o): o is string => o !== null),
  );
  const { enabledSites } = await readSettings();
  const keep = enabledSites.filter((origin) => granted.has(origin));
  const have = await registeredIds();
  const stale = [...have].filter((id) => !keep.some((origin) => scriptIdOf(origin) === id));
  if (stale.length > 0) await browser.scripting.unregisterContentScripts({ ids: stale });
  await writeEnabled(() => keep);
  await registerOrigins(keep);
}

/**
 * Asks the browser for access to `origin` (must run in a click handler: the browser shows its
 * prompt). True when granted; the site is then registered and listed.
 */
export async function requestSite(origin: string): Promise<boolean> {
  const granted = await browser.permissions.request({ origins: [patternOf(origin)] });
  if (granted) await siteGranted([origin]);
  return granted;
}

/** Removes a site: its permission is given back, its script unregistered, its entry dropped. */
export async function removeSite(origin: string): Promise<void> {
  try {
    await browser.permissions.remove({ origins: [patternOf(origin)] });
  } finally {
    // Even if the browser refused to take the permission back, Redline stops running there.
    await siteRevoked([origin]);
  }
}
