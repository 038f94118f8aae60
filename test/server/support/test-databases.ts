import { randomBytes } from 'node:crypto';
import type { SQL } from 'drizzle-orm';
import pg from 'pg';
import { openDb, type OpenDb } from '@/server/src/db/open-db';

export type Backend = 'pglite' | 'postgres';

const PG_URL = process.env.REDLINE_TEST_DATABASE_URL;

/** PGlite always; PostgreSQL as well when CI (or a developer) gives a server to test against. */
export const BACKENDS: readonly Backend[] = PG_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends OpenDb {
  /** Closes the connection and, on PostgreSQL, drops the throwaway database. */
  destroy(): Promise<void>;
}

/**
 * A fresh, migrated database: in-memory PGlite (no data directory to create), or a throwaway
 * database on the test PostgreSQL server, named per suite so files can run in parallel.
 */
export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const database = await openDb({});
    return { ...database, destroy: database.close };
  }
  if (!PG_URL) throw new Error('REDLINE_TEST_DATABASE_URL is not set.');
  const name = `redline_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const database = await openDb({ databaseUrl: url.toString() });
  return {
    ...database,
    destroy: async () => {
      await database.close();
      const drop = new pg.Client({ connectionString: PG_URL });
      await drop.connect();
      await drop.query(`drop database if exists ${name} with (force)`);
      await drop.end();
    },
  };
}

/** Rows of a raw query; both drivers answer `{ rows }`, typed here once. */
export async function queryRows<T>(database: OpenDb, query: SQL): Promise<T[]> {
  const result = (await database.db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
