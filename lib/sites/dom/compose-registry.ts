// What every site's compose tracker shares: the tracked composes keyed by their body, the
// MutationObserver loop that feeds a site's scan, the sweep of composes that left, and the
// lookups the action listeners use. A site says only how it finds bodies in added subtrees and
// what it remembers of a compose that leaves. Typing mutates a body on every key, so records
// inside a tracked body are dropped before anything else looks at a batch.
import type { SelectorDriftError } from './query';

export interface TrackedCompose {
  root: Element;
  body: Element;
}

/** The lookups every site's tracker offers its action listeners. */
export interface TrackerLookups<C> {
  /** Processes mutations not yet delivered, so an event handler sees composes added this task. */
  flush(): void;
  /** The innermost tracked compose whose root holds `node`. */
  composeFor(node: Node): C | null;
  all(): C[];
}

export interface TrackerCallbacks<C> {
  found(compose: C): void;
  gone(compose: C): void;
  drift(error: SelectorDriftError): void;
}

export interface ComposeRegistryOptions<C extends TrackedCompose> {
  gone(compose: C): void;
  /** One batch's added elements (connected or not) after the sweep; `removed`: anything left. */
  added(elements: Element[], removed: boolean): void;
  /** Whether a tracked compose left the page (default: its body is no longer connected). */
  hasLeft?(compose: C): boolean;
  /** What the site remembers of a compose as it leaves (before `gone`), e.g. its remount key. */
  leaving?(compose: C): void;
  /** Nodes besides tracked bodies whose mutations are typing too (e.g. bodies not yet tracked). */
  alsoTyping?(node: Node): boolean;
  /** `outer` holds `inner` (default Node.contains; across shadow roots for generic composers). */
  contains?(outer: Node, inner: Node): boolean;
}

export interface ComposeRegistry<C extends TrackedCompose> extends TrackerLookups<C> {
  has(body: Element): boolean;
  get(body: Element): C | undefined;
  /** Tracks `compose` under its body; the caller announces it (found) when it is ready. */
  add(compose: C): void;
  /** Stops tracking `compose` without the sweep's `leaving` step; true when it was tracked. */
  remove(compose: C): boolean;
  size(): number;
  /** Starts a MutationObserver on `tree` (childList, subtree), disconnected when aborted. */
  observe(tree: Node): void;
  sweep(): void;
}

export function createComposeRegistry<C extends TrackedCompose>(
  options: ComposeRegistryOptions<C>,
  signal: AbortSignal,
): ComposeRegistry<C> {
  const live = new Map<Element, C>();
  const observers: MutationObserver[] = [];
  const contains = options.contains ?? ((outer: Node, inner: Node) => outer.contains(inner));
  const hasLeft = options.hasLeft ?? ((compose: C) => !compose.body.isConnected);
  signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), { once: true });

  const typing = (node: Node) => {
    for (const body of live.keys()) if (body.contains(node)) return true;
    return options.alsoTyping?.(node) ?? false;
  };

  const sweep = () => {
    for (const [body, compose] of live) {
      if (!hasLeft(compose)) continue;
      options.leaving?.(compose);
      live.delete(body);
      options.gone(compose);
    }
  };

  const process = (records: MutationRecord[]) => {
    let removed = false;
    const added: Element[] = [];
    for (const record of records) {
      if (typing(record.target)) continue;
      if (record.removedNodes.length > 0) removed = true;
      for (const node of record.addedNodes) if (node.nodeType === 1) added.push(node as Element);
    }
    if (removed) sweep();
    options.added(added, removed);
  };

  return {
    has: (body) => live.has(body),
    get: (body) => live.get(body),
    add: (compose) => void live.set(compose.body, compose),
    remove: (compose) => live.get(compose.body) === compose && live.delete(compose.body),
    size: () => live.size,
    observe(tree) {
      if (signal.aborted) return;
      const doc = tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument;
      const Observer = doc?.defaultView?.MutationObserver ?? MutationObserver;
      const observer = new Observer(process);
      observer.observe(tree, { childList: true, subtree: true });
      observers.push(observer);
    },
    sweep,
    flush() {
      if (signal.aborted) return;
      for (const observer of observers) process(observer.takeRecords());
    },
    composeFor(node) {
      let best: C | null = null;
      for (const compose of live.values()) {
        if (!contains(compose.root, node)) continue;
        if (!best || contains(best.root, compose.root)) best = compose;
      }
      return best;
    },
    all: () => [...live.values()],
  };
}

/** Reports each drifted selector once per page, and nothing after the capture stopped. */
export function reportDriftOnce(
  report: (error: SelectorDriftError) => void,
  signal: AbortSignal,
): (error: SelectorDriftError) => void {
  const reported = new Set<string>();
  return (error) => {
    if (signal.aborted || reported.has(error.selector)) return;
    reported.add(error.selector);
    report(error);
  };
}
