// Test helpers for the generic adapter: a fixture from test/fixtures/generic/ loaded into jsdom's
// document, with its iframes' documents written from their srcdoc and its declarative shadow
// roots attached (jsdom does neither from innerHTML), and the adapter started on it.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterEvent } from '@/lib/sites/site-adapter';
import { createGenericAdapter } from '@/lib/sites/generic/generic-adapter';
import type { GenericSelectorSet } from '@/lib/sites/generic/selector-set';
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';

const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/generic/');
export const GENERIC_FIXTURES = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));

export function fixtureHtml(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

export function loadFixture(name: string): Document {
  document.documentElement.innerHTML = fixtureHtml(name).replace(/^<!doctype html>/i, '');
  for (const template of document.querySelectorAll<HTMLTemplateElement>(
    'template[shadowrootmode]',
  )) {
    const host = template.parentElement!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(template.content.cloneNode(true));
    template.remove();
  }
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[srcdoc]')) {
    const doc = frame.contentDocument!;
    doc.open();
    doc.write(frame.getAttribute('srcdoc')!);
    doc.close();
  }
  return document;
}

export function startGeneric(selectors: GenericSelectorSet = DEFAULT_GENERIC_SELECTORS) {
  const controller = new AbortController();
  const events: AdapterEvent[] = [];
  createGenericAdapter({
    site: 'generic',
    selectors: () => selectors,
    requireTrusted: false,
  }).start(document, (event) => events.push(event), controller.signal);
  return {
    events,
    controller,
    of<T extends AdapterEvent['type']>(type: T) {
      return events.filter((e): e is Extract<AdapterEvent, { type: T }> => e.type === type);
    },
  };
}

export function click(el: Element) {
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, button: 0 }));
}

export function ctrlEnter(el: Element) {
  el.dispatchEvent(
    new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true, composed: true }),
  );
}
