// Finds generic composes and notices when they leave. One MutationObserver per tree: the
// document, every open shadow root and every same-origin iframe document that holds or may
// hold an editor. Records inside a known body (typing) are dropped first; bodies are looked
// for only in added subtrees; removals trigger a sweep of the tracked composes.
import { createComposeRegistry, type TrackerLookups } from '@/lib/sites/dom/compose-registry';
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

export interface GenericTracker extends TrackerLookups<GenericCompose> {
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
  const trees = new WeakSet<Node>();
  const frames = new WeakSet<Element>();
  const registry = createComposeRegistry<GenericCompose>(
    {
      gone: callbacks.gone,
      hasLeft: (compose) => !compose.isConnected(),
      contains: composedContains,
      added: (elements) => {
        for (const el of elements) if (el.isConnected) scan(el);
      },
    },
    signal,
  );
  const sweep = registry.sweep;

  const track = (body: Element, anchor: Element) => {
    if (registry.has(body) || signal.aborted) return;
    const root = resolveRoot(anchor, body, set);
    const key = `gen:${crypto.randomUUID()}`;
    const compose = createGenericCompose(key, body as HTMLElement, anchor, root, set);
    registry.add(compose);
    callbacks.found(compose);
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

  function observeTree(tree: Document | ShadowRoot) {
    if (trees.has(tree) || signal.aborted) return;
    trees.add(tree);
    registry.observe(tree);
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
    registry.observe(doc.documentElement);
    scan(doc);
  }

  return {
    flush: registry.flush,
    composeFor: registry.composeFor,
    all: registry.all,
    sweep,
    retire(compose) {
      if (!registry.remove(compose)) return;
      callbacks.gone(compose);
      if (compose.isConnected()) track(compose.body, compose.anchor);
    },
  };
}
