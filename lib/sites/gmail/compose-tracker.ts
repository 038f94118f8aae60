// Finds Gmail composes and notices when they leave the DOM. One MutationObserver on the body
// (MutationObserver already delivers one batch per task). Gmail mutates constantly — typing
// alone mutates the compose body on every key — so each batch first drops records inside a
// known body, then looks for bodies only in added element subtrees, and checks tracked
// composes for removal only when something was removed.
import type { ComposeHandle } from '@/lib/sites/site-adapter';
import { driftError, SelectorDriftError } from '@/lib/sites/dom/query';
import { createGmailComposeHandle } from './compose-handle';
import type { ComposeKeys } from './compose-keys';
import { findFieldContainer, resolveComposeRoot } from './compose-root';
import { requireSendButton } from './controls';
import { COMPOSE_BODY, COMPOSE_ID_INPUTS } from './selectors';

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
}

const DRIFT_CHECK_DELAY_MS = 3000;
const PENDING_RETRY_MS = 10_000;

function sendDrift(root: Element, body: Element): SelectorDriftError | null {
  try {
    requireSendButton(root, body);
    return null;
  } catch (error) {
    if (error instanceof SelectorDriftError) return error;
    throw error;
  }
}

export function createComposeTracker(
  doc: Document,
  keys: ComposeKeys,
  callbacks: TrackerCallbacks,
  signal: AbortSignal,
): ComposeTracker {
  const live = new Map<Element, ComposeHandle>();
  // Bodies seen before their compose finished rendering (no ids, no Send yet), with the time
  // first seen: retried on later batches for a while, then left alone (e.g. settings editors).
  const pending = new Map<Element, number>();
  const reported = new Set<string>();
  const drift = (error: SelectorDriftError) => {
    if (signal.aborted || reported.has(error.selector)) return;
    reported.add(error.selector);
    callbacks.drift(error);
  };

  // Checked after a delay: a compose may render its footer after its body, and a drift report
  // must mean the markup changed, not that we looked too early.
  const checkLater = (compose: ComposeHandle) => {
    setTimeout(() => {
      if (signal.aborted || !compose.isConnected()) return;
      if (!findFieldContainer(compose.body)) {
        drift(driftError(compose.root, COMPOSE_ID_INPUTS, 'COMPOSE_ID_INPUTS'));
      }
      const missingSend = sendDrift(compose.root, compose.body);
      if (missingSend) drift(missingSend);
    }, DRIFT_CHECK_DELAY_MS);
  };

  const track = (body: Element) => {
    if (live.has(body)) return;
    const resolved = resolveComposeRoot(body);
    // An editor in a dialog with neither id inputs nor Send is not (yet) a compose.
    if (!resolved || (resolved.withoutFields && sendDrift(resolved.root, body))) {
      if (!pending.has(body)) pending.set(body, Date.now());
      return;
    }
    pending.delete(body);
    const key = keys.keyFor(body, resolved.root, new Set([...live.values()].map((c) => c.key)));
    const compose = createGmailComposeHandle(key, body as HTMLElement, resolved.root);
    live.set(body, compose);
    callbacks.found(compose);
    checkLater(compose);
  };

  const retryPending = () => {
    const now = Date.now();
    for (const [body, since] of pending) {
      if (!body.isConnected || now - since > PENDING_RETRY_MS) pending.delete(body);
      else track(body);
    }
  };

  const scan = (el: Element) => {
    if (el.matches(COMPOSE_BODY)) {
      track(el);
    } else if (el.firstElementChild) {
      for (const body of el.querySelectorAll(COMPOSE_BODY)) track(body);
    }
  };

  const sweep = () => {
    for (const [body, compose] of live) {
      if (body.isConnected) continue;
      keys.remember(compose.root, compose.key);
      live.delete(body);
      callbacks.gone(compose);
    }
  };

  const insideKnownBody = (node: Node) => {
    for (const body of live.keys()) if (body.contains(node)) return true;
    for (const body of pending.keys()) if (body.contains(node)) return true;
    return false;
  };

  const process = (records: MutationRecord[]) => {
    let removed = false;
    const added: Element[] = [];
    for (const record of records) {
      if (insideKnownBody(record.target)) continue;
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    }
    if (removed) sweep();
    if (added.length === 0) return;
    if (pending.size > 0) retryPending();
    for (const el of added) if (el.isConnected) scan(el);
  };

  const Observer = doc.defaultView?.MutationObserver ?? MutationObserver;
  const observer = new Observer((records) => process(records));
  if (!signal.aborted) {
    for (const body of doc.querySelectorAll(COMPOSE_BODY)) track(body);
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
  };
}
