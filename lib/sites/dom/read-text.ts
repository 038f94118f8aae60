// Reads an editable body as a person sees it, without innerText: jsdom has none, and we want
// one result in every browser and in tests. The word diff runs on this text, so what matters
// is words and line structure, not pixel-exact layout. Iterative walk and array joins keep a
// 1 MB body fast. Not handled (rare in composers): `<pre>` and CSS white-space, CSS-only
// display changes (only the inline `display:none` and the `hidden` attribute are seen).
import type { ComposedText } from '@/lib/sites/site-adapter';
import { createLineBuilder, type LineBuilder } from './line-builder';

// Elements that start and end a line (the HTML rendering section's block-level defaults).
const BLOCKS = new Set(
  (
    'address article aside blockquote caption center dd details dialog dir div dl dt fieldset ' +
    'figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr legend li main menu nav ' +
    'ol pre section summary table tbody tfoot thead tr ul'
  ).split(' '),
);
const CELLS = new Set(['td', 'th']);
const NEVER_RENDERED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title']);
const DISPLAY_NONE = /display\s*:\s*none/i;

export interface ReadTextOptions {
  /** Elements holding quoted history; their text goes to `quoted`. */
  quoteSelector?: string;
  /**
   * Markers where quoted history starts without wrapping it (Outlook's `#appendonsend`): from
   * the first one met, everything to the end of the body goes to `quoted`, even from inside a
   * signature (older Outlook mail wraps the history in its signature).
   */
  quoteFromSelector?: string;
  /** Elements holding the automatic signature; their text goes to `signature`. */
  signatureSelector?: string;
}

function isHidden(el: Element): boolean {
  if (NEVER_RENDERED.has(el.localName) || el.hasAttribute('hidden')) return true;
  const style = el.getAttribute('style');
  return style !== null && DISPLAY_NONE.test(style);
}

export function readText(root: Element, options: ReadTextOptions = {}): ComposedText {
  const { quoteSelector, quoteFromSelector, signatureSelector } = options;
  const main = createLineBuilder();
  let quote: LineBuilder | undefined;
  let signature: LineBuilder | undefined;
  let out = main;
  // Set-aside regions currently open, innermost last; only the outermost one switches output.
  const regions: Array<{ el: Element; previous: LineBuilder }> = [];

  const openRegion = (el: Element, target: LineBuilder) => {
    out.softBreak();
    target.softBreak();
    regions.push({ el, previous: out });
    out = target;
  };

  const enter = (el: Element) => {
    const tag = el.localName;
    if (tag === 'br') return out.hardBreak();
    if (quoteFromSelector && out !== quote && el.matches(quoteFromSelector)) {
      // No region to close: the rest of the walk is history.
      out.softBreak();
      regions.length = 0;
      out = quote ??= createLineBuilder();
    } else if (out === main && quoteSelector && el.matches(quoteSelector)) {
      openRegion(el, (quote ??= createLineBuilder()));
    } else if (out === main && signatureSelector && el.matches(signatureSelector)) {
      openRegion(el, (signature ??= createLineBuilder()));
    }
    if (tag === 'p') out.paragraphGap();
    else if (BLOCKS.has(tag)) out.softBreak();
    else if (CELLS.has(tag)) out.text(' ');
  };

  const leave = (el: Element) => {
    const tag = el.localName;
    if (tag === 'p') out.paragraphGap();
    else if (BLOCKS.has(tag)) out.softBreak();
    else if (CELLS.has(tag)) out.text(' ');
    const region = regions[regions.length - 1];
    if (region && region.el === el) {
      out.softBreak();
      out = region.previous;
      regions.pop();
    }
  };

  /** Handles one node; true when the walk should descend into its children. */
  const visit = (node: Node): boolean => {
    if (node.nodeType === 3) {
      out.text(node.nodeValue ?? '');
      return false;
    }
    if (node.nodeType !== 1) return false;
    const el = node as Element;
    if (isHidden(el)) return false;
    enter(el);
    if (el.firstChild) return true;
    leave(el);
    return false;
  };

  let node: Node | null = root.firstChild;
  while (node) {
    if (visit(node)) {
      node = node.firstChild;
      continue;
    }
    while (node && !node.nextSibling) {
      node = node.parentNode;
      if (!node || node === root) node = null;
      else leave(node as Element);
    }
    if (node) node = node.nextSibling;
  }

  const result: ComposedText = { text: main.result() };
  if (signature) result.signature = signature.result();
  if (quote) result.quoted = quote.result();
  return result;
}
