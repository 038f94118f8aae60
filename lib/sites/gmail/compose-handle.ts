import type { ComposeHandle, ComposedText } from '@/lib/sites/site-adapter';
import { readText } from '@/lib/sites/dom/read-text';
import { resolveComposeRoot } from './compose-root';
import { readRecipients } from './recipients';
import { threadIdAround } from './thread-view';
import {
  COMPOSE_DIALOG,
  QUOTE,
  SIGNATURE,
  SIGNATURE_PREFIX,
  SUBJECT_HIDDEN_INPUT,
  SUBJECT_INPUT,
} from './selectors';

const TEXT_OPTIONS = {
  quoteSelector: QUOTE,
  signatureSelector: `${SIGNATURE}, ${SIGNATURE_PREFIX}`,
};

function valueOf(root: Element, selector: string): string {
  return root.querySelector<HTMLInputElement>(selector)?.value ?? '';
}

export function createGmailComposeHandle(
  key: string,
  body: HTMLElement,
  initialRoot: Element,
): ComposeHandle {
  let currentRoot = initialRoot;
  const root = (): Element => {
    // Gmail can move a live body to another container (e.g. an inline reply popped out within
    // the page): follow it rather than answer for the old one.
    if (!currentRoot.contains(body)) currentRoot = resolveComposeRoot(body)?.root ?? currentRoot;
    return currentRoot;
  };
  return {
    key,
    body,
    get root() {
      return root();
    },
    readBody: (): ComposedText => readText(body, TEXT_OPTIONS),
    // Optional field: inline replies hide the subjectbox and may leave it empty (the thread's
    // subject applies), so the hidden copy is the fallback, and '' when neither has one.
    readSubject: () => valueOf(root(), SUBJECT_INPUT) || valueOf(root(), SUBJECT_HIDDEN_INPUT),
    readRecipients: () => readRecipients(root(), body),
    isConnected: () => body.isConnected,
    // An inline reply sits in its thread's view; a pop-up mole (new mail) is outside any.
    readThreadId: () => (root().closest(COMPOSE_DIALOG) ? null : threadIdAround(root())),
  };
}
