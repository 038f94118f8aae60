// Which editable elements are e-mail bodies. Structural first (the set's body selectors), then
// filtered: never a "not a body" element (Quill's clipboard, recipient fields), never one inside
// another editable (an editor's inner islands belong to the outer editor), never Redline's own
// marks. An editor in a same-origin iframe (CKEditor 4, TinyMCE) is the iframe document's body.
import type { CompiledSet } from './compiled-set';
import { CONTENTEDITABLE } from './selectors';

const OWN_UI = 'redline-ui, redline-badge';

export function isBody(el: Element, set: CompiledSet): boolean {
  if (!set.bodies || !el.matches(set.bodies)) return false;
  if (set.notBodies && el.matches(set.notBodies)) return false;
  if (el.closest(OWN_UI)) return false;
  if (el.localName === 'textarea') return true;
  const parent = el.parentElement;
  // The outermost editable only; `contenteditable=false` islands inside it are not bodies.
  return !parent || !parent.closest(CONTENTEDITABLE);
}

/** The editable body of a same-origin iframe (designMode or an editable `<body>`), if any. */
export function frameBody(frame: HTMLIFrameElement, set: CompiledSet): HTMLElement | null {
  let doc: Document | null = null;
  try {
    doc = frame.contentDocument;
  } catch {
    return null; // cross-origin: not ours to read
  }
  const body = doc?.body;
  if (!doc || !body) return null;
  if (doc.designMode === 'on') return body;
  return isBody(body, set) ? body : null;
}

/** Bodies at or under `el` in its own tree (not inside shadow roots or frames). */
export function bodiesUnder(el: Element | Document | ShadowRoot, set: CompiledSet): Element[] {
  if (!set.bodies) return [];
  const found: Element[] = [];
  if (el.nodeType === 1 && isBody(el as Element, set)) found.push(el as Element);
  for (const candidate of el.querySelectorAll(set.bodies)) {
    if (isBody(candidate, set)) found.push(candidate);
  }
  return found;
}

/** Open shadow roots and iframes at or under `el`, to be searched and observed too. */
export function nestedTrees(el: Element | Document | ShadowRoot): {
  shadows: ShadowRoot[];
  frames: HTMLIFrameElement[];
} {
  const shadows: ShadowRoot[] = [];
  const frames: HTMLIFrameElement[] = [];
  const visit = (node: Element) => {
    if (node.shadowRoot) shadows.push(node.shadowRoot);
    if (node.localName === 'iframe') frames.push(node as HTMLIFrameElement);
  };
  if (el.nodeType === 1) visit(el as Element);
  for (const node of el.querySelectorAll('*')) visit(node);
  return { shadows, frames };
}
