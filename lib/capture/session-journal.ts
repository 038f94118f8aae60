// What the content script must remember about a compose across a Gmail reload or an undo-send:
// which review it belongs to and the last sequence number used. Kept in the extension's session
// storage (not Gmail's), keyed by the compose key; ids and counters only, never text.

export interface JournalEntry {
  reviewId: string;
  seq: number;
  activeMs: number;
  keystrokes: number;
  status: 'open' | 'finished';
  touchedAt: number;
}

export interface JournalStore {
  get(key: string): Promise<JournalEntry | undefined>;
  set(key: string, entry: JournalEntry): Promise<void>;
  remove(key: string): Promise<void>;
}

/** For tests and for browsers without session storage access: lives as long as the page. */
export function createMemoryJournal(): JournalStore {
  const entries = new Map<string, JournalEntry>();
  return {
    get: async (key) => entries.get(key),
    set: async (key, entry) => void entries.set(key, entry),
    remove: async (key) => void entries.delete(key),
  };
}
