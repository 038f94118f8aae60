import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { expectedCoverage } from './scorecard/expected-coverage';
import { BACKENDS, type Backend } from './support/test-databases';
import { wireReview } from './support/wire-factory';

const FOLDER = 'server/migrations';

/** The migrations folder as it was before `upto` (its journal cut after that entry). */
function migrationsUpTo(tag: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'redline-migrations-'));
  cpSync(FOLDER, dir, { recursive: true });
  const journalPath = join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  const end = journal.entries.findIndex((e) => e.tag === tag);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(journalPath, JSON.stringify(journal));
  return dir;
}

interface Migratable {
  migrate(folder: string): Promise<void>;
  rows(query: SQL): Promise<unknown[]>;
  close(): Promise<void>;
}

/** An empty database on either engine, migrated only when asked, by the real migrator. */
async function emptyDatabase(backend: Backend): Promise<Migratable> {
  if (backend === 'pglite') {
    const { drizzle } = await import('drizzle-orm/pglite');
    const { migrate } = await import('drizzle-orm/pglite/migrator');
    const client = new PGlite();
    const db = drizzle(client);
    return {
      migrate: (folder) => migrate(db, { migrationsFolder: folder }),
      rows: async (query) => (await db.execute(query)).rows,
      close: () => client.close(),
    };
  }
  const { drizzle } = await import('drizzle-orm/node-postgres');
  const { migrate } = await import('drizzle-orm/node-postgres/migrator');
  const base = process.env.REDLINE_TEST_DATABASE_URL!;
  const name = `redline_migrate_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(base);
  url.pathname = `/${name}`;
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  const db = drizzle(client);
  return {
    migrate: (folder) => migrate(db, { migrationsFolder: folder }),
    rows: async (query) => (await db.execute(query)).rows,
    close: async () => {
      // Ended before the drop, so no connection is cut from under the client.
      await client.end();
      await admin.query(`drop database if exists ${name}`);
      await admin.end();
    },
  };
}

describe.each(BACKENDS)('migration 0001_csms on %s', (backend) => {
  const old = migrationsUpTo('0000_init');
  afterAll(() => rmSync(old, { recursive: true, force: true }));

  it('moves each CSM name from its tokens to the CSM and keeps every token', async () => {
    const db = await emptyDatabase(backend);
    await db.migrate(old);
    await db.rows(sql`insert into tokens (hash, role, csm_id, display_name, created_at) values
      ('h1', 'csm', 'ana', 'Ana Lima', 1), ('h2', 'csm', 'ana', null, 2),
      ('h3', 'csm', 'bo', 'Bo', 3), ('h4', 'csm', 'bo', 'Bo Chen', 4),
      ('h5', 'manager', null, 'Lead', 5), ('h6', 'csm', 'cy', null, 6)`);
    await db.migrate(FOLDER);
    const csms = await db.rows(sql`select csm_id, display_name from csms order by csm_id`);
    expect(csms).toEqual([
      { csm_id: 'ana', display_name: 'Ana Lima' },
      { csm_id: 'bo', display_name: 'Bo Chen' },
      { csm_id: 'cy', display_name: null },
    ]);
    expect(await db.rows(sql`select count(*)::int as n from tokens`)).toEqual([{ n: 6 }]);
    await db.close();
  });
});

describe.each(BACKENDS)('migration 0007_weekly_coverage on %s', (backend) => {
  const old = migrationsUpTo('0006_outcomes');
  afterAll(() => rmSync(old, { recursive: true, force: true }));

  it('fills the weekly coverage of the reviews and the book stored before it', async () => {
    const book = [
      { account: 'Acme', domains: ['acme.com'], csmId: 'ana' },
      { account: 'Acme EU', domains: ['eu.acme.com'], csmId: 'bo' },
      { account: 'Beta', domains: ['beta.io'], csmId: 'ana' },
      { account: 'Idle', domains: ['idle.net'], csmId: 'cy' },
    ];
    const at = (day: number, hour = 12) => Date.UTC(2026, 9, day, hour);
    const reviews = [
      wireReview('ana', { endedAt: at(7), recipientDomains: ['acme.com'] }),
      wireReview('ana', { endedAt: at(20), recipientDomains: ['mail.eu.acme.com'] }),
      wireReview('bo', { endedAt: at(26), outcome: 'approve', recipientDomains: ['beta.io'] }),
      // Neither a discarded draft nor a rewritten one covers an account.
      wireReview('ana', {
        endedAt: at(28),
        outcome: 'reject',
        endReason: 'discarded',
        sentText: null,
        recipientDomains: ['idle.net'],
      }),
      wireReview('cy', { endedAt: at(29), outcome: 'reject', recipientDomains: ['idle.net'] }),
    ];
    const db = await emptyDatabase(backend);
    await db.migrate(old);
    for (const [i, a] of book.entries()) {
      await db.rows(sql`insert into book_accounts (id, account, csm_id, line, imported_at)
        values (${i + 1}, ${a.account}, ${a.csmId}, ${i + 2}, 1)`);
      for (const domain of a.domains)
        await db.rows(
          sql`insert into book_domains (domain, account_id) values (${domain}, ${i + 1})`,
        );
    }
    for (const r of reviews)
      await db.rows(sql`insert into reviews (id, csm_id, revision, received_at, outcome, sent_text,
          recipient_domains, ended_at)
        values (${r.id}, ${r.csmId}, 1, 1, ${r.outcome}, ${r.sentText},
          ${JSON.stringify(r.recipientDomains)}::jsonb, ${r.endedAt})`);
    await db.migrate(FOLDER);
    const rows = await db.rows(sql`select week::text as week, csm_id, accounts, covered
      from scorecard_coverage_weeks order by csm_id, week`);
    const expected = expectedCoverage(reviews, book);
    expect(expected.length).toBeGreaterThan(5);
    expect(rows).toEqual(expected);
    await db.close();
  });
});
