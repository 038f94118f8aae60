// The "presending" half of send detection, plus discard, for Outlook: capture-phase listeners
// on the document, so Outlook's own handlers (which remove the compose) run after we looked.
// Outlook's controls are real <button>s: a mouse click and Enter/Space on a focused button
// both arrive as one `click` (keyboard ones with `detail` 0), so one listener covers both.
// Whether the send went is decided by the session (compose gone, or still there = refused).
import { keyDispatchFor } from '@/lib/capture/key-dispatch';
import type { AdapterEvent, ComposeHandle } from '@/lib/sites/site-adapter';
import { closestFrom } from '@/lib/sites/dom/query';
import type { ComposeTracker } from './compose-tracker';
import {
  findDiscardButton,
  findMoreSendOptions,
  findSendButton,
  isScheduleSendLabel,
  isSendMenuItem,
} from './controls';
import { MENU_ITEM } from './selectors';

export interface ActionListenerOptions {
  /** Ignore synthetic events (page scripts); tests pass false because jsdom's are untrusted. */
  requireTrusted: boolean;
}

/** How long the send-options menu stays "open" for a schedule choice after it was opened. */
const MENU_WINDOW_MS = 60_000;

export function listenForActions(
  doc: Document,
  tracker: ComposeTracker,
  emit: (event: AdapterEvent) => void,
  options: ActionListenerOptions,
  signal: AbortSignal,
): void {
  // The send-options menu renders outside the compose: remember which compose opened it.
  let sendMenu: { compose: ComposeHandle; button: Element; at: number } | null = null;

  const presend = (compose: ComposeHandle, via: 'click' | 'keyboard', scheduled: boolean) => {
    tracker.presend(compose);
    emit({ type: 'presend', compose, via, scheduled });
  };
  const accept = (event: Event) => !options.requireTrusted || event.isTrusted;

  const onClick = (event: MouseEvent) => {
    if (!accept(event) || event.button !== 0) return;
    const node = event.target as Node | null;
    if (!node || typeof node.nodeType !== 'number') return;
    tracker.flush();
    const via = event.detail === 0 ? 'keyboard' : 'click';
    const compose = tracker.composeFor(node);
    const item = closestFrom(node, MENU_ITEM);
    if (item && !compose?.root.contains(item)) {
      // A menu item outside any compose: a schedule choice if the menu is the one a compose's
      // "More send options" opened (structural: the button's aria-controls names the menu),
      // or, English fallback, the item says "Schedule send".
      const opened = sendMenu;
      sendMenu = null;
      if (!opened?.compose.isConnected() || Date.now() - opened.at > MENU_WINDOW_MS) return;
      if (isSendMenuItem(doc, opened.button, item) || isScheduleSendLabel(item)) {
        presend(opened.compose, via, true);
      }
      return;
    }
    sendMenu = null;
    if (!compose || compose.body.contains(node)) return;
    const button = closestFrom(node, 'button');
    if (!button) return;
    if (findSendButton(compose.root, compose.body) === button) presend(compose, via, false);
    else if (findMoreSendOptions(compose.root, compose.body) === button)
      sendMenu = { compose, button, at: Date.now() };
    else if (findDiscardButton(compose.root, compose.body) === button)
      emit({ type: 'discard-requested', compose });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    if (!accept(event) || event.isComposing || event.repeat || event.altKey || event.shiftKey)
      return;
    const node = event.target as Node | null;
    if (!node) return;
    tracker.flush();
    // Ctrl/Cmd+Enter sends from anywhere in the compose: body, subject or recipients.
    const compose = tracker.composeFor(node);
    if (compose) presend(compose, 'keyboard', false);
  };

  const capture = { capture: true, signal };
  doc.addEventListener('click', onClick, capture);
  // Keys through the document's one dispatcher, shared with the body watch: one call per key.
  keyDispatchFor(doc).onKey(onKeyDown, signal);
}
