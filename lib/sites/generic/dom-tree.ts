// Walking up a DOM that has open shadow roots and same-origin iframes in it. An editor in a
// shadow root reaches the document's listeners with its host as target, and an editor in an
// iframe lives in another document: both must still belong to the compose around them.

/** The parent across a shadow boundary (a shadow root's host) and out of an iframe document. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) {
    const parent = node.parentNode;
    if (parent.nodeType === 11 && (parent as ShadowRoot).host) return (parent as ShadowRoot).host;
    if (parent.nodeType === 9) return frameOf(parent as Document);
    return parent;
  }
  return null;
}

/** The iframe element in the parent document that shows `doc`, when it is same-origin. */
export function frameOf(doc: Document): Element | null {
  try {
    return doc.defaultView?.frameElement ?? null;
  } catch {
    return null;
  }
}

/** `ancestor.contains(node)`, also through shadow hosts and same-origin frames. */
export function composedContains(ancestor: Node, node: Node | null): boolean {
  for (let n = node; n; n = composedParent(n)) if (n === ancestor) return true;
  return false;
}

/** The element an event really happened on, inside open shadow roots. */
export function eventTarget(event: Event): Element | null {
  const first = event.composedPath?.()[0] ?? event.target;
  const node = first as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  return node.nodeType === 1 ? (node as Element) : node.parentElement;
}

/** Elements on the event's path, innermost first (crossing open shadow roots). */
export function eventPath(event: Event): Element[] {
  const path = event.composedPath?.() ?? [];
  const out: Element[] = [];
  for (const target of path) if ((target as Node).nodeType === 1) out.push(target as Element);
  if (out.length === 0) {
    for (let el = eventTarget(event); el; el = el.parentElement) out.push(el);
  }
  return out;
}

/** `closest()` that continues past shadow roots. */
export function composedClosest(el: Element, selector: string): Element | null {
  for (let n: Node | null = el; n; n = composedParent(n)) {
    if (n.nodeType === 1 && (n as Element).matches(selector)) return n as Element;
  }
  return null;
}
