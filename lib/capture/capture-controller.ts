import { createLogger } from '../log';
import type { DraftSource } from '../review/vocabulary';
import type { AdapterEvent, ComposeHandle, SiteAdapter } from '../sites/site-adapter';
import { watchBody } from './body-watch';
import { createComposeSession, type ComposeSession, type SessionDeps } from './compose-session';

const log = createLogger('capture');

export interface ControllerDeps extends Omit<SessionDeps, 'site'> {
  adapter: SiteAdapter;
  doc: Document;
  requireTrusted?: boolean;
}

/**
 * Runs one site's capture on one page: the adapter says where the composes are and when the
 * CSM asks to send or discard; each compose gets a session; body signals say when a draft
 * arrives and how the CSM works on it. Everything stops with the signal (pause, site switched
 * off, extension updated).
 */
export function startCapture(deps: ControllerDeps, signal: AbortSignal) {
  const { adapter, doc, requireTrusted = true } = deps;
  const sessions = new Map<string, ComposeSession>();
  const watchers = new Map<string, AbortController>();
  let lastActive: ComposeSession | null = null;

  const found = (compose: ComposeHandle) => {
    const existing = sessions.get(compose.key);
    if (existing && existing.compose === compose) return;
    watchers.get(compose.key)?.abort();
    const session = createComposeSession(compose, { ...deps, site: adapter.site });
    sessions.set(compose.key, session);
    const watcher = new AbortController();
    signal.addEventListener('abort', () => watcher.abort(), { once: true });
    watchers.set(compose.key, watcher);
    watchBody(
      compose.body,
      (s) => {
        lastActive = session;
        if (s.type === 'arrival') session.arrival(s.via, s.via === 'paste' ? s.text : undefined);
        else if (s.type === 'changed') session.changed();
        else if (s.type === 'act') session.act(s.keystroke);
        else session.blur();
      },
      { requireTrusted },
      watcher.signal,
    );
    void deps.journal.get(compose.key).then((entry) => {
      if (entry && !signal.aborted && sessions.get(compose.key) === session) session.resume(entry);
    });
  };

  const onEvent = (event: AdapterEvent) => {
    if (event.type === 'selector-drift') {
      log.drift(
        'selector stopped matching',
        { site: adapter.site, selector: event.selector },
        event.outline,
      );
      return;
    }
    const session = sessions.get(event.compose.key);
    switch (event.type) {
      case 'compose-found':
        return found(event.compose);
      case 'compose-gone':
        watchers.get(event.compose.key)?.abort();
        watchers.delete(event.compose.key);
        sessions.delete(event.compose.key);
        return session?.gone();
      case 'presend':
        return session?.presend(event.scheduled);
      case 'discard-requested':
        return session?.discardRequested();
    }
  };

  adapter.start(doc, onEvent, signal);

  /** The compose holding `node` (focus, a right-click target), else the one last worked in. */
  const sessionFor = (node: Node | null): ComposeSession | null => {
    for (const session of sessions.values()) {
      const { compose } = session;
      if (node && (compose.contains?.(node) ?? compose.root.contains(node))) return session;
    }
    if (lastActive && sessions.get(lastActive.compose.key) === lastActive) return lastActive;
    return sessions.size === 1 ? [...sessions.values()][0]! : null;
  };

  return {
    /** "Mark as AI draft" and the page protocol: the draft is what the compose (or message) holds. */
    markDraft(source: DraftSource, node: Node | null, draftText?: string): boolean {
      const session = sessionFor(node);
      if (!session) return false;
      session.arrival(source, draftText);
      return true;
    },
    untrack(key: string): void {
      sessions.get(key)?.untrack();
    },
    get openSessions(): number {
      return sessions.size;
    },
  };
}
export type CaptureController = ReturnType<typeof startCapture>;
