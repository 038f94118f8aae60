import * as z from 'zod/mini';
import { ClassifyThresholdsSchema, DEFAULT_THRESHOLDS } from '../classify/thresholds';
import { SITE_IDS } from '../review/vocabulary';
import { SelectorOverridesSchema } from '../sites/generic/selector-set';

/** An origin Redline may be enabled on: https, or http on loopback (a team's local tool). */
export const EnabledOriginSchema = z
  .string()
  .check(
    z.maxLength(300),
    z.regex(
      /^(https:\/\/[a-z0-9.-]+(:\d{1,5})?|http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?)$/,
      'an origin such as https://crm.example.com',
    ),
  );
import { TaskTypeRulesSchema } from '../task-type/rules-schema';
import { DEFAULT_TASK_TYPE_RULES } from '../task-type/default-rules';

export const SiteSwitchesSchema = z.record(z.enum(SITE_IDS), z.boolean());

/**
 * The CSM's settings, kept in `storage.local` so content scripts see a pause or a site switch the
 * moment it changes. The sync token is deliberately not here: it has its own item and never
 * leaves `storage.local` except in the Authorization header to the configured endpoint.
 */
export const SettingsSchema = z.object({
  /** Global pause: nothing is captured anywhere while true. */
  paused: z.boolean(),
  sites: SiteSwitchesSchema,
  thresholds: ClassifyThresholdsSchema,
  /** An open review (compose closed, Gmail kept the draft) older than this ends as abandoned. */
  abandonAfterHours: z.number().check(z.minimum(1), z.maximum(24 * 90)),
  /** Keep full recipient addresses, not only their domains. Off by default. */
  recordRecipientAddresses: z.boolean(),
  /** The CSM's own organisation's domains: never counted as customer accounts. */
  ownDomains: z.array(z.string().check(z.maxLength(253))),

  // ── Sites a team enables, and selector overrides (also settable by policy later) ──────────
  /** Origins where the CSM or IT enabled the generic composer (`https://host[:port]`). */
  enabledSites: z.array(EnabledOriginSchema).check(z.maxLength(200)),
  /** Per site (`gainsight`, `demo`, or an enabled origin): fields replacing its selector set. */
  selectorOverrides: SelectorOverridesSchema,
  /** Keyword rules that guess the task type; the defaults are data in lib/task-type. */
  taskTypeRules: TaskTypeRulesSchema,
  /**
   * What is masked before a review goes to the team backend (the local copy stays whole). Team
   * patterns are RE2 syntax; lib/privacy compiles them and refuses what it cannot run.
   */
  redaction: z.object({
    emails: z.boolean(),
    phones: z.boolean(),
    patterns: z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(20)),
  }),
  /** `metrics-only`: synced reviews carry outcome, metrics and timing, never text. */
  syncMode: z.enum(['full', 'metrics-only']),
  /** Finished reviews older than this many days are deleted from this browser; null = keep. */
  retentionDays: z.nullable(z.int().check(z.minimum(1), z.maximum(3650))),
});
export type Settings = z.infer<typeof SettingsSchema>;
export type SyncMode = Settings['syncMode'];
export type RedactionSettings = Settings['redaction'];

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  // The generic composer runs only on sites the CSM or IT enabled, so it is on where it runs.
  sites: { gmail: true, outlook: true, gainsight: true, generic: true, demo: true },
  thresholds: { ...DEFAULT_THRESHOLDS },
  abandonAfterHours: 72,
  recordRecipientAddresses: false,
  ownDomains: [],
  enabledSites: [],
  selectorOverrides: {},
  taskTypeRules: DEFAULT_TASK_TYPE_RULES.map((rule) => ({ ...rule, keywords: [...rule.keywords] })),
  redaction: { emails: true, phones: true, patterns: [] },
  syncMode: 'full',
  retentionDays: null,
};
