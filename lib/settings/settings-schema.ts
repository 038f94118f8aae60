import * as z from 'zod/mini';
import { ClassifyThresholdsSchema, DEFAULT_THRESHOLDS } from '../classify/thresholds';
import { SITE_IDS } from '../review/vocabulary';

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
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  paused: false,
  sites: { gmail: true, outlook: true, gainsight: true, generic: false, demo: true },
  thresholds: { ...DEFAULT_THRESHOLDS },
  abandonAfterHours: 72,
  recordRecipientAddresses: false,
  ownDomains: [],
};
