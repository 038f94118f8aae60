import { isSubstantial, MIN_DRAFT_CHARS, TYPING_GRACE_MS } from './arrival-rules';

export type BodySignal =
  /**
   * A substantial text arrived without typing: pasted (its text is the draft, whatever the
   * compose held before), or inserted by a tool (the draft is what the compose then holds).
   */
  | { type: 'arrival'; via: 'paste'; text: string }
  | { type: 'arrival'; via: 'insertion' }
  /** The body changed in any way (typing, a grammar fix, a small paste). */
  | { type: 'changed' }
  /** A trusted keystroke or click in the body, for active time. */
  | { type: 'act'; keystroke: boolean }
  | { type: 'blur' };

export interface BodyWatchOptions {
  requireTrusted: boolean;
}

const TEXT_KEYS = /^(.|Backspace|Delete|Enter|Tab)$/u;

/**
 * Watches one compose body. Cheap on the hot path: a keystroke costs a timestamp; the body's
 * text is measured only when a mutation batch arrives with no keystroke just before it.
 */
export function watchBody(
  body: HTMLElement,
  emit: (signal: BodySignal) => void,
  { requireTrusted }: BodyWatchOptions,
  signal: AbortSignal,
): void {
  const trusted = (event: Event) => event.isTrusted || !requireTrusted;
  let lastKeyAt = -Infinity;
  let pasted: string | null = null;
  // Listeners come off by hand, not through `signal`: a body in an iframe lives in another
  // realm, and an AbortSignal from this one is refused there by some DOM implementations.
  const listen = <E extends Event = KeyboardEvent>(type: string, handler: (event: E) => void) => {
    const fn = handler as (event: Event) => void;
    body.addEventListener(type, fn, true);
    signal.addEventListener('abort', () => body.removeEventListener(type, fn, true), {
      once: true,
    });
  };

  listen('keydown', (event) => {
    if (!trusted(event) || event.isComposing) return;
    lastKeyAt = performance.now();
    const { key, ctrlKey, metaKey, altKey } = event as KeyboardEvent;
    // Shortcuts (Ctrl/Cmd+Enter to send among them) are acts, not typing.
    emit({ type: 'act', keystroke: !ctrlKey && !metaKey && !altKey && TEXT_KEYS.test(key) });
  });
  listen('mousedown', (event) => trusted(event) && emit({ type: 'act', keystroke: false }));
  listen('blur', () => emit({ type: 'blur' }));
  listen('paste', (event) => {
    if (!trusted(event)) return;
    const text = (event as unknown as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    pasted = isSubstantial(text) ? text : null;
    emit({ type: 'act', keystroke: false });
  });

  const changedBy = (added: number, text: () => string) => {
    if (pasted !== null) {
      emit({ type: 'arrival', via: 'paste', text: pasted });
      pasted = null;
      return;
    }
    // Typing never reads the body: the check below runs only for keystroke-free changes, and
    // measures the change itself, not the whole (possibly huge) body.
    const typing = performance.now() - lastKeyAt < TYPING_GRACE_MS;
    if (!typing && added >= MIN_DRAFT_CHARS && isSubstantial(text())) {
      emit({ type: 'arrival', via: 'insertion' });
      return;
    }
    emit({ type: 'changed' });
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

  const view = body.ownerDocument.defaultView ?? window;
  const observer = new view.MutationObserver((records) =>
    changedBy(textAdded(records), () => body.textContent ?? ''),
  );
  observer.observe(body, {
    childList: true,
    subtree: true,
    characterData: true,
    characterDataOldValue: true,
  });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
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
