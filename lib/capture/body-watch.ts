import { isSubstantial, MIN_DRAFT_CHARS, TYPING_GRACE_MS } from './arrival-rules';
import { keyDispatchFor } from './key-dispatch';

export type BodySignal =
  /**
   * A substantial text arrived without typing: pasted (its text is the draft, whatever the
   * compose held before), or inserted by a tool (the draft is what the compose then holds).
   */
  | { type: 'arrival'; via: 'paste'; text: string }
  | { type: 'arrival'; via: 'insertion' }
  /** The body changed in any way (typing, a grammar fix, a small paste). */
  | { type: 'changed' }
  /**
   * A trusted keystroke or click in the body, for active time. A keystroke (`keystroke: true`)
   * is also a change: typing reports itself, so no observer callback runs per key.
   */
  | { type: 'act'; keystroke: boolean }
  | { type: 'blur' };

export interface BodyWatchOptions {
  requireTrusted: boolean;
}

const TEXT_KEYS = /^(.|Backspace|Delete|Enter|Tab)$/u;

/**
 * While the CSM types, the body is watched for structure only (nodes added or removed), not
 * for text-node edits: typing edits a text node on every key, and each observer callback in a
 * content script's isolated world costs more than the rest of a keystroke's work. Full
 * watching resumes after this long without a keystroke: a pause between words is shorter, so
 * a burst of typing costs one timer, not one per key.
 */
export const TYPING_QUIET_MS = 1_000;

const WATCH_ALL: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  characterDataOldValue: true,
};
const WATCH_STRUCTURE: MutationObserverInit = { childList: true, subtree: true };
// The signals sent on every key, made once: the hot path allocates nothing.
const KEYSTROKE: BodySignal = Object.freeze({ type: 'act', keystroke: true });
const ACT: BodySignal = Object.freeze({ type: 'act', keystroke: false });
const CHANGED: BodySignal = Object.freeze({ type: 'changed' });

/**
 * Watches one compose body. Cheap on the hot path: a keystroke costs a timestamp and no timer
 * or observer callback; the body's text is measured only when a mutation batch arrives with no
 * keystroke just before it. What typing mode leaves unseen is a change made only inside existing
 * text nodes within a second of a keystroke: it counts as an edit (the keystroke reports the
 * change), not as an arrival. Insert buttons and templates add nodes, which are still seen.
 */
export function watchBody(
  body: HTMLElement,
  emit: (signal: BodySignal) => void,
  { requireTrusted }: BodyWatchOptions,
  signal: AbortSignal,
): void {
  const trusted = (event: Event) => event.isTrusted || !requireTrusted;
  // Times are Date.now(), a V8 builtin: performance.now() is a DOM call, and from a content
  // script's isolated world it cost about as much per key as the rest of the keystroke's work.
  let lastKeyAt = -Infinity;
  let pasted: string | null = null;
  let typing = false;
  const view = body.ownerDocument.defaultView ?? window;
  // Listeners come off by hand, not through `signal`: a body in an iframe lives in another
  // realm, and an AbortSignal from this one is refused there by some DOM implementations.
  const listen = <E extends Event = MouseEvent>(type: string, handler: (event: E) => void) => {
    const fn = handler as (event: Event) => void;
    body.addEventListener(type, fn, true);
    signal.addEventListener('abort', () => body.removeEventListener(type, fn, true), {
      once: true,
    });
  };

  // A text field has no observer: its value changes arrive as input events.
  let observer: MutationObserver | null = null;
  const watchAll = () => {
    typing = false;
    if (!signal.aborted) observer?.observe(body, WATCH_ALL);
  };
  const quietCheck = () => {
    const left = lastKeyAt + TYPING_QUIET_MS - Date.now();
    if (left > 0) setTimeout(quietCheck, left);
    else watchAll();
  };

  // Keys come through the document's one dispatcher: every key typed in the body is a call into
  // this isolated world, and the send detection needs the same key.
  keyDispatchFor(body.ownerDocument).onKeyIn(
    body,
    (event) => {
      if (!trusted(event) || event.isComposing) return;
      lastKeyAt = Date.now();
      const { key, ctrlKey, metaKey, altKey } = event;
      // Shortcuts (Ctrl/Cmd+Enter to send among them) are acts, not typing.
      const keystroke = !ctrlKey && !metaKey && !altKey && TEXT_KEYS.test(key);
      emit(keystroke ? KEYSTROKE : ACT);
      if (keystroke && !typing && observer) {
        typing = true;
        observer.observe(body, WATCH_STRUCTURE);
        setTimeout(quietCheck, TYPING_QUIET_MS);
      }
    },
    signal,
  );
  listen('mousedown', (event) => trusted(event) && emit(ACT));
  listen('blur', () => emit({ type: 'blur' }));
  listen<ClipboardEvent>('paste', (event) => {
    if (!trusted(event)) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    pasted = isSubstantial(text) ? text : null;
    // A paste is measured from its mutation: watch everything again at once.
    if (typing) watchAll();
    emit(ACT);
  });

  const changedBy = (added: number, text: () => string) => {
    if (pasted !== null) {
      emit({ type: 'arrival', via: 'paste', text: pasted });
      pasted = null;
      return;
    }
    // Typing never reads the body: the check below runs only for keystroke-free changes, and
    // measures the change itself, not the whole (possibly huge) body.
    const justTyped = Date.now() - lastKeyAt < TYPING_GRACE_MS;
    if (!justTyped && added >= MIN_DRAFT_CHARS && isSubstantial(text())) {
      emit({ type: 'arrival', via: 'insertion' });
      return;
    }
    emit(CHANGED);
  };

  if (body.localName === 'textarea' || body.localName === 'input') {
    // A text field's value is not in the DOM: its changes come as input events (a tool that
    // sets the value dispatches one, or the page's own framework would not see it either).
    const field = body as HTMLTextAreaElement;
    let length = field.value.length;
    listen('input', () => {
      const grown = field.value.length - length;
      length = field.value.length;
      changedBy(Math.max(0, grown), () => field.value);
    });
    return;
  }

  const watcher = new view.MutationObserver((records) =>
    changedBy(textAdded(records), () => body.textContent ?? ''),
  );
  observer = watcher;
  watcher.observe(body, WATCH_ALL);
  signal.addEventListener('abort', () => watcher.disconnect(), { once: true });
}

/**
 * Characters a mutation batch brought into the body. Gross, not net: a tool that replaces a
 * draft with a new one of the same length still brings in a whole draft.
 */
export function textAdded(records: readonly MutationRecord[]): number {
  let added = 0;
  for (const record of records) {
    if (record.type === 'characterData') {
      const grown = (record.target.textContent?.length ?? 0) - (record.oldValue?.length ?? 0);
      added += Math.max(0, grown);
    } else {
      for (const node of record.addedNodes) added += node.textContent?.length ?? 0;
    }
  }
  return added;
}
