import type { CensoredOutline } from '@/lib/log';
import { censorOutline } from './censor-outline';

/**
 * A required element is missing: the site changed its markup. Carries the selector and a
 * censored outline of where we looked (structure only, never text), so the drift can be
 * reported and fixed without anyone seeing an email.
 */
export class SelectorDriftError extends Error {
  override readonly name = 'SelectorDriftError';

  constructor(
    readonly selector: string,
    readonly selectorName: string,
    readonly outline: CensoredOutline,
  ) {
    // The message stays free of the outline: messages end up in generic error logs.
    super(`required selector ${selectorName} matched nothing`);
  }
}

/** Throws {@link SelectorDriftError} when nothing under `root` matches a required selector. */
export function querySelectorOrFail<E extends Element = Element>(
  root: Element | Document,
  selector: string,
  name: string,
): E {
  const found = root.querySelector<E>(selector);
  if (found) return found;
  throw driftError(root, selector, name);
}

export function driftError(
  root: Element | Document,
  selector: string,
  name: string,
): SelectorDriftError {
  const outlineRoot = root.nodeType === 9 ? (root as Document).documentElement : (root as Element);
  return new SelectorDriftError(
    selector,
    name,
    outlineRoot ? censorOutline(outlineRoot) : ('' as CensoredOutline),
  );
}

/** `closest()` for an event target, which may be a text node or not a node at all. */
export function closestFrom(target: EventTarget | null, selector: string): Element | null {
  const node = target as Node | null;
  if (!node || typeof node.nodeType !== 'number') return null;
  const el = node.nodeType === 1 ? (node as Element) : node.parentElement;
  return el ? el.closest(selector) : null;
}
