// @vitest-environment jsdom
// Meta-test: every selector constant still matches a saved fixture, so a selector nobody can
// check against real markup does not sit in selectors.ts unnoticed. Constants documented as
// newer-Gmail-only must match one of the dated (2026+) fixtures.
import { describe, expect, it } from 'vitest';
import * as selectors from '@/lib/sites/gmail/selectors';
import { ALL_FIXTURES, NEW_FIXTURES, parseFixture } from './harness';

const constants = Object.entries(selectors).filter(
  (entry): entry is [string, string] => typeof entry[1] === 'string',
);
const documents = new Map(ALL_FIXTURES.map((name) => [name, parseFixture(name)]));

function fixturesMatching(selector: string, names: readonly string[]): string[] {
  return names.filter((name) => documents.get(name)!.querySelector(selector) !== null);
}

describe('Gmail selectors against the fixtures', () => {
  it('has constants and fixtures to check', () => {
    expect(constants.length).toBeGreaterThan(10);
    expect(NEW_FIXTURES).toHaveLength(6);
  });

  it.each(constants)('%s matches a fixture', (name, selector) => {
    const pool = selectors.NEWER_GMAIL_ONLY.has(name) ? NEW_FIXTURES : ALL_FIXTURES;
    expect(fixturesMatching(selector, pool), `${name} = ${selector}`).not.toEqual([]);
  });

  it('lists only existing constants as newer-only, and they are absent from the 2020 capture', () => {
    const names = new Set(constants.map(([name]) => name));
    for (const name of selectors.NEWER_GMAIL_ONLY) {
      expect(names.has(name), name).toBe(true);
      const selector = (selectors as unknown as Record<string, string>)[name]!;
      expect(fixturesMatching(selector, ['gmail-compose-2020.html']), name).toEqual([]);
    }
  });

  it('finds no compose body in the 2014 thread list and one in the 2020 capture', () => {
    const count = (name: string) =>
      documents.get(name)!.querySelectorAll(selectors.COMPOSE_BODY).length;
    expect(count('gmail-2014-thread-list-no-compose.html')).toBe(0);
    expect(count('gmail-compose-2020.html')).toBe(1);
  });
});
