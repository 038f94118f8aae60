import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openRedlineDb, type RedlineDb } from '@/lib/db/redline-db';
import { DB_VERSIONS, type VersionStep } from '@/lib/db/versions';

/** A frozen example database: the rows of each table as that version stored them. */
export type ExampleDb = Record<string, Record<string, unknown>[]>;

const EXAMPLES_DIR = join(import.meta.dirname, 'examples');

export function loadExample(version: number): ExampleDb {
  const file = join(EXAMPLES_DIR, `v${version}.json`);
  // A missing example fails the chain: a version nobody can migrate from is not tested.
  if (!existsSync(file)) throw new Error(`No example database for version ${version} at ${file}`);
  return JSON.parse(readFileSync(file, 'utf8')) as ExampleDb;
}

/** Creates `name` at `version` (only the steps up to it) holding the example's rows. */
export async function seedAtVersion(name: string, version: number, example: ExampleDb) {
  const db = openRedlineDb(
    name,
    DB_VERSIONS.filter((step) => step.version <= version),
  );
  await db.open();
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(example)) await db.table(table).bulkPut(rows);
  });
  db.close();
}

export async function dumpAll(db: RedlineDb): Promise<ExampleDb> {
  const out: ExampleDb = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Rows of `before` whose primary key is gone from `after`, as `table:key`. */
export function lostRows(db: RedlineDb, before: ExampleDb, after: ExampleDb): string[] {
  const lost: string[] = [];
  for (const [table, rows] of Object.entries(before)) {
    const keyPath = db.table(table).schema.primKey.keyPath as string;
    const kept = new Set((after[table] ?? []).map((row) => String(row[keyPath])));
    for (const row of rows)
      if (!kept.has(String(row[keyPath]))) lost.push(`${table}:${String(row[keyPath])}`);
  }
  return lost;
}

/** Opens `name` with `steps` (the current chain unless a test adds one), upgrading it. */
export async function upgrade(name: string, steps: readonly VersionStep[] = DB_VERSIONS) {
  const db = openRedlineDb(name, steps);
  await db.open();
  return db;
}
