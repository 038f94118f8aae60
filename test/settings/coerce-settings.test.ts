import { describe, expect, it } from 'vitest';
import { coerceSettings } from '@/lib/settings/coerce-settings';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';

describe('coerceSettings', () => {
  it('nothing stored gives the defaults', () => {
    expect(coerceSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('a partial site switch merges over the defaults', () => {
    const { settings } = coerceSettings({ paused: true, sites: { gmail: false } });
    expect(settings.paused).toBe(true);
    expect(settings.sites).toEqual({ ...DEFAULT_SETTINGS.sites, gmail: false });
  });

  it('one damaged field falls back alone and is named', () => {
    const { settings, invalid } = coerceSettings({
      paused: true,
      thresholds: { rejectBelowRetention: 7 },
      abandonAfterHours: 'soon',
    });
    expect(settings.paused).toBe(true);
    expect(settings.thresholds).toEqual(DEFAULT_SETTINGS.thresholds);
    expect(settings.abandonAfterHours).toBe(DEFAULT_SETTINGS.abandonAfterHours);
    expect(invalid.sort()).toEqual(['abandonAfterHours', 'thresholds']);
  });
});
