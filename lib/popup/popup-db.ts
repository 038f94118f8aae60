import { openRedlineDb, type RedlineDb } from '../db/redline-db';

let db: RedlineDb | undefined;

/** The popup's own connection to the extension's database (same origin as the background). */
export function popupDb(): RedlineDb {
  db ??= openRedlineDb();
  return db;
}
