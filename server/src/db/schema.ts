import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  real,
  text,
  uuid,
} from 'drizzle-orm/pg-core';

// One schema and one migrations folder for both PGlite (embedded) and PostgreSQL. Plain types
// only: everything here runs on PostgreSQL 15.

const epochMs = (name: string) => bigint(name, { mode: 'number' });

/**
 * The team's CSMs and how the manager's view names them. The name belongs to the CSM, not to a
 * token: a new token for the same CSM changes nothing here unless it brings a new name.
 */
export const csms = pgTable('csms', {
  csmId: text('csm_id').primaryKey(),
  displayName: text('display_name'),
  createdAt: epochMs('created_at').notNull(),
  updatedAt: epochMs('updated_at').notNull(),
});

export const tokens = pgTable(
  'tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** sha-256 of the token, hex. The token itself is shown once and never stored. */
    hash: text('hash').notNull().unique(),
    role: text('role', { enum: ['csm', 'manager'] }).notNull(),
    csmId: text('csm_id'),
    /** A label for manager tokens; CSM names live in `csms` (older CSM tokens may carry one). */
    displayName: text('display_name'),
    createdAt: epochMs('created_at').notNull(),
    revokedAt: epochMs('revoked_at'),
  },
  (t) => [index('tokens_csm_idx').on(t.csmId)],
);

export const reviews = pgTable(
  'reviews',
  {
    id: uuid('id').primaryKey(),
    csmId: text('csm_id').notNull(),
    // bigint: the wire allows any safe integer; an int4 overflow would be a 500 for valid input.
    revision: bigint('revision', { mode: 'number' }).notNull(),
    /** A tombstone: the CSM deleted the review. Texts are cleared, the revision stays. */
    deleted: boolean('deleted').notNull().default(false),
    site: text('site'),
    source: text('source'),
    outcome: text('outcome'),
    outcomeSource: text('outcome_source'),
    endReason: text('end_reason'),
    taskType: text('task_type'),
    taskTypeSource: text('task_type_source'),
    subject: text('subject'),
    draftText: text('draft_text'),
    sentText: text('sent_text'),
    /** The message the review's e-mail answered, when the extension kept one. */
    context: text('context'),
    recipientDomains: jsonb('recipient_domains').$type<string[]>(),
    recipientAddresses: jsonb('recipient_addresses').$type<string[]>(),
    draftSeenAt: epochMs('draft_seen_at'),
    endedAt: epochMs('ended_at'),
    updatedAt: epochMs('updated_at'),
    taskMs: bigint('task_ms', { mode: 'number' }),
    activeMs: bigint('active_ms', { mode: 'number' }),
    keystrokes: bigint('keystrokes', { mode: 'number' }),
    metrics: jsonb('metrics'),
    /** What kind of edit it was (EDIT_LABELS); null from clients that send none. */
    editLabels: jsonb('edit_labels').$type<string[]>(),
    editRate: real('edit_rate'),
    retention: real('retention'),
    starred: boolean('starred').notNull().default(false),
    note: text('note'),
    rejectReason: text('reject_reason'),
    day: text('day'),
    week: text('week'),
    /** First customer reply seen in the sent mail's thread (migration 0006_outcomes). */
    customerRepliedAt: epochMs('customer_replied_at'),
    /** The sent mail's thread was visible to the client, so a reply could be seen. */
    replyTracked: boolean('reply_tracked'),
    receivedAt: epochMs('received_at').notNull(),
  },
  (t) => [
    // Keyset pagination for exports and the manager's per-CSM windows.
    index('reviews_csm_ended_idx').on(t.csmId, t.endedAt, t.id),
    index('reviews_ended_idx').on(t.endedAt, t.id),
    index('reviews_starred_idx')
      .on(t.csmId, t.endedAt)
      .where(sql`${t.starred} and not ${t.deleted}`),
    // Account coverage reads only the sent drafts of the trailing window.
    index('reviews_sent_ended_idx')
      .on(t.endedAt)
      .where(sql`${t.sentText} is not null and not ${t.deleted}`),
    // Tuning progress per portfolio reads only the rejected drafts.
    index('reviews_rejected_idx')
      .on(t.csmId)
      .where(sql`${t.outcome} = 'reject' and not ${t.deleted}`),
  ],
);

/**
 * The book of business: each account a CSM owns, replaced whole on every import. Ids are the
 * account's position in the imported file, so one import always gives the same ids.
 */
export const bookAccounts = pgTable(
  'book_accounts',
  {
    id: integer('id').primaryKey(),
    account: text('account').notNull(),
    csmId: text('csm_id').notNull(),
    arr: doublePrecision('arr'),
    segment: text('segment'),
    /** The line of the imported file, for messages that point back to it. */
    line: integer('line').notNull(),
    importedAt: epochMs('imported_at').notNull(),
  },
  (t) => [
    index('book_accounts_csm_idx').on(t.csmId),
    index('book_accounts_segment_idx').on(t.segment),
  ],
);

/** Each account's e-mail domains (lower case); a domain belongs to one account only. */
export const bookDomains = pgTable(
  'book_domains',
  {
    domain: text('domain').primaryKey(),
    accountId: integer('account_id')
      .notNull()
      .references(() => bookAccounts.id, { onDelete: 'cascade' }),
  },
  (t) => [index('book_domains_account_idx').on(t.accountId)],
);

/**
 * The weekly scorecard, maintained by the backend in the same transaction as each ingest: one
 * row per UTC ISO week (its Monday), CSM and task type. Rows are recomputed from `reviews` for
 * every (CSM, week) a batch touches, never incremented, so a new revision or a replay cannot drift
 * them. BI tools read the `redline_scorecard_*` views, not these tables.
 */
const scorecardCounts = {
  week: date('week', { mode: 'string' }).notNull(),
  taskType: text('task_type').notNull(),
  reviews: integer('reviews').notNull(),
  approved: integer('approved').notNull(),
  edited: integer('edited').notNull(),
  rejected: integer('rejected').notNull(),
  /** Sent drafts with a task time: what the medians are taken over. */
  sent: integer('sent').notNull(),
  medianTaskMs: doublePrecision('median_task_ms'),
  medianActiveMs: doublePrecision('median_active_ms'),
};

export const scorecardCsmWeeks = pgTable(
  'scorecard_csm_weeks',
  { ...scorecardCounts, csmId: text('csm_id').notNull() },
  (t) => [
    primaryKey({ columns: [t.csmId, t.week, t.taskType] }),
    index('scorecard_csm_weeks_week_idx').on(t.week),
  ],
);

export const scorecardTeamWeeks = pgTable('scorecard_team_weeks', { ...scorecardCounts }, (t) => [
  primaryKey({ columns: [t.week, t.taskType] }),
]);

/**
 * AI-assisted account coverage at the end of each UTC week (its Monday names it), per CSM with a
 * book: accounts in the book and how many got an AI-drafted e-mail in the 30 days ending at the
 * week's last millisecond. Only weeks with at least one covered account are stored; any other
 * week of a CSM with a book is 0 covered of the book's accounts (the views fill it in), so the
 * rows are a pure function of the reviews and the book. Past weeks are measured against the
 * current book: a book import replaces the book whole and recomputes every week.
 */
export const scorecardCoverageWeeks = pgTable(
  'scorecard_coverage_weeks',
  {
    week: date('week', { mode: 'string' }).notNull(),
    csmId: text('csm_id').notNull(),
    accounts: integer('accounts').notNull(),
    covered: integer('covered').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.csmId, t.week] }),
    index('scorecard_coverage_weeks_week_idx').on(t.week),
  ],
);
