import { describe, expect, it, vi } from 'vitest';
import { createLogger, scrubFields, type CensoredOutline } from '@/lib/log';

describe('logger', () => {
  it('cuts any long string to its length, so a body passed by mistake never prints', () => {
    const body = 'Dear Ana, the renewal price for 2027 is 48,000 EUR as discussed with your CFO.';
    expect(scrubFields({ id: 'abc', text: body, n: 3, ok: true })).toEqual({
      id: 'abc',
      text: `<${body.length} chars>`,
      n: 3,
      ok: true,
    });
  });

  it('prints a censored outline whole on selector drift', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const outline = 'div[role=dialog]\n  form\n    div[g_editable=true]'.repeat(
      5,
    ) as CensoredOutline;
    createLogger('t').drift('selector stopped matching', { selector: 'SEND' }, outline);
    expect(spy).toHaveBeenCalledWith(
      '[redline:t] selector stopped matching',
      { selector: 'SEND' },
      `\n${outline}`,
    );
  });
});
