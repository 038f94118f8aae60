// Finds Outlook composes and notices when they leave the DOM. One MutationObserver on the
// page (childList only: typing changes text nodes, which it does not see). Each batch drops
// records inside a known body, looks for bodies only in added element subtrees, and checks
// tracked composes for removal only when something was removed. Keys come from the body text
// (see remount-keys.ts): undo send remounts the compose as new nodes with the same text.
import type { ComposeHandle } from '@/lib/sites/site-adapter';
import type { SelectorDriftError } from '@/lib/sites/dom/query';
import type { RemountKeys } from '@/lib/sites/dom/remount-keys';
import { createOutlookComposeHandle, readOutlookBody } from './compose-handle';
import { BODY_CANDIDATE, findBodies, isComposeBody, resolveComposeRoot } from './compose-root';
import { sendDrift } from './controls';

export interface TrackerCallbacks {
  found(compose: ComposeHandle): void;
  gone(compose: ComposeHandle): void;
  drift(error: SelectorDriftError): void;
}

export interface ComposeTracker {
  /** Processes mutations not yet delivered, so an event handler sees composes added this task. */
  flush(): void;
  /** The innermost tracked compose whose root holds `node`. */
  composeFor(node: Node): ComposeHandle | null;
  all(): ComposeHandle[];
  /** The CSM asked to send `compose`: if it leaves the page soon, it may come back (undo). */
  presend(compose: ComposeHandle): void;
}

const DRIFT_CHECK_DELAY_MS = 3000;
const PENDING_RETRY_MS = 10_000;
/** A compose gone this soon after a presend was sent (and may be undone). */
const SENT_WITHIN_MS = 20_000;
/** A remounted compose may render its body empty and fill it a moment later. */
const FILL_WAIT_MS = 2_000;
const FILL_POLL_MS = 100;

export function createComposeTracker(
  doc: Document,
  keys: RemountKeys,
  callbacks: TrackerCallbacks,
  signal: AbortSignal,
): ComposeTracker {
  const live = new Map<Element, ComposeHandle>();
  // Bodies seen before their compose finished rendering (no Send yet), with when first seen.
  const pending = new Map<Element, number>();
  // Bodies found empty while a sent compose may come back: keyed once they fill (or time out).
  const filling = new Set<Element>();
  const presends = new Map<ComposeHandle, { at: number; text: string }>();
  const reported = new Set<string>();

  const drift = (error: SelectorDriftError) => {
    if (signal.aborted || reported.has(error.selector)) return;
    reported.add(error.selector);
    callbacks.drift(error);
  };

  const liveKeys = () => new Set([...live.values()].map((c) => c.key));

  const emitFound = (body: HTMLElement, root: Element) => {
    filling.delete(body);
    if (live.has(body) || !body.isConnected || signal.aborted) return;
    const key = keys.keyFor(body, readOutlookBody(body).text, liveKeys());
    const compose = createOutlookComposeHandle(key, body, root);
    live.set(body, compose);
    callbacks.found(compose);
    setTimeout(() => {
      if (signal.aborted || !compose.isConnected()) return;
      const missing = sendDrift(compose.root, compose.body);
      if (missing) drift(missing);
    }, DRIFT_CHECK_DELAY_MS);
  };

  const waitForFill = (body: HTMLElement, root: Element) => {
    filling.add(body);
    const since = Date.now();
    const poll = () => {
      if (signal.aborted || !filling.has(body)) return;
      const filled = (body.textContent ?? '').trim() !== '';
      if (filled || Date.now() - since >= FILL_WAIT_MS) emitFound(body, root);
      else setTimeout(poll, FILL_POLL_MS);
    };
    setTimeout(poll, FILL_POLL_MS);
  };

  const track = (body: HTMLElement) => {
    if (live.has(body) || filling.has(body)) return;
    const root = resolveComposeRoot(body);
    if (!root) {
      if (!pending.has(body)) pending.set(body, Date.now());
      return;
    }
    pending.delete(body);
    if ((body.textContent ?? '').trim() === '' && keys.awaitingUndo()) waitForFill(body, root);
    else emitFound(body, root);
  };

  const retryPending = () => {
    const now = Date.now();
    for (const [body, since] of pending) {
      if (!body.isConnected || now - since > PENDING_RETRY_MS) pending.delete(body);
      else track(body as HTMLElement);
    }
  };

  const scan = (el: Element) => {
    if (el.matches(BODY_CANDIDATE)) {
      if (isComposeBody(el)) track(el as HTMLElement);
    } else if (el.firstElementChild) {
      for (const body of findBodies(el)) track(body);
    }
  };

  const sweep = () => {
    for (const [body, compose] of live) {
      if (body.isConnected) continue;
      const presend = presends.get(compose);
      presends.delete(compose);
      const sent = presend !== undefined && Date.now() - presend.at <= SENT_WITHIN_MS;
      keys.left(compose.key, sent ? presend.text : compose.readBody().text, sent);
      live.delete(body);
      callbacks.gone(compose);
    }
    for (const body of filling) if (!body.isConnected) filling.delete(body);
  };

  const insideKnownBody = (node: Node) => {
    for (const body of live.keys()) if (body.contains(node)) return true;
    return false;
  };

  const process = (records: MutationRecord[]) => {
    let removed = false;
    const added: Element[] = [];
    for (const record of records) {
      if (live.size > 0 && insideKnownBody(record.target)) continue;
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    }
    if (removed) sweep();
    if (pending.size > 0 && (added.length > 0 || removed)) retryPending();
    for (const el of added) if (el.isConnected) scan(el);
  };

  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => process(records));
  if (!signal.aborted) {
    for (const body of findBodies(doc)) track(body);
    observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
    signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  }

  return {
    flush: () => {
      if (!signal.aborted) process(observer.takeRecords());
    },
    composeFor(node) {
      let best: ComposeHandle | null = null;
      for (const compose of live.values()) {
        if (compose.root.contains(node) && (!best || best.root.contains(compose.root)))
          best = compose;
      }
      return best;
    },
    all: () => [...live.values()],
    presend(compose) {
      presends.set(compose, { at: Date.now(), text: compose.readBody().text });
    },
  };
}
