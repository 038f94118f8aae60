// Keys that stay the same for the same Gmail draft within the page. Preference: the draft id
// (survives undo-send: the compose comes back with it), then the compose id, then a generated
// key kept on the body element. A compose first seen before Gmail assigned its draft id gets a
// fallback key; the id it has when it leaves the DOM (after send) is remembered as an alias,
// so when undo brings the draft back under that id, it maps to the key the session knows.
import { COMPOSE_ID_INPUT, DRAFT_ID_INPUT } from './selectors';

// Kept per page, not per adapter start: a restarted adapter must hand out the same keys.
const generatedKeys = new WeakMap<Element, string>();

function inputValue(root: Element, selector: string): string {
  const value = root.querySelector<HTMLInputElement>(selector)?.value?.trim() ?? '';
  // Before its first save Gmail leaves the draft id empty or the string "undefined".
  return value === 'undefined' || value === 'null' ? '' : value;
}

export function readDraftId(root: Element): string {
  return inputValue(root, DRAFT_ID_INPUT);
}

export interface ComposeKeys {
  /** The key for a compose just found; never one of `liveKeys` (held by open composes). */
  keyFor(body: Element, root: Element, liveKeys: ReadonlySet<string>): string;
  /** Records the compose's current draft id as an alias of its key. */
  remember(root: Element, key: string): void;
}

export function createComposeKeys(): ComposeKeys {
  const draftAliases = new Map<string, string>();

  const generated = (body: Element): string => {
    let key = generatedKeys.get(body);
    if (!key) {
      key = `gen:${crypto.randomUUID()}`;
      generatedKeys.set(body, key);
    }
    return key;
  };

  return {
    keyFor(body, root, liveKeys) {
      const draftId = readDraftId(root);
      const composeId = inputValue(root, COMPOSE_ID_INPUT);
      const candidates = [
        draftId ? (draftAliases.get(draftId) ?? `draft:${draftId}`) : '',
        composeId ? `compose:${composeId}` : '',
      ];
      const key = candidates.find((k) => k && !liveKeys.has(k)) ?? generated(body);
      if (draftId && !draftAliases.has(draftId)) draftAliases.set(draftId, key);
      return key;
    },
    remember(root, key) {
      const draftId = readDraftId(root);
      if (draftId && !draftAliases.has(draftId)) draftAliases.set(draftId, key);
    },
  };
}
