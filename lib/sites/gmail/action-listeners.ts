// The "presending" half of send detection, plus discard: capture-phase listeners on the
// document, so Gmail's own handlers (which may remove the compose) run after we have looked.
// Gmail's buttons act on mouseup, and a compose removed during mouseup gets no click on its
// button, so both are watched and de-duplicated. Whether the send went through is decided
// later by the session (compose gone, or still there = refused).
import { isEditingHost, keyDispatchFor } from '@/lib/capture/key-dispatch';
import type { AdapterEvent, ComposeHandle } from '@/lib/sites/site-adapter';
import { closestFrom } from '@/lib/sites/dom/query';
import type { ComposeTracker } from './compose-tracker';
import { findDiscardButton, findSendButton, scheduleSendItemFrom } from './controls';
import { BUTTON, MENU_ITEM } from './selectors';

export interface ActionListenerOptions {
  /** Ignore synthetic events (page scripts); tests pass false because jsdom's are untrusted. */
  requireTrusted: boolean;
}

type Via = 'click' | 'keyboard';
const PAIR_WINDOW_MS = 400;
const CONTROL = `${BUTTON}, ${MENU_ITEM}`;

export function listenForActions(
  doc: Document,
  tracker: ComposeTracker,
  emit: (event: AdapterEvent) => void,
  options: ActionListenerOptions,
  signal: AbortSignal,
): void {
  // The schedule-send menu can render outside the compose root; it belongs to the compose the
  // user last acted in.
  let lastActive: ComposeHandle | null = null;
  // A mouse press on a Gmail button gives a mouseup and then a click: one gesture, one event.
  // Only that pairing is folded; a second press on Send later (after a refused send) counts.
  let lastMouseup: { target: EventTarget | null; at: number } | null = null;

  const presend = (compose: ComposeHandle, via: Via, scheduled: boolean) =>
    emit({ type: 'presend', compose, via, scheduled });
  const discard = (compose: ComposeHandle) => emit({ type: 'discard-requested', compose });

  const soleCompose = (): ComposeHandle | null => {
    const all = tracker.all();
    return all.length === 1 ? (all[0] ?? null) : null;
  };

  /** Activation of whatever control `target` is in: a click, or Enter/Space on it. */
  const activate = (target: EventTarget | null, via: Via) => {
    const node = target as Node | null;
    if (!node || typeof node.nodeType !== 'number') return;
    tracker.flush();
    const compose = tracker.composeFor(node);
    if (compose) lastActive = compose;
    const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    if (el && scheduleSendItemFrom(el)) {
      const owner = compose ?? (lastActive?.isConnected() ? lastActive : soleCompose());
      if (owner) presend(owner, via, true);
      return;
    }
    if (!compose || compose.body.contains(node)) return;
    const button = closestFrom(node, BUTTON);
    if (!button) return;
    if (findSendButton(compose.root, compose.body) === button) presend(compose, via, false);
    else if (findDiscardButton(compose.root, compose.body) === button) discard(compose);
  };

  // Menus keep focus on the menu and point at the highlighted item (aria-activedescendant).
  const activeItem = (node: Node | null): Element | null => {
    const id =
      node?.nodeType === 1 ? (node as Element).getAttribute('aria-activedescendant') : null;
    return id ? doc.getElementById(id) : null;
  };

  const accept = (event: Event) => !options.requireTrusted || event.isTrusted;

  const onPointer = (event: MouseEvent) => {
    if (!accept(event) || event.button !== 0) return;
    const now = Date.now();
    if (event.type === 'mouseup') {
      lastMouseup = { target: event.target, at: now };
    } else if (lastMouseup?.target === event.target && now - lastMouseup.at <= PAIR_WINDOW_MS) {
      lastMouseup = null;
      return;
    }
    activate(event.target, 'click');
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // Every key typed in a compose comes here: without Ctrl/Cmd only Enter and Space can act,
    // so a typed character is done with after two comparisons.
    const mod = event.ctrlKey || event.metaKey;
    if (!mod && event.key !== 'Enter' && event.key !== ' ') return;
    if (!accept(event) || event.isComposing || event.repeat) return;
    const node = event.target as Node | null;
    if (mod && !event.altKey && !event.shiftKey && event.key === 'Enter') {
      tracker.flush();
      const compose = node ? tracker.composeFor(node) : null;
      // Ctrl/Cmd+Enter sends from anywhere in the compose: body, subject or recipients.
      if (compose) presend(compose, 'keyboard', false);
    } else if (mod && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'd') {
      // Gmail's "Discard draft (Ctrl-Shift-D)" shortcut, advertised in the button's tooltip.
      tracker.flush();
      const compose = node ? tracker.composeFor(node) : null;
      if (compose) discard(compose);
    } else if (!mod && !event.altKey && (event.key === 'Enter' || event.key === ' ')) {
      // Only on a focused control: typing Enter or Space in a field is not an activation. In
      // the body (an editing host pointing at no menu item) it is text: no lookup at all.
      if (isEditingHost(node) && !activeItem(node)) return;
      const control = closestFrom(activeItem(node) ?? node, CONTROL);
      if (control) activate(control, 'keyboard');
    }
  };

  const capture = { capture: true, signal };
  doc.addEventListener('mouseup', onPointer, capture);
  doc.addEventListener('click', onPointer, capture);
  // Keys through the document's one dispatcher, shared with the body watch: one call per key.
  keyDispatchFor(doc).onKey(onKeyDown, signal);
}
