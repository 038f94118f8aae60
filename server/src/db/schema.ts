import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
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
    receivedAt: epochMs('received_at').notNull(),
  },
  (t) => [
    // Keyset pagination for exports and the manager's per-CSM windows.
    index('reviews_csm_ended_idx').on(t.csmId, t.endedAt, t.id),
    index('reviews_ended_idx').on(t.endedAt, t.id),
    index('reviews_starred_idx')
      .on(t.csmId, t.endedAt)
      .where(sql`${t.starred} and not ${t.deleted}`),
  ],
);
