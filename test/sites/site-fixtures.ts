// Saved site markup for unit tests, by site: test/fixtures/<site>/*.html. Shared by every
// site's adapter tests and the site meta-test.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AdapterEvent, SiteAdapter } from '@/lib/sites/site-adapter';

// Vitest runs from the project root (jsdom's URL makes import.meta.url awkward here).
export const fixtureDir = (site: string) => join(process.cwd(), 'test/fixtures', site);

export function fixtureNames(site: string): string[] {
  const dir = fixtureDir(site);
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.html')) : [];
}

export function fixtureHtml(site: string, name: string): string {
  return readFileSync(join(fixtureDir(site), name), 'utf8');
}

/** A detached parse of a fixture, for read-only queries. */
export function parseFixture(site: string, name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(site, name), 'text/html');
}

/** Replaces the live jsdom document's content with a fixture's. */
export function loadFixture(site: string, name: string): Document {
  document.documentElement.innerHTML = fixtureHtml(site, name).replace(/^<!doctype html>/i, '');
  return document;
}

/** Starts an adapter on the live document and collects what it emits. */
export function startAdapter(adapter: SiteAdapter) {
  const controller = new AbortController();
  const events: AdapterEvent[] = [];
  adapter.start(document, (event) => events.push(event), controller.signal);
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
