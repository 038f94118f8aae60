// Where one compose ends. Decided from the body outwards, because the body is the one thing
// every kind of compose has:
// - pop-up and full-screen: the enclosing `[role=dialog]`, if it holds this body only;
// - inline reply / forward and pop-out windows (no dialog): the nearest ancestor of the body
//   that also holds the compose's hidden id inputs. In the 2020 capture that is the cell
//   holding both the `form` (recipients, subject, ids) and the body-and-footer table, so
//   body, fields and Send share it. The climb stops before an ancestor holding a second body,
//   so a drifted compose never swallows its neighbour.
// A body with neither is not a compose (yet): Gmail's settings may reuse the editor (e.g. the
// signature editor; unverified), and a compose may render its fields after its body.
import { COMPOSE_BODY, COMPOSE_DIALOG, COMPOSE_ID_INPUTS } from './selectors';

function holdsOtherBody(el: Element, body: Element): boolean {
  for (const found of el.querySelectorAll(COMPOSE_BODY)) if (found !== body) return true;
  return false;
}

/** The ancestor holding this body's id inputs, or null (drift, or not a compose). */
export function findFieldContainer(body: Element): Element | null {
  const top = body.ownerDocument.documentElement;
  for (let el = body.parentElement; el && el !== top; el = el.parentElement) {
    if (holdsOtherBody(el, body)) return null;
    if (el.querySelector(COMPOSE_ID_INPUTS)) return el;
  }
  return null;
}

export interface ComposeRoot {
  root: Element;
  /** True when the root was found without the id inputs (a dialog alone): worth a drift report. */
  withoutFields: boolean;
}

export function resolveComposeRoot(body: Element): ComposeRoot | null {
  const container = findFieldContainer(body);
  const dialog = body.closest(COMPOSE_DIALOG);
  if (dialog && !holdsOtherBody(dialog, body) && (!container || dialog.contains(container))) {
    return { root: dialog, withoutFields: container === null };
  }
  return container ? { root: container, withoutFields: false } : null;
}
