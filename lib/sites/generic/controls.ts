// Send and Discard, told apart by what a person hears a screen reader say (the accessible name)
// against localised label lists kept as data, or by a team's own selectors.
import { normalizeLabel } from '@/lib/sites/dom/normalize-label';
import type { CompiledSet } from './compiled-set';

export type ControlKind = 'send' | 'discard';

/** The accessible name, near enough: aria-label, aria-labelledby, value, text, title. */
export function accessibleName(el: Element): string {
  const label = el.getAttribute('aria-label');
  if (label) return normalizeLabel(label);
  const labelledBy = el.getAttribute('aria-labelledby');
  if (labelledBy) {
    const doc = el.ownerDocument;
    const text = labelledBy
      .split(/\s+/)
      .map((id) => doc.getElementById(id)?.textContent ?? '')
      .join(' ');
    if (normalizeLabel(text)) return normalizeLabel(text);
  }
  if (el.localName === 'input') return normalizeLabel((el as HTMLInputElement).value);
  const text = normalizeLabel(el.textContent);
  return text || normalizeLabel(el.getAttribute('title'));
}

function matchesLabel(name: string, labels: readonly string[]): boolean {
  const lower = name.toLocaleLowerCase();
  for (const label of labels) {
    if (!lower.startsWith(label)) continue;
    const next = lower.charAt(label.length);
    // "Send" and "Send email" yes, "Sending…" and "Sender" no.
    if (next === '' || !/\p{L}/u.test(next)) return true;
  }
  return false;
}

export function controlKind(el: Element, set: CompiledSet): ControlKind | null {
  if (set.send && el.matches(set.send)) return 'send';
  if (set.discard && el.matches(set.discard)) return 'discard';
  if (!el.matches(set.controls)) return null;
  const name = accessibleName(el);
  if (!name) return null;
  if (matchesLabel(name, set.notSendLabels)) return null;
  if (matchesLabel(name, set.sendLabels)) return 'send';
  if (matchesLabel(name, set.discardLabels)) return 'discard';
  return null;
}

/** The first Send control under `root`, outside `body`. */
export function findControl(
  root: Element,
  body: Element,
  kind: ControlKind,
  set: CompiledSet,
): Element | null {
  for (const el of root.querySelectorAll(set.controls)) {
    if (!body.contains(el) && controlKind(el, set) === kind) return el;
  }
  return null;
}
