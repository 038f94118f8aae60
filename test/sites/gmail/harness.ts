// Test helpers for the Gmail adapter: load a saved fixture into jsdom's document, start the
// adapter with untrusted events allowed (jsdom's events are untrusted), collect what it emits.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterEvent } from '@/lib/sites/site-adapter';
import { createGmailAdapter, type GmailAdapterOptions } from '@/lib/sites/gmail/gmail-adapter';

// Vitest runs from the project root (jsdom's URL makes import.meta.url awkward here).
const FIXTURE_DIR = join(process.cwd(), 'test/fixtures/gmail/');

export const FIXTURES = {
  compose2020: 'gmail-compose-2020.html',
  threadList2014: 'gmail-2014-thread-list-no-compose.html',
  newCompose: '2026-11-23-new-compose-new-to-field.html',
  inlineReply: '2026-11-23-inline-reply-quote-signature.html',
  twoComposes: '2026-11-23-two-composes.html',
  threadWithReply: '2026-12-02-thread-with-customer-reply.html',
  threadLocalised: '2026-12-02-thread-localised-dates.html',
  sentNotice: '2026-12-02-new-mail-sent-notice.html',
} as const;

export const NEW_FIXTURES = readdirSync(FIXTURE_DIR).filter((f) =>
  /^\d{4}-\d\d-\d\d-.*\.html$/.test(f),
);
export const ALL_FIXTURES = readdirSync(FIXTURE_DIR).filter((f) => f.endsWith('.html'));

export function fixtureHtml(name: string): string {
  return readFileSync(FIXTURE_DIR + name, 'utf8');
}

/** A detached parse of a fixture, for read-only queries. */
export function parseFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** Replaces the live jsdom document's content with a fixture's. */
export function loadFixture(name: string): Document {
  document.documentElement.innerHTML = fixtureHtml(name).replace(/^<!doctype html>/i, '');
  return document;
}

export function startGmail(options: GmailAdapterOptions = { requireTrusted: false }) {
  const controller = new AbortController();
  const events: AdapterEvent[] = [];
  createGmailAdapter(options).start(document, (event) => events.push(event), controller.signal);
  return {
    events,
    controller,
    of<T extends AdapterEvent['type']>(type: T) {
      return events.filter((e): e is Extract<AdapterEvent, { type: T }> => e.type === type);
    },
  };
}

/** Lets the MutationObserver deliver its records. */
export const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

export function byId(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`fixture has no #${id}`);
  return el;
}

/** What a real click on a Gmail button dispatches: mouseup, then click. */
export function clickLikeUser(el: EventTarget) {
  el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true, button: 0 }));
  el.dispatchEvent(new MouseEvent('click', { bubbles: true, button: 0 }));
}

export function keydown(el: Element, init: KeyboardEventInit) {
  el.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
}

/** The 2020 capture's Send button: the div[role=button] whose tooltip begins "Send". */
export function sendButtonOf(root: ParentNode): HTMLElement {
  const found = [...root.querySelectorAll<HTMLElement>('div[role="button"][data-tooltip]')].find(
    (el) => el.getAttribute('data-tooltip')?.startsWith('Send'),
  );
  if (!found) throw new Error('no Send button in fixture');
  return found;
}
