import { storage } from 'wxt/utils/storage';
import type { QueuedMessage, QueueStore } from './capture-queue';
import { createMemoryJournal, type JournalEntry, type JournalStore } from './session-journal';

// The extension's session storage outlives a Gmail reload and a service-worker restart, and
// lives in the extension, not in the site's origin. The background opens it to content scripts
// at start-up; where that failed, the page's memory is the fallback.

const PAGE_ID_KEY = 'redline.pageId';

/** An id for this tab's page that survives reloads of the same tab (no text, just an id). */
function pageId(win: Window): string {
  try {
    let id = win.sessionStorage.getItem(PAGE_ID_KEY);
    if (!id) {
      id = crypto.randomUUID();
      win.sessionStorage.setItem(PAGE_ID_KEY, id);
    }
    return id;
  } catch {
    return crypto.randomUUID();
  }
}

export function createSessionQueueStore(win: Window): QueueStore {
  const key = `session:redline.queue.${pageId(win)}` as const;
  return {
    load: async () => (await storage.getItem<QueuedMessage[]>(key)) ?? [],
    save: async (messages) => {
      if (messages.length === 0) await storage.removeItem(key);
      else await storage.setItem(key, messages);
    },
  };
}

export function createSessionJournal(): JournalStore {
  const memory = createMemoryJournal();
  const key = (compose: string) => `session:redline.journal.${compose}` as const;
  return {
    async get(compose) {
      try {
        return (await storage.getItem<JournalEntry>(key(compose))) ?? undefined;
      } catch {
        return memory.get(compose);
      }
    },
    async set(compose, entry) {
      await memory.set(compose, entry);
      await storage.setItem(key(compose), entry).catch(() => undefined);
    },
    async remove(compose) {
      await memory.remove(compose);
      await storage.removeItem(key(compose)).catch(() => undefined);
    },
  };
}
