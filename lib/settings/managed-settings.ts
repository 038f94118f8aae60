import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import * as z from 'zod/mini';

// Settings an IT department pushes by browser policy (chrome.storage.managed; the JSON schema
// the browser checks them against is public/managed-schema.json). A field set by policy wins
// over the CSM's own value and shows as locked on the options page.

export const ManagedSettingsSchema = z.object({
  endpoint: z.optional(z.string().check(z.maxLength(2000))),
  token: z.optional(z.string().check(z.maxLength(500))),
  csmId: z.optional(z.string().check(z.maxLength(64))),
  redactionPatterns: z.optional(
    z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(20)),
  ),
  syncMode: z.optional(z.enum(['full', 'metrics-only'])),
  /** Generic sites the team enables (origins); validated by the settings field of that name. */
  enabledSites: z.optional(z.array(z.unknown())),
  /** The team's selector overrides; validated by the settings field of that name. */
  selectorOverrides: z.optional(z.record(z.string(), z.unknown())),
});
export type ManagedSettings = z.infer<typeof ManagedSettingsSchema>;
export type ManagedField = keyof ManagedSettings;

export const MANAGED_FIELDS = Object.keys(ManagedSettingsSchema.shape) as ManagedField[];

/**
 * Keeps each policy field that matches its schema; one bad field never drops the others. The
 * browser already drops values that fail public/managed-schema.json; this is the second check.
 */
export function parseManaged(raw: unknown): ManagedSettings {
  const stored = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const field of MANAGED_FIELDS) {
    if (stored[field] === undefined) continue;
    const parsed = ManagedSettingsSchema.shape[field].safeParse(stored[field]);
    if (parsed.success) out[field] = parsed.data;
  }
  return out as ManagedSettings;
}

/**
 * A copy of the policy in `storage.local`, kept by the background. Chromium can leave a
 * `storage.managed.get()` unanswered for a long time, and a capture that waits on it never
 * starts; so the browser's store is read once per worker start, with a time limit, and every
 * context (the worker too) reads this mirror.
 */
export const managedMirrorItem = storage.defineItem<unknown>('local:managedPolicy');

/** How long the worker waits for the browser's policy store before keeping the last copy. */
export const MANAGED_READ_LIMIT_MS = 3000;

const TIMED_OUT = Symbol('timed out');

/**
 * The browser's own policy store, or `undefined` when it did not answer in time. Empty where
 * there is no policy or no managed storage (Firefox without a managed-storage manifest rejects).
 */
export async function readManagedPolicy(
  limitMs = MANAGED_READ_LIMIT_MS,
): Promise<ManagedSettings | undefined> {
  const managed = browser.storage.managed as typeof browser.storage.managed | undefined;
  if (!managed) return {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), limitMs);
  });
  try {
    const raw = await Promise.race([managed.get(), limit]);
    return raw === TIMED_OUT ? undefined : parseManaged(raw);
  } catch {
    return {};
  } finally {
    clearTimeout(timer);
  }
}

let mirrorCopy: Promise<void> | undefined;

/** The policy's fields as the background last mirrored them. */
export async function readManagedSettings(): Promise<ManagedSettings> {
  const mirrored = await managedMirrorItem.getValue();
  if (mirrored !== null) return parseManaged(mirrored);
  // Never mirrored yet (first start after install): wait for the copy in flight, time-limited.
  if (mirrorCopy) await mirrorCopy;
  return parseManaged(await managedMirrorItem.getValue());
}

/** Background: mirrors the policy at start and whenever IT changes it. */
export function setupManagedMirror(): void {
  const copy = () => {
    const run = (async () => {
      const policy = await readManagedPolicy();
      // No answer in time: keep the last copy rather than drop a policy that still holds.
      if (policy !== undefined) await managedMirrorItem.setValue(policy);
    })().catch(() => undefined);
    mirrorCopy = run;
    return run;
  };
  void copy();
  browser.storage.onChanged.addListener((_changes, area) => {
    if (area === 'managed') void copy();
  });
}

/** Policy fields laid over stored capture settings, before their own validation. */
export function overlayManagedSettings(stored: unknown, managed: ManagedSettings): unknown {
  const base = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const next: Record<string, unknown> = { ...base };
  if (managed.syncMode) next.syncMode = managed.syncMode;
  if (managed.redactionPatterns) {
    const redaction = (
      base.redaction && typeof base.redaction === 'object' ? base.redaction : {}
    ) as object;
    next.redaction = { ...redaction, patterns: managed.redactionPatterns };
  }
  if (managed.enabledSites) next.enabledSites = managed.enabledSites;
  if (managed.selectorOverrides) next.selectorOverrides = managed.selectorOverrides;
  return next;
}
