// Keys for composes on sites that give a draft no id the page can read (Outlook on the web).
// Such a site remounts a compose as new nodes — undo send brings it back, switching drafts
// re-renders it — and the review must go on under the key it had. What survives a remount is
// the text: a compose that leaves the page is remembered by a hash of its body text (never the
// text itself), and a compose that appears with the same text takes the old key back, once.
// A sent compose is remembered for the site's undo window only, so a later compose that
// happens to hold the same text (a template sent twice) starts a review of its own; a closed
// one (the site kept the draft) for longer, so reopening it from Drafts resumes it.

export interface RemountKeyOptions {
  /** How long a sent compose can come back (the site's undo window, plus margin). */
  undoWindowMs: number;
  /** How long a closed, unsent compose can come back. */
  reopenWindowMs: number;
  now?: () => number;
}

export interface RemountKeys {
  /**
   * The key for a compose body just found holding `text`; never one of `liveKeys`. The same
   * element keeps its key (a restarted adapter finds it again).
   */
  keyFor(body: Element, text: string, liveKeys: ReadonlySet<string>): string;
  /** A compose left the page; `sent` when a presend came just before. */
  left(key: string, text: string, sent: boolean): void;
  /** True while a sent compose may still come back (worth waiting for a body to fill). */
  awaitingUndo(): boolean;
}

const WHITESPACE = /\s+/g;

/** FNV-1a over the whitespace-normalised text: equal texts, equal hashes; no text kept. */
export function textFingerprint(text: string): string {
  const normal = text.replace(WHITESPACE, ' ').trim();
  let hash = 0x811c9dc5;
  for (let i = 0; i < normal.length; i++) {
    hash ^= normal.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${normal.length}:${(hash >>> 0).toString(36)}`;
}

export function createRemountKeys(options: RemountKeyOptions): RemountKeys {
  const { undoWindowMs, reopenWindowMs, now = Date.now } = options;
  const gone = new Map<string, { key: string; until: number; sent: boolean }>();
  const byElement = new WeakMap<Element, string>();
  const prune = () => {
    const at = now();
    for (const [print, entry] of gone) if (entry.until < at) gone.delete(print);
  };
  return {
    keyFor(body, text, liveKeys) {
      prune();
      const known = byElement.get(body);
      if (known && !liveKeys.has(known)) return known;
      let key = `gen:${crypto.randomUUID()}`;
      const print = text.trim() ? textFingerprint(text) : '';
      const entry = print ? gone.get(print) : undefined;
      if (entry && !liveKeys.has(entry.key)) {
        gone.delete(print);
        key = entry.key;
      }
      byElement.set(body, key);
      return key;
    },
    left(key, text, sent) {
      if (!text.trim()) return;
      const until = now() + (sent ? undoWindowMs : reopenWindowMs);
      gone.set(textFingerprint(text), { key, until, sent });
    },
    awaitingUndo() {
      prune();
      for (const entry of gone.values()) if (entry.sent) return true;
      return false;
    },
  };
}
