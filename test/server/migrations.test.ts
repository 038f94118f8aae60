import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { BACKENDS, type Backend } from './support/test-databases';

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
