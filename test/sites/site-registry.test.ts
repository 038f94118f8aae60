// @vitest-environment jsdom
// The site meta-test: every site Redline captures on is registered once, with an adapter that
// says it is that site, a selector set whose every constant matches saved markup of that site,
// host matches the background accepts, and end-to-end specs that walk the flows every site
// must support. It walks the registry, so a new site is checked the day it is added.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertCaptureSender } from '@/lib/background/sender-check';
import { registeredSites, SITE_REGISTRY, type SiteEntry } from '@/lib/sites/site-registry';
import { fixtureNames, parseFixture } from './site-fixtures';

const ROOT = process.cwd();
const sites = registeredSites();

/** Flows every site's end-to-end specs must have, found in their test titles. */
const FLOWS: Record<string, RegExp> = {
  approve: /\bapprove\b/i,
  edit: /\bedit\b/i,
  'reject (rewrite)': /rewrite/i,
  discard: /discard/i,
  'typed by hand': /typed by hand/i,
  'refused send': /refused send/i,
  'undo send': /undo send/i,
};

function specTitles(prefixes: readonly string[]): string[] {
  const dir = join(ROOT, 'test/e2e');
  const titles: string[] = [];
  for (const file of readdirSync(dir).filter(
    (f) => prefixes.some((prefix) => f.startsWith(`${prefix}-`)) && f.endsWith('.spec.ts'),
  )) {
    const text = readFileSync(join(dir, file), 'utf8');
    for (const match of text.matchAll(/\btest\(\s*(['"`])(.+?)\1/gs)) titles.push(match[2]!);
  }
  return titles;
}

function selectorConstants(modules: SiteEntry['selectors']): Array<[string, string]> {
  return modules.flatMap((module) =>
    Object.entries(module).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

describe('site registry', () => {
  it('holds the sites Redline ships with', () => {
    expect(Object.keys(SITE_REGISTRY)).toEqual(
      expect.arrayContaining(['gmail', 'outlook', 'gainsight', 'generic', 'demo']),
    );
  });

  it('has a registered site for every content-script entrypoint', () => {
    const entrypoints = readdirSync(join(ROOT, 'entrypoints'))
      .filter((name) => name.endsWith('.content'))
      .map((name) => name.replace(/\.content$/, ''));
    expect(entrypoints.length).toBeGreaterThan(0);
    for (const site of entrypoints) expect(Object.keys(SITE_REGISTRY), site).toContain(site);
  });
});

describe.each(sites)('site %s', (site, entry: SiteEntry) => {
  const folder = entry.fixtures ?? site;
  const fixtures = fixtureNames(folder);
  const documents = new Map(fixtures.map((name) => [name, parseFixture(folder, name)]));

  it('has an adapter that names this site', () => {
    expect(entry.createAdapter({ requireTrusted: false }).site).toBe(site);
  });

  it('has saved, dated fixtures that say where they come from', () => {
    expect(fixtures.length).toBeGreaterThan(0);
    const dated = fixtures.filter((name) => /^\d{4}-\d\d-\d\d-/.test(name));
    expect(dated.length).toBeGreaterThan(0);
    for (const name of dated) {
      const head = readFileSync(join(ROOT, 'test/fixtures', folder, name), 'utf8').slice(0, 2000);
      expect(head, name).toMatch(/<!--[\s\S]*(written|reconstructed|capture)[\s\S]*-->/i);
    }
  });

  it('has every selector constant matching at least one of its fixtures', () => {
    const constants = selectorConstants(entry.selectors);
    expect(constants.length).toBeGreaterThan(5);
    // An editor inside an iframe (CKEditor 4, TinyMCE) is saved as the frame's `srcdoc`.
    const frames = [...documents.values()].flatMap((d) =>
      [...d.querySelectorAll('iframe[srcdoc]')].map((f) =>
        new DOMParser().parseFromString(f.getAttribute('srcdoc') ?? '', 'text/html'),
      ),
    );
    const trees = [...documents.values(), ...frames];
    const unmatched = constants
      .filter(([, selector]) => !trees.some((d) => d.querySelector(selector)))
      .map(([name, selector]) => `${name} = ${selector}`);
    expect(unmatched).toEqual([]);
  });

  it('runs only on hosts whose messages the background accepts for this site', () => {
    for (const pattern of entry.matches) {
      // A wildcard subdomain (`https://*.example.com/*`) stands for any one tenant.
      const origin = pattern.replace(/\/\*$/, '').replace('://*.', '://tenant.');
      expect(existsSync(join(ROOT, 'entrypoints', `${site}.content`)), site).toBe(true);
      expect(() =>
        assertCaptureSender(
          { id: 'me', tab: {}, url: `${origin}/mail/` },
          site,
          'me',
          'chrome-extension://me',
        ),
      ).not.toThrow();
    }
  });

  it('says why for every flow it goes without, and names only known flows', () => {
    for (const [flow, reason] of Object.entries(entry.withoutFlows ?? {})) {
      expect(Object.keys(FLOWS), flow).toContain(flow);
      // A reason is a sentence about this site, not a placeholder.
      expect(reason.split(/\s+/).length, flow).toBeGreaterThan(8);
    }
  });

  it('has end-to-end specs for every flow a site must support', () => {
    const titles = specTitles(entry.specs ?? [site]);
    expect(titles.length, `test/e2e/${site}-*.spec.ts`).toBeGreaterThan(0);
    const missing = Object.entries(FLOWS)
      .filter(([flow]) => !entry.withoutFlows?.[flow])
      .filter(([, pattern]) => !titles.some((title) => pattern.test(title)))
      .map(([flow]) => flow);
    expect(missing).toEqual([]);
  });
});
