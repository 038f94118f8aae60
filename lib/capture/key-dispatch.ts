// One keydown listener per document for all of Redline. Every keystroke a CSM types reaches
// each listener Redline has on the way, and each call from the page into the content script's
// isolated world has a fixed cost larger than everything Redline then does with the key. So the
// body watch, send and discard detection and the after-send watch subscribe here: a typed
// character costs one call into the isolated world and a few comparisons. A same-origin iframe
// has its own document and so its own dispatcher.
import { createLogger } from '../log';

export type KeyListener = (event: KeyboardEvent) => void;

export interface KeyDispatch {
  /** Every keydown in the document, capture phase (before the site's own handlers). */
  onKey(listener: KeyListener, signal: AbortSignal): void;
  /**
   * The keydowns `el` sees in a capture listener of its own: those whose path holds it,
   * including from inside an open shadow root or a nested element. Run after `onKey`'s, as a
   * listener on the document runs before one on an element within it.
   */
  onKeyIn(el: EventTarget, listener: KeyListener, signal: AbortSignal): void;
}

const log = createLogger('keys');

/**
 * A dispatcher for `doc`. Prefer `keyDispatchFor`, which gives every part of Redline the same
 * one; a second dispatcher on the same document means a second call per key.
 */
export function createKeyDispatch(doc: Document): KeyDispatch {
  const everywhere = new Set<KeyListener>();
  const within = new Map<EventTarget, Set<KeyListener>>();
  let attached = false;

  const run = (fn: KeyListener, event: KeyboardEvent) => {
    try {
      fn(event);
    } catch (error) {
      // One failing part must not keep the key from the others.
      log.error('key listener failed', { error: (error as Error | null)?.name ?? 'unknown' });
    }
  };

  const runWithin = (at: EventTarget, event: KeyboardEvent) => {
    const fns = within.get(at);
    if (fns) for (const fn of fns) run(fn, event);
  };

  const onKeyDown = (event: Event) => {
    const key = event as KeyboardEvent;
    for (const fn of everywhere) run(fn, key);
    if (within.size === 0) return;
    const target = event.target;
    // The usual case: the CSM types in the one watched body, which is the event's target.
    if (within.size === 1 && target && within.has(target)) return runWithin(target, key);
    // Outermost first, as capture listeners on the path would run.
    const path = event.composedPath();
    for (let i = path.length - 1; i >= 0; i--) runWithin(path[i]!, key);
  };

  // Listeners are attached and removed by hand, not through an AbortSignal: an iframe's
  // document is another realm, where this realm's signal may be refused as a listener option.
  const update = () => {
    const wanted = everywhere.size > 0 || within.size > 0;
    if (wanted === attached) return;
    attached = wanted;
    if (wanted) doc.addEventListener('keydown', onKeyDown, true);
    else doc.removeEventListener('keydown', onKeyDown, true);
  };

  const until = (signal: AbortSignal, remove: () => void) => {
    signal.addEventListener(
      'abort',
      () => {
        remove();
        update();
      },
      { once: true },
    );
  };

  return {
    onKey(listener, signal) {
      if (signal.aborted) return;
      const fn: KeyListener = (event) => listener(event); // the same function twice is two subscriptions
      everywhere.add(fn);
      until(signal, () => everywhere.delete(fn));
      update();
    },
    onKeyIn(el, listener, signal) {
      if (signal.aborted) return;
      const fn: KeyListener = (event) => listener(event);
      let fns = within.get(el);
      if (!fns) within.set(el, (fns = new Set()));
      fns.add(fn);
      until(signal, () => {
        fns.delete(fn);
        if (fns.size === 0 && within.get(el) === fns) within.delete(el);
      });
      update();
    },
  };
}

/**
 * Whether a key went into an editing host (the element a contenteditable region's keys are
 * aimed at): there Enter and Space are text, never the activation of a control. One attribute
 * read, so a space typed in a body skips the control lookups.
 */
export function isEditingHost(target: EventTarget | null): boolean {
  const el = target as Element | null;
  if (!el || el.nodeType !== 1) return false;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

const dispatchers = new WeakMap<Document, KeyDispatch>();

/** The one dispatcher of `doc`, made on first use. */
export function keyDispatchFor(doc: Document): KeyDispatch {
  let dispatch = dispatchers.get(doc);
  if (!dispatch) dispatchers.set(doc, (dispatch = createKeyDispatch(doc)));
  return dispatch;
}
