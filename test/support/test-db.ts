import { randomUUID } from 'node:crypto';
import { openRedlineDb, type RedlineDb } from '@/lib/db/redline-db';

/** A fresh, uniquely named database in fake-indexeddb; closed and deleted by `drop`. */
export async function freshDb(): Promise<RedlineDb> {
  const db = openRedlineDb(`redline-test-${randomUUID()}`);
  await db.open();
  return db;
}

export async function dropDb(db: RedlineDb): Promise<void> {
  db.close();
  await db.delete();
}
