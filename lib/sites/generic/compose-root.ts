// Where one generic compose ends, decided from the body (or the iframe showing it) outwards:
// the nearest dialog or form that holds no other body; else the nearest ancestor that holds a
// Send control; else a few levels up. The climb never takes in a second body, so composers
// kept side by side (Zendesk keeps every open ticket's composer in the DOM) stay apart.
import type { CompiledSet } from './compiled-set';
import { findControl } from './controls';
import { composedParent } from './dom-tree';
import { bodiesUnder, frameBody } from './find-bodies';

const FALLBACK_LEVELS = 6;

function holdsOtherBody(el: Element, anchor: Element, set: CompiledSet): boolean {
  for (const body of bodiesUnder(el, set)) {
    if (body !== anchor && !anchor.contains(body)) return true;
  }
  for (const frame of el.querySelectorAll('iframe')) {
    if (frame !== anchor && frameBody(frame, set)) return true;
  }
  return false;
}

/**
 * The compose root for a body. `anchor` is the body itself, or the iframe element when the body
 * is an iframe's document body; the root is always an element around the anchor, never inside
 * an editor, so Redline's badge can sit in it.
 */
export function resolveRoot(anchor: Element, body: Element, set: CompiledSet): Element {
  let fallback: Element | null = null;
  let level = 0;
  for (let n = composedParent(anchor); n && n.nodeType === 1; n = composedParent(n)) {
    const el = n as Element;
    if (el.localName === 'body' || el.localName === 'html') break;
    if (holdsOtherBody(el, anchor, set)) break;
    if (set.roots && el.matches(set.roots)) return el;
    if (findControl(el, body, 'send', set)) return el;
    if (level++ < FALLBACK_LEVELS) fallback = el;
  }
  return fallback ?? anchor.parentElement ?? anchor;
}
