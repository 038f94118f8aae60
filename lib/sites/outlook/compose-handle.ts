import type { ComposeHandle, ComposedText } from '@/lib/sites/site-adapter';
import { readText } from '@/lib/sites/dom/read-text';
import { resolveComposeRoot } from './compose-root';
import { readRecipients } from './recipients';
import {
  NESTED_HISTORY,
  QUOTE_CONTAINER,
  QUOTE_START,
  SIGNATURE,
  SIGNATURE_2024,
  SUBJECT_INPUT_ID,
  SUBJECT_INPUT_LABELLED,
} from './selectors';

const TEXT_OPTIONS = {
  quoteSelector: `${QUOTE_CONTAINER}, ${NESTED_HISTORY}`,
  quoteFromSelector: QUOTE_START,
  signatureSelector: `${SIGNATURE}, ${SIGNATURE_2024}`,
};

export function readOutlookBody(body: Element): ComposedText {
  return readText(body, TEXT_OPTIONS);
}

function subjectOf(root: Element): string {
  const input =
    root.querySelector<HTMLInputElement>(SUBJECT_INPUT_ID) ??
    root.querySelector<HTMLInputElement>(SUBJECT_INPUT_LABELLED);
  return input?.value ?? '';
}

export function createOutlookComposeHandle(
  key: string,
  body: HTMLElement,
  initialRoot: Element,
): ComposeHandle {
  let currentRoot = initialRoot;
  const root = (): Element => {
    // A compose can be moved within the page (reading pane to full view): follow the body.
    if (!currentRoot.contains(body)) currentRoot = resolveComposeRoot(body) ?? currentRoot;
    return currentRoot;
  };
  return {
    key,
    body,
    get root() {
      return root();
    },
    readBody: () => readOutlookBody(body),
    // Optional: an inline reply has no subject field; the thread's subject applies.
    readSubject: () => subjectOf(root()),
    readRecipients: () => readRecipients(root(), body),
    isConnected: () => body.isConnected,
  };
}
