import { describe, expect, it } from 'vitest';
import { createRedactor, PHONE_MASK } from '@/lib/privacy/redactor';

const phonesOnly = createRedactor({ emails: false, phones: true, patterns: [] });
const mask = (text: string) => phonesOnly.redact(text);

describe('phone redaction', () => {
  it.each([
    ['US with brackets', 'call +1 (415) 555-2671 now'],
    ['US plain', 'call 415-555-2671 now'],
    ['US dots', 'call 415.555.2671 now'],
    ['UK London', 'call +44 20 7946 0958 now'],
    ['UK national', 'call 020 7946 0958 now'],
    ['Germany', 'call +49 30 1234567 now'],
    ['Germany slash', 'call 030/1234567 now'],
    ['France pairs', 'call 01 23 45 67 89 now'],
    ['Japan', 'call +81 3-1234-5678 now'],
    ['India', 'call +91 98765 43210 now'],
    ['00 prefix', 'call 0046 8 123 456 78 now'],
    ['no-break spaces', 'call +33\u00a01\u00a023\u00a045\u00a067\u00a089 now'],
  ])('masks %s', (_name, input) => {
    expect(mask(input)).toBe(`call ${PHONE_MASK} now`);
  });

  it.each([
    ['an ISO date', 'the QBR is on 2026-11-23 at 10:30'],
    ['a European date', 'renewal on 23.11.2026'],
    ['a short number', 'ticket 12345 and room 4.02'],
    ['a version', 'upgrade to 4.12'],
    ['digits inside a word', 'order ABC1234567XYZ'],
  ])('leaves %s', (_name, input) => {
    expect(mask(input)).toBe(input);
  });

  it('masks numbers written in other scripts and beside emoji', () => {
    expect(mask('📞+49 30 1234567📞')).toBe(`📞${PHONE_MASK}📞`);
    expect(mask('Tel.: +7 495 123-45-67, спасибо')).toBe(`Tel.: ${PHONE_MASK}, спасибо`);
  });

  it('masks two numbers written side by side', () => {
    expect(mask('call 415 555 2671 415 555 2672 now')).toBe(`call ${PHONE_MASK} now`);
    expect(mask('a 12345678901234567890 b')).toBe('a 12345678901234567890 b');
  });

  it('handles a megabyte of digits and separators', () => {
    const text = '1 2-3 (4) 5.6/7 '.repeat(70_000);
    const out = mask(text);
    expect(out.length).toBeLessThan(text.length);
    expect(mask('9'.repeat(1_000_000))).toBe('9'.repeat(1_000_000));
  });
});
