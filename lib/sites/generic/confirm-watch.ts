// The second half of send (and discard) detection for composers that do not leave the page:
// a helpdesk reply box is emptied after send, a dialog may be hidden instead of removed. For a
// short while after Send, the compose is checked a few times a second; a keystroke in it means
// the CSM is still writing (the send was refused) and ends the watch.
import { keyDispatchFor } from '@/lib/capture/key-dispatch';
import type { GenericCompose } from './compose-handle';
import type { GenericTracker } from './compose-tracker';

export const CONFIRM_WATCH_MS = 20_000;
const CHECK_EVERY_MS = 250;

function hidden(el: Element): boolean {
  const check = (el as Element & { checkVisibility?: () => boolean }).checkVisibility;
  return typeof check === 'function' ? !check.call(el) : false;
}

export function createConfirmWatch(tracker: GenericTracker, signal: AbortSignal) {
  const watching = new Map<GenericCompose, () => void>();

  const stop = (compose: GenericCompose) => {
    watching.get(compose)?.();
    watching.delete(compose);
  };

  return {
    watch(compose: GenericCompose) {
      stop(compose);
      const started = Date.now();
      const timer = setInterval(() => {
        if (signal.aborted || Date.now() - started > CONFIRM_WATCH_MS) return stop(compose);
        if (!compose.isConnected()) {
          stop(compose);
          tracker.sweep();
        } else if (hidden(compose.anchor) || compose.readBody().text === '') {
          stop(compose);
          tracker.retire(compose);
        }
      }, CHECK_EVERY_MS);
      // Through the body's document dispatcher: no extra call per key while the watch is on.
      const keys = new AbortController();
      keyDispatchFor(compose.body.ownerDocument).onKeyIn(
        compose.body,
        (event) => {
          if (!event.ctrlKey && !event.metaKey) stop(compose);
        },
        keys.signal,
      );
      watching.set(compose, () => {
        clearInterval(timer);
        keys.abort();
      });
    },
    stopAll() {
      for (const compose of [...watching.keys()]) stop(compose);
    },
  };
}
