// The "presending" half of send detection for generic composers, and discard: capture-phase
// listeners on the document (and on each same-origin iframe document holding an editor), so
// the site's own handlers, which may remove the compose, run after Redline has looked. Send is
// a control whose accessible name means send, Ctrl/Cmd+Enter in the compose, or the submit of
// a form holding it. Whether it went is decided later (the compose left or was emptied).
import { isEditingHost, keyDispatchFor } from '@/lib/capture/key-dispatch';
import type { AdapterEvent } from '@/lib/sites/site-adapter';
import type { CompiledSet } from './compiled-set';
import type { GenericCompose } from './compose-handle';
import type { GenericTracker } from './compose-tracker';
import { controlKind } from './controls';
import { eventPath, eventTarget } from './dom-tree';

export interface GenericActionOptions {
  requireTrusted: boolean;
}

type Emit = (event: AdapterEvent) => void;
type Act = (compose: GenericCompose, kind: 'send' | 'discard', via: 'click' | 'keyboard') => void;

const NATIVE_ACTIVATION = new Set(['button', 'input', 'a', 'summary']);

export function createActionListeners(
  tracker: GenericTracker,
  set: CompiledSet,
  act: Act,
  options: GenericActionOptions,
  signal: AbortSignal,
) {
  const accept = (event: Event) => !options.requireTrusted || event.isTrusted;

  /** The send or discard control on the event's path, and the compose it belongs to. */
  const controlOn = (event: Event) => {
    for (const el of eventPath(event)) {
      const kind = controlKind(el, set);
      if (!kind) continue;
      tracker.flush();
      const compose = tracker.composeFor(el);
      if (compose && !compose.body.contains(el)) return { compose, kind, el };
      return null;
    }
    return null;
  };

  const onClick = (event: MouseEvent) => {
    if (!accept(event) || event.button !== 0) return;
    const found = controlOn(event);
    if (found) act(found.compose, found.kind, 'click');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key typed in a body reaches this listener: only Enter and Space can act, so the
    // key is looked at first and the rest of a keystroke costs nothing here.
    const { key } = event;
    if (key !== 'Enter' && key !== ' ') return;
    if (!accept(event) || event.isComposing || event.repeat) return;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && !event.shiftKey && key === 'Enter') {
      const target = eventTarget(event);
      tracker.flush();
      const compose = target ? tracker.composeFor(target) : null;
      if (compose) act(compose, 'send', 'keyboard');
      return;
    }
    if (mod || event.altKey) return;
    // Enter/Space on a `role=button` div activates it without a click; native buttons click.
    // Only a focused control is activated, so the target alone is checked: every space typed
    // in a body would otherwise match the control selectors against the whole event path.
    // Typed into an editor (the usual Space), it is text: no path, no selectors.
    if (isEditingHost(event.target)) return;
    const target = eventTarget(event);
    if (target !== event.target && isEditingHost(target)) return;
    if (!target || NATIVE_ACTIVATION.has(target.localName)) return;
    const kind = controlKind(target, set);
    if (!kind) return;
    tracker.flush();
    const compose = tracker.composeFor(target);
    if (compose && !compose.body.contains(target)) act(compose, kind, 'keyboard');
  };

  const onSubmit = (event: Event) => {
    if (!accept(event)) return;
    const form = eventTarget(event);
    if (!form) return;
    tracker.flush();
    for (const compose of tracker.all()) {
      if (form.contains(compose.anchor)) act(compose, 'send', 'click');
    }
  };

  return {
    listen(doc: Document) {
      // Removed by hand: an iframe's document is another realm, where this realm's AbortSignal
      // may be refused as a listener option.
      const pairs: Array<[string, (event: never) => void]> = [
        ['click', onClick],
        ['submit', onSubmit],
      ];
      // Keys through the document's one dispatcher, shared with the body watch (an iframe's
      // document has its own): one call per key.
      keyDispatchFor(doc).onKey(onKeyDown, signal);
      for (const [type, fn] of pairs) {
        doc.addEventListener(type, fn as EventListener, true);
        signal.addEventListener(
          'abort',
          () => doc.removeEventListener(type, fn as EventListener, true),
          {
            once: true,
          },
        );
      }
    },
  };
}

export type { Emit };
