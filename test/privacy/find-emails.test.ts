import { describe, expect, it } from 'vitest';
import { createRedactor, EMAIL_MASK } from '@/lib/privacy/redactor';

const emailsOnly = createRedactor({ emails: true, phones: false, patterns: [] });
const mask = (text: string) => emailsOnly.redact(text);

describe('e-mail redaction', () => {
  it.each([
    ['plain', 'write to ana@example.com today', `write to ${EMAIL_MASK} today`],
    ['angle brackets', 'Ana Lima <ana.lima@example.co.uk>', `Ana Lima <${EMAIL_MASK}>`],
    ['mailto link', 'mailto:ana+quotes@example.com?subject=hi', `mailto:${EMAIL_MASK}?subject=hi`],
    ['sentence end', 'Reach me at bo@example.org.', `Reach me at ${EMAIL_MASK}.`],
    ['in parentheses', '(ops-team@corp.example.io)', `(${EMAIL_MASK})`],
    ['quoted header', '> From: "X" <x_y@sub.mail.example.com>', `> From: "X" <${EMAIL_MASK}>`],
    ['unicode local part', 'χρήστης@παράδειγμα.ελ', EMAIL_MASK],
    ['IDN domain', 'josé@bücher.de and 用户@例子.广告', `${EMAIL_MASK} and ${EMAIL_MASK}`],
    ['punycode domain', 'a@xn--bcher-kva.de', EMAIL_MASK],
    ['specials', "o'brien!#$%&*=?^`{|}~@example.com", EMAIL_MASK],
    ['two in a row', 'a@b.co,c@d.co;e@f.co', `${EMAIL_MASK},${EMAIL_MASK};${EMAIL_MASK}`],
    ['next to emoji', '😀ana@example.com😀', `😀${EMAIL_MASK}😀`],
  ])('masks an address: %s', (_name, input, expected) => {
    expect(mask(input)).toBe(expected);
  });

  it.each([
    ['a handle', 'ping @ana on chat'],
    ['no domain dot', 'user@localhost'],
    ['one-letter top level', 'a@b.c'],
    ['no local part', 'just @example.com'],
    ['price at', '3 @ $5 each'],
  ])('leaves text that is not an address: %s', (_name, input) => {
    expect(mask(input)).toBe(input);
  });

  it('never splits a surrogate pair, even next to a lone half of an emoji', () => {
    const lone = '\uD83D'; // a high surrogate with no partner, as a cut subject can end
    const out = mask(`${lone}ana@example.com\uDE00 x`);
    expect(out).toBe(`${lone}${EMAIL_MASK}\uDE00 x`);
    expect(mask('ana@example.com😀'.slice(0, -1))).toBe(`${EMAIL_MASK}\uD83D`);
  });

  it('handles a megabyte of text with thousands of "@" in linear time', () => {
    const chunk = 'lorem ipsum @ dolor sit amet ana@example.com ';
    const text = chunk.repeat(Math.ceil(1_000_000 / chunk.length));
    const out = mask(text);
    expect(out).not.toContain('ana@example.com');
    expect(out.split(EMAIL_MASK).length - 1).toBe(Math.ceil(1_000_000 / chunk.length));
    // The worst case for a naive regex: a megabyte of local-part letters and then an "@".
    expect(mask(`${'a'.repeat(1_000_000)}@`)).toBe(`${'a'.repeat(1_000_000)}@`);
  });
});
