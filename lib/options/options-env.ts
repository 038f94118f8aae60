import type { RedlineDb } from '../db/redline-db';
import { dataMessenger, type DeleteEverythingAck } from '../messaging/data-messages';
import { popupDb } from '../popup/popup-db';

/** What the options page needs from outside: the database to read, the background to write. */
export interface OptionsEnv {
  db: RedlineDb;
  now: () => number;
  deleteEverything: (confirm: string) => Promise<DeleteEverythingAck>;
}

/** The options page's connections: its own database handle, writes as messages. */
export function createOptionsEnv(): OptionsEnv {
  return {
    db: popupDb(),
    now: Date.now,
    deleteEverything: (confirm) =>
      dataMessenger.sendMessage('data.deleteEverything', {
        confirm: confirm as 'delete everything',
      }),
  };
}
