import * as z from 'zod/mini';
import { CsmIdSchema } from '../sync/wire-format';

// Account coverage against the book of business, as the backend answers it: one schema for the
// manager's API, the CSM's `GET /v1/me/coverage` and the extension that reads the latter.

export const UncoveredAccountSchema = z.object({
  account: z.string(),
  domains: z.array(z.string()),
  arr: z.nullable(z.number()),
  segment: z.nullable(z.string()),
});
export type UncoveredAccount = z.infer<typeof UncoveredAccountSchema>;

export const CoverageCountsSchema = z.object({
  /** Accounts in the book. */
  accounts: z.number(),
  /** Accounts with an AI-drafted e-mail sent to one of their domains in the window. */
  covered: z.number(),
  /** covered / accounts; null for an empty book. */
  share: z.nullable(z.number()),
  /** Where the share sits against 85 % and the 40-55 % early roll-out band, in words. */
  verdict: z.string(),
});
export type CoverageCounts = z.infer<typeof CoverageCountsSchema>;

export const CsmCoverageSchema = z.extend(CoverageCountsSchema, {
  csmId: CsmIdSchema,
  displayName: z.nullable(z.string()),
  /** The accounts not covered, biggest ARR first (the CSM's next moves), at most the limit. */
  uncovered: z.array(UncoveredAccountSchema),
  /** How many accounts are not covered in all (the list may be cut). */
  uncoveredTotal: z.number(),
});
export type CsmCoverage = z.infer<typeof CsmCoverageSchema>;

const Head = {
  asOf: z.number(),
  windowDays: z.number(),
  benchmark: z.number(),
  earlyRollout: z.object({ low: z.number(), high: z.number() }),
};

/** `GET /v1/manager/coverage`: the team and every CSM with a book. */
export const TeamCoverageSchema = z.object({
  ...Head,
  team: CoverageCountsSchema,
  csms: z.array(CsmCoverageSchema),
});
export type TeamCoverage = z.infer<typeof TeamCoverageSchema>;

/** `GET /v1/me/coverage`: the caller's own book (accounts 0 when the book has none for them). */
export const MyCoverageSchema = z.object({ ...Head, coverage: CsmCoverageSchema });
export type MyCoverage = z.infer<typeof MyCoverageSchema>;
