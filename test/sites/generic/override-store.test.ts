// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { coerceSettings } from '@/lib/settings/coerce-settings';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { coerceSelectorOverrides } from '@/lib/sites/generic/coerce-overrides';
import { readOverrideProblems, saveSelectorOverride } from '@/lib/sites/generic/override-store';
import { createSelectorSource } from '@/lib/sites/generic/selector-source';
import { GAINSIGHT_SELECTORS } from '@/lib/sites/gainsight/selectors';

const CRM = 'https://crm.example.com';
const DAMAGED = {
  gainsight: { bodies: ['div[[broken'] },
  demo: { bodys: ['.x'] },
  'https://help.example.com': 'not an object',
  [CRM]: { send: ['button.go'] },
};

describe('stored selector overrides, one site at a time', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps the good entries and names each damaged one with why', () => {
    const { overrides, problems } = coerceSelectorOverrides(DAMAGED);
    expect(overrides).toEqual({ [CRM]: { send: ['button.go'] } });
    expect(problems.map(({ siteKey, message }) => ({ siteKey, message }))).toEqual([
      { siteKey: 'gainsight', message: 'bodies.0: not a valid CSS selector' },
      { siteKey: 'demo', message: expect.stringMatching(/^Unknown field bodys: the fields/) },
      { siteKey: 'https://help.example.com', message: expect.stringMatching(/^the override: /) },
    ]);
    expect(problems[0]!.stored).toEqual({ bodies: ['div[[broken'] });
  });

  it('says so when the overrides are not a map of sites at all', () => {
    expect(coerceSelectorOverrides(['x'])).toEqual({
      overrides: {},
      problems: [expect.objectContaining({ siteKey: '*' })],
    });
    expect(coerceSelectorOverrides(undefined)).toEqual({ overrides: {}, problems: [] });
  });

  it('settings keep every good override when one is damaged', () => {
    const { settings, invalid } = coerceSettings({ selectorOverrides: DAMAGED, paused: true });
    expect(settings.selectorOverrides).toEqual({ [CRM]: { send: ['button.go'] } });
    expect(invalid).toEqual([
      'selectorOverrides.gainsight',
      'selectorOverrides.demo',
      'selectorOverrides.https://help.example.com',
    ]);
    expect(settings.paused).toBe(true);
  });

  it('a content script applies its own good override beside a damaged one', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, selectorOverrides: DAMAGED as never });
    const settings = await readSettings();
    const crm = createSelectorSource(CRM, GAINSIGHT_SELECTORS);
    crm.update(settings);
    expect(crm.current().send).toEqual(['button.go']);
    const gainsight = createSelectorSource('gainsight', GAINSIGHT_SELECTORS);
    gainsight.update(settings);
    expect(gainsight.current()).toBe(GAINSIGHT_SELECTORS);
  });

  it('saving one site keeps the others as stored, damaged ones still reported', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, selectorOverrides: DAMAGED as never });
    expect(await saveSelectorOverride(CRM, '{ "send": ["button.other"] }')).toEqual({ ok: true });
    const stored = (await settingsItem.getValue()).selectorOverrides as Record<string, unknown>;
    expect(stored).toEqual({ ...DAMAGED, [CRM]: { send: ['button.other'] } });
    expect((await readOverrideProblems()).map((p) => p.siteKey)).toEqual([
      'gainsight',
      'demo',
      'https://help.example.com',
    ]);
  });

  it('a bad override is refused with words and nothing is saved for it', async () => {
    expect(await saveSelectorOverride('gainsight', '{ "roots": [""] }')).toEqual({
      ok: false,
      message: 'roots.0: a selector is empty',
    });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('fixing a damaged entry clears its report; removing one takes it away', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, selectorOverrides: DAMAGED as never });
    await saveSelectorOverride('gainsight', '{ "bodies": [".email-body"] }');
    await saveSelectorOverride('demo', '');
    await saveSelectorOverride('https://help.example.com', '');
    expect(await readOverrideProblems()).toEqual([]);
    expect((await readSettings()).selectorOverrides).toEqual({
      gainsight: { bodies: ['.email-body'] },
      [CRM]: { send: ['button.go'] },
    });
  });
});
