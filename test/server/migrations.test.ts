import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, describe, expect, it } from 'vitest';

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

describe('migration 0001_csms', () => {
  const old = migrationsUpTo('0000_init');
  afterAll(() => rmSync(old, { recursive: true, force: true }));

  it('moves each CSM name from its tokens to the CSM, keeping tokens and reviews', async () => {
    const client = new PGlite();
    const db = drizzle(client);
    await migrate(db, { migrationsFolder: old });
    await db.execute(sql`insert into tokens (hash, role, csm_id, display_name, created_at) values
      ('h1', 'csm', 'ana', 'Ana Lima', 1), ('h2', 'csm', 'ana', null, 2),
      ('h3', 'csm', 'bo', 'Bo', 3), ('h4', 'csm', 'bo', 'Bo Chen', 4),
      ('h5', 'manager', null, 'Lead', 5), ('h6', 'csm', 'cy', null, 6)`);
    await migrate(db, { migrationsFolder: FOLDER });
    const csms = await db.execute(sql`select csm_id, display_name from csms order by csm_id`);
    expect(csms.rows).toEqual([
      { csm_id: 'ana', display_name: 'Ana Lima' },
      { csm_id: 'bo', display_name: 'Bo Chen' },
      { csm_id: 'cy', display_name: null },
    ]);
    const tokens = await db.execute(sql`select count(*)::int as n from tokens`);
    expect(tokens.rows).toEqual([{ n: 6 }]);
    await client.close();
  });
});
