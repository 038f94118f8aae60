// Finds Gmail composes and notices when they leave the DOM. One MutationObserver on the body
// (MutationObserver already delivers one batch per task). Gmail mutates constantly — typing
// alone mutates the compose body on every key — so each batch first drops records inside a
// known body, then looks for bodies only in added element subtrees, and checks tracked
// composes for removal only when something was removed.
import type { ComposeHandle } from '@/lib/sites/site-adapter';
import {
  createComposeRegistry,
  reportDriftOnce,
  type TrackerCallbacks as ComposeTrackerCallbacks,
  type TrackerLookups,
} from '@/lib/sites/dom/compose-registry';
import { driftError, SelectorDriftError } from '@/lib/sites/dom/query';
import { createGmailComposeHandle } from './compose-handle';
import type { ComposeKeys } from './compose-keys';
import { findFieldContainer, resolveComposeRoot } from './compose-root';
import { requireSendButton } from './controls';
import { COMPOSE_BODY, COMPOSE_ID_INPUTS } from './selectors';

export type TrackerCallbacks = ComposeTrackerCallbacks<ComposeHandle>;
export type ComposeTracker = TrackerLookups<ComposeHandle>;

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
  // Bodies seen before their compose finished rendering (no ids, no Send yet), with the time
  // first seen: retried on later batches for a while, then left alone (e.g. settings editors).
  const pending = new Map<Element, number>();
  const drift = reportDriftOnce(callbacks.drift, signal);
  const registry = createComposeRegistry<ComposeHandle>(
    {
      gone: callbacks.gone,
      leaving: (compose) => keys.remember(compose.root, compose.key),
      alsoTyping(node) {
        for (const body of pending.keys()) if (body.contains(node)) return true;
        return false;
      },
      added(elements) {
        if (elements.length === 0) return;
        if (pending.size > 0) retryPending();
        for (const el of elements) if (el.isConnected) scan(el);
      },
    },
    signal,
  );

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
    if (registry.has(body)) return;
    const resolved = resolveComposeRoot(body);
    // An editor in a dialog with neither id inputs nor Send is not (yet) a compose.
    if (!resolved || (resolved.withoutFields && sendDrift(resolved.root, body))) {
      if (!pending.has(body)) pending.set(body, Date.now());
      return;
    }
    pending.delete(body);
    const key = keys.keyFor(body, resolved.root, new Set(registry.all().map((c) => c.key)));
    const compose = createGmailComposeHandle(key, body as HTMLElement, resolved.root);
    registry.add(compose);
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

  if (!signal.aborted) {
    for (const body of doc.querySelectorAll(COMPOSE_BODY)) track(body);
    registry.observe(doc.body ?? doc.documentElement);
  }
  return { flush: registry.flush, composeFor: registry.composeFor, all: registry.all };
}
