// Which editable textboxes are compose bodies, and where one compose ends. Outlook renders the
// To / Cc fields as contenteditable textboxes too, and the reading pane shows received mail
// with the body's own label (read-only): a body is a textbox inside `#editorParent_N`, or —
// when a build drops that container — one labelled "Message body…" that is not a recipient
// field. The compose root is found from the body outwards: the nearest ancestor that also
// holds a Send button, stopping before one that holds a second body, so an inline reply never
// swallows the reading pane's other composes.
import {
  BODY_LABELLED,
  EDITABLE_TEXTBOX,
  EDITOR_PARENT,
  READING_PANE_BODY,
  SEND_ANY,
} from './selectors';

/** Candidates a mutation scan looks for; {@link isComposeBody} decides. */
export const BODY_CANDIDATE = EDITABLE_TEXTBOX;

export function isComposeBody(el: Element): boolean {
  if (!el.matches(EDITABLE_TEXTBOX) || el.closest(READING_PANE_BODY)) return false;
  if (el.parentElement?.closest(EDITOR_PARENT)) return true;
  return el.matches(BODY_LABELLED);
}

export function findBodies(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(BODY_CANDIDATE)].filter(isComposeBody);
}

function holdsOtherBody(el: Element, body: Element): boolean {
  for (const found of el.querySelectorAll(BODY_CANDIDATE)) {
    if (found !== body && !body.contains(found) && isComposeBody(found)) return true;
  }
  return false;
}

/** The compose root of `body`, or null while no Send is rendered (or the markup drifted). */
export function resolveComposeRoot(body: Element): Element | null {
  const top = body.ownerDocument.documentElement;
  for (let el = body.parentElement; el && el !== top; el = el.parentElement) {
    if (holdsOtherBody(el, body)) return null;
    for (const send of el.querySelectorAll(SEND_ANY)) if (!body.contains(send)) return el;
  }
  return null;
}
