// Finds Outlook composes and notices when they leave the DOM. One MutationObserver on the
// page (childList only: typing changes text nodes, which it does not see). Each batch drops
// records inside a known body, looks for bodies only in added element subtrees, and checks
// tracked composes for removal only when something was removed. Keys come from the body text
// (see remount-keys.ts): undo send remounts the compose as new nodes with the same text.
import type { ComposeHandle } from '@/lib/sites/site-adapter';
import {
  createComposeRegistry,
  reportDriftOnce,
  type TrackerCallbacks as ComposeTrackerCallbacks,
  type TrackerLookups,
} from '@/lib/sites/dom/compose-registry';
import type { RemountKeys } from '@/lib/sites/dom/remount-keys';
import { createOutlookComposeHandle, readOutlookBody } from './compose-handle';
import { BODY_CANDIDATE, findBodies, isComposeBody, resolveComposeRoot } from './compose-root';
import { sendDrift } from './controls';

export type TrackerCallbacks = ComposeTrackerCallbacks<ComposeHandle>;

export interface ComposeTracker extends TrackerLookups<ComposeHandle> {
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
  // Bodies seen before their compose finished rendering (no Send yet), with when first seen.
  const pending = new Map<Element, number>();
  // Bodies found empty while a sent compose may come back: keyed once they fill (or time out).
  const filling = new Set<Element>();
  const presends = new Map<ComposeHandle, { at: number; text: string }>();
  const drift = reportDriftOnce(callbacks.drift, signal);
  const registry = createComposeRegistry<ComposeHandle>(
    {
      gone: callbacks.gone,
      leaving(compose) {
        const presend = presends.get(compose);
        presends.delete(compose);
        const sent = presend !== undefined && Date.now() - presend.at <= SENT_WITHIN_MS;
        keys.left(compose.key, sent ? presend.text : compose.readBody().text, sent);
      },
      added(elements, removed) {
        if (removed) for (const body of filling) if (!body.isConnected) filling.delete(body);
        if (pending.size > 0 && (elements.length > 0 || removed)) retryPending();
        for (const el of elements) if (el.isConnected) scan(el);
      },
    },
    signal,
  );

  const liveKeys = () => new Set(registry.all().map((c) => c.key));

  const emitFound = (body: HTMLElement, root: Element) => {
    filling.delete(body);
    if (registry.has(body) || !body.isConnected || signal.aborted) return;
    const key = keys.keyFor(body, readOutlookBody(body).text, liveKeys());
    const compose = createOutlookComposeHandle(key, body, root);
    registry.add(compose);
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
    if (registry.has(body) || filling.has(body)) return;
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

  if (!signal.aborted) {
    for (const body of findBodies(doc)) track(body);
    registry.observe(doc.body ?? doc.documentElement);
  }

  return {
    flush: registry.flush,
    composeFor: registry.composeFor,
    all: registry.all,
    presend(compose) {
      presends.set(compose, { at: Date.now(), text: compose.readBody().text });
    },
  };
}
