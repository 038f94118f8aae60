// Finds generic composes and notices when they leave. One MutationObserver per tree: the
// document, every open shadow root and every same-origin iframe document that holds or may
// hold an editor. Records inside a known body (typing) are dropped first; bodies are looked
// for only in added subtrees; removals trigger a sweep of the tracked composes.
import type { CompiledSet } from './compiled-set';
import { createGenericCompose, type GenericCompose } from './compose-handle';
import { resolveRoot } from './compose-root';
import { composedContains, eventTarget } from './dom-tree';
import { bodiesUnder, frameBody, nestedTrees } from './find-bodies';

export interface GenericTrackerCallbacks {
  found(compose: GenericCompose): void;
  gone(compose: GenericCompose): void;
  /** A same-origin iframe document came into view: its own key and click listeners are needed. */
  frameDocument(doc: Document): void;
}

export interface GenericTracker {
  flush(): void;
  composeFor(node: Node): GenericCompose | null;
  all(): GenericCompose[];
  sweep(): void;
  /** The compose was sent or discarded but stays on the page (emptied or hidden): a new one. */
  retire(compose: GenericCompose): void;
}

export function createGenericTracker(
  doc: Document,
  set: CompiledSet,
  callbacks: GenericTrackerCallbacks,
  signal: AbortSignal,
): GenericTracker {
  const live = new Map<Element, GenericCompose>();
  const observers: MutationObserver[] = [];
  const trees = new WeakSet<Node>();
  const frames = new WeakSet<Element>();

  const track = (body: Element, anchor: Element) => {
    if (live.has(body) || signal.aborted) return;
    const root = resolveRoot(anchor, body, set);
    const key = `gen:${crypto.randomUUID()}`;
    const compose = createGenericCompose(key, body as HTMLElement, anchor, root, set);
    live.set(body, compose);
    callbacks.found(compose);
  };

  const sweep = () => {
    for (const [body, compose] of live) {
      if (compose.isConnected()) continue;
      live.delete(body);
      callbacks.gone(compose);
    }
  };

  const checkFrame = (frame: HTMLIFrameElement) => {
    sweep();
    const body = frameBody(frame, set);
    const frameDoc = body?.ownerDocument;
    if (body) track(body, frame);
    else {
      try {
        if (frame.contentDocument?.documentElement) observeTree(frame.contentDocument);
      } catch {
        return; // cross-origin
      }
    }
    if (frameDoc && !trees.has(frameDoc)) {
      trees.add(frameDoc);
      callbacks.frameDocument(frameDoc);
    }
  };

  const watchFrame = (frame: HTMLIFrameElement) => {
    if (frames.has(frame)) return;
    frames.add(frame);
    // CKEditor 4 and TinyMCE write the editor document after the iframe is inserted.
    frame.addEventListener('load', () => checkFrame(frame), { signal });
    checkFrame(frame);
  };

  const scan = (el: Element | Document | ShadowRoot) => {
    for (const body of bodiesUnder(el, set)) track(body, body);
    const nested = nestedTrees(el);
    for (const shadow of nested.shadows) observeTree(shadow);
    for (const frame of nested.frames) watchFrame(frame);
  };

  const insideKnownBody = (node: Node) => {
    for (const body of live.keys()) if (body.contains(node)) return true;
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
    for (const el of added) if (el.isConnected) scan(el);
  };

  function observeTree(tree: Document | ShadowRoot) {
    if (trees.has(tree) || signal.aborted) return;
    trees.add(tree);
    const view = (tree.nodeType === 9 ? (tree as Document) : tree.ownerDocument)?.defaultView;
    const Observer = view?.MutationObserver ?? MutationObserver;
    const observer = new Observer(process);
    observer.observe(tree, { childList: true, subtree: true });
    observers.push(observer);
    scan(tree);
  }

  // An editor inside a shadow root attached after its host was added is found when focused:
  // focus events cross shadow boundaries, and composedPath() names the real element.
  doc.addEventListener(
    'focusin',
    (event) => {
      const target = eventTarget(event);
      const tree = target?.getRootNode();
      if (tree && tree.nodeType === 11 && !trees.has(tree)) observeTree(tree as ShadowRoot);
    },
    { capture: true, signal },
  );

  if (!signal.aborted) {
    trees.add(doc);
    const observer = new (doc.defaultView?.MutationObserver ?? MutationObserver)(process);
    observer.observe(doc.documentElement, { childList: true, subtree: true });
    observers.push(observer);
    scan(doc);
    signal.addEventListener('abort', () => observers.forEach((o) => o.disconnect()), {
      once: true,
    });
  }

  return {
    flush: () => {
      if (signal.aborted) return;
      for (const observer of observers) process(observer.takeRecords());
    },
    composeFor(node) {
      let best: GenericCompose | null = null;
      for (const compose of live.values()) {
        if (!composedContains(compose.root, node)) continue;
        if (!best || composedContains(best.root, compose.root)) best = compose;
      }
      return best;
    },
    all: () => [...live.values()],
    sweep,
    retire(compose) {
      if (live.get(compose.body) !== compose) return;
      live.delete(compose.body);
      callbacks.gone(compose);
      if (compose.isConnected()) track(compose.body, compose.anchor);
    },
  };
}
