// The closed vocabularies every side of Redline agrees on. Kept apart from the schemas so
// small bundles (the content script) can import the lists without any schema code.

export const SITE_IDS = ['gmail', 'outlook', 'gainsight', 'generic', 'demo'] as const;
export type SiteId = (typeof SITE_IDS)[number];

/** How an AI draft reached the composer. */
export const DRAFT_SOURCES = ['paste', 'insertion', 'explicit', 'page-protocol'] as const;
export type DraftSource = (typeof DRAFT_SOURCES)[number];

export const OUTCOMES = ['approve', 'edit', 'reject'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export const TASK_TYPES = [
  'qbr',
  'renewal',
  'risk',
  'check-in',
  'onboarding',
  'expansion',
  'support',
  'other',
] as const;
export type TaskType = (typeof TASK_TYPES)[number];

/** Why a review ended. `abandoned` = left open past the configured limit; it counts as reject. */
export const END_REASONS = ['sent', 'scheduled', 'discarded', 'abandoned'] as const;
export type EndReason = (typeof END_REASONS)[number];

export const REJECT_REASONS = [
  'wrong-facts',
  'wrong-tone',
  'too-generic',
  'too-long',
  'not-needed',
  'other',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REVIEW_STATUSES = ['open', 'finished'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/**
 * How the word diff was computed. `word` is an exact minimal word diff; `overlap` is the bounded
 * fallback for huge rewrites (multiset word overlap), whose `wordsKept` is an upper bound.
 */
export const DIFF_MODES = ['word', 'overlap'] as const;
export type DiffMode = (typeof DIFF_MODES)[number];

/** A lower-case, punycode domain such as `acme.com` (never an address): what Redline keeps of a recipient. */
export const DOMAIN_PATTERN =
  /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;
export const MAX_DOMAIN_LENGTH = 253;

/**
 * What kind of edit a review was, read from its word diff by the rules in
 * `lib/classify/edit-labels/`. A review can carry several; approvals and discards carry none.
 */
export const EDIT_LABELS = [
  'facts',
  'personalisation',
  'shortened',
  'lengthened',
  'opening',
  'sign-off',
  'tone',
  'structure',
] as const;
export type EditLabel = (typeof EDIT_LABELS)[number];
