// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { coerceSettings } from '@/lib/settings/coerce-settings';
import { createSelectorSource } from '@/lib/sites/generic/selector-source';
import { parseSelectorOverride } from '@/lib/sites/generic/selector-set';
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';

describe('selector overrides', () => {
  it('accepts fields it knows, each a list of valid selectors', () => {
    expect(parseSelectorOverride('{"bodies": [".my-editor"], "send": ["button.go"]}')).toEqual({
      ok: true,
      value: { bodies: ['.my-editor'], send: ['button.go'] },
    });
  });

  it('refuses bad input with a message in words', () => {
    expect(parseSelectorOverride('{bodies')).toMatchObject({
      ok: false,
      message: /^Not valid JSON/,
    });
    expect(parseSelectorOverride('{"bodies": ["div[[x"]}')).toEqual({
      ok: false,
      message: 'bodies.0: not a valid CSS selector',
    });
    expect(parseSelectorOverride('{"bodys": [".x"]}')).toMatchObject({
      ok: false,
      message: /^Unknown field bodys: the fields are bodies, notBodies/,
    });
    expect(parseSelectorOverride('{"send": ".x"}')).toMatchObject({ ok: false, message: /^send:/ });
    expect(parseSelectorOverride('{"send": [""]}')).toMatchObject({ ok: false, message: /empty/ });
  });

  it('an override replaces only the fields it names, for its own site', () => {
    const source = createSelectorSource('https://crm.example.com', DEFAULT_GENERIC_SELECTORS);
    source.update({
      selectorOverrides: {
        'https://crm.example.com': { send: ['button.go'] },
        gainsight: { bodies: ['.x'] },
      },
    });
    expect(source.current()).toEqual({ ...DEFAULT_GENERIC_SELECTORS, send: ['button.go'] });
    source.update({ selectorOverrides: {} });
    expect(source.current()).toBe(DEFAULT_GENERIC_SELECTORS);
  });

  it('settings keep enabled sites and overrides; a damaged field falls back alone', () => {
    const { settings, invalid } = coerceSettings({
      enabledSites: ['https://crm.example.com', 'javascript:alert(1)'],
      selectorOverrides: { gainsight: { bodies: ['.x'] } },
      paused: true,
    });
    expect(invalid).toEqual(['enabledSites']);
    expect(settings.enabledSites).toEqual([]);
    expect(settings.selectorOverrides).toEqual({ gainsight: { bodies: ['.x'] } });
    expect(settings.paused).toBe(true);
  });
});
