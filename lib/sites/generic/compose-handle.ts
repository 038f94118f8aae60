import type { ComposeHandle, ComposedText } from '@/lib/sites/site-adapter';
import { readText } from '@/lib/sites/dom/read-text';
import { extractEmails } from '@/lib/sites/dom/extract-emails';
import type { CompiledSet } from './compiled-set';
import { composedContains } from './dom-tree';

export interface GenericCompose extends ComposeHandle {
  /** The body, or the iframe element showing it: what sits in the page around the editor. */
  readonly anchor: Element;
}

function isTextField(el: Element): el is HTMLTextAreaElement | HTMLInputElement {
  return el.localName === 'textarea' || el.localName === 'input';
}

function fieldText(el: Element): string {
  return isTextField(el) ? el.value : (el.textContent ?? '');
}

/** A body's text: a textarea's value, or an editor's DOM read as a person sees it. */
export function readGenericBody(body: Element, set: CompiledSet): ComposedText {
  if (isTextField(body)) return { text: body.value.replace(/\r\n?/g, '\n').trim() };
  return readText(body, {
    ...(set.quote ? { quoteSelector: set.quote } : {}),
    ...(set.signature ? { signatureSelector: set.signature } : {}),
  });
}

export function createGenericCompose(
  key: string,
  body: HTMLElement,
  anchor: Element,
  root: Element,
  set: CompiledSet,
): GenericCompose {
  const frame = anchor === body ? null : anchor;
  return {
    key,
    body,
    anchor,
    root,
    readBody: () => readGenericBody(body, set),
    readSubject: () => {
      if (!set.subject) return '';
      for (const el of root.querySelectorAll(set.subject)) {
        const value = fieldText(el).trim();
        if (value) return value;
      }
      return '';
    },
    readRecipients: () => {
      if (!set.recipients) return [];
      const seen = new Set<string>();
      for (const el of root.querySelectorAll(set.recipients)) {
        if (anchor.contains(el)) continue;
        const source = el.getAttribute('data-email') ?? fieldText(el);
        for (const address of extractEmails(source)) seen.add(address);
      }
      return [...seen];
    },
    // An iframe's document outlives its removal from the page as an object: ask the frame.
    isConnected: () =>
      body.isConnected &&
      (!frame ||
        (frame.isConnected && (frame as HTMLIFrameElement).contentDocument === body.ownerDocument)),
    contains: (node) => composedContains(root, node),
  };
}
