import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { Dexie, type Transaction } from 'dexie';
import { CURRENT_DB_VERSION, DB_VERSIONS } from '@/lib/db/versions';
import { ReviewSchema } from '@/lib/review/review-schema';
import { dumpAll, loadExample, lostRows, seedAtVersion, upgrade } from './migration-harness';

describe('database migrations', () => {
  it('version steps are numbered in order, the last one current', () => {
    const versions = DB_VERSIONS.map((step) => step.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(CURRENT_DB_VERSION);
  });

  for (const step of DB_VERSIONS) {
    it(`a database at version ${step.version} opens at the current version with nothing lost`, async () => {
      const example = loadExample(step.version);
      expect(Object.values(example).flat().length).toBeGreaterThan(0);
      const name = `migrate-${step.version}-${randomUUID()}`;
      await seedAtVersion(name, step.version, example);
      const db = await upgrade(name);
      try {
        expect(db.verno).toBe(CURRENT_DB_VERSION);
        const after = await dumpAll(db);
        expect(lostRows(db, example, after)).toEqual([]);
        for (const review of after.reviews ?? []) {
          const parsed = ReviewSchema.safeParse(review);
          expect(parsed.success, JSON.stringify(parsed.error?.issues.map((i) => i.path))).toBe(
            true,
          );
        }
      } finally {
        db.close();
        await Dexie.delete(name);
      }
    });
  }

  it('the harness catches a next version that loses rows', async () => {
    const name = `migrate-lossy-${randomUUID()}`;
    const example = loadExample(CURRENT_DB_VERSION);
    await seedAtVersion(name, CURRENT_DB_VERSION, example);
    const lossy = {
      version: CURRENT_DB_VERSION + 1,
      stores: {},
      upgrade: async (tx: Transaction) => {
        await tx.table('reviews').where('status').equals('finished').delete();
      },
    };
    const db = await upgrade(name, [...DB_VERSIONS, lossy]);
    try {
      const lost = lostRows(db, example, await dumpAll(db));
      expect(lost.length).toBeGreaterThan(0);
      expect(lost.every((row) => row.startsWith('reviews:'))).toBe(true);
    } finally {
      db.close();
      await Dexie.delete(name);
    }
  });

  it('a missing example fails loudly instead of skipping', () => {
    expect(() => loadExample(CURRENT_DB_VERSION + 1)).toThrow(/No example database/);
  });
});
