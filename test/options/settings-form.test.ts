import { describe, expect, it } from 'vitest';
import { fromForm, toForm } from '@/lib/options/settings-form';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';

describe('the options form model', () => {
  it('turns the defaults into a form and back unchanged', () => {
    const result = fromForm(toForm(DEFAULT_SETTINGS), DEFAULT_SETTINGS);
    expect(result).toEqual({ ok: true, settings: DEFAULT_SETTINGS });
  });

  it('reads every field as the CSM typed it', () => {
    const form = {
      ...toForm(DEFAULT_SETTINGS),
      paused: true,
      rejectBelowRetention: '25,5',
      abandonAfterHours: '48',
      ownDomains: 'Example.com\n@corp.example.org\n',
      redactionPatterns: 'ACME-\\d+\n\n(?i)falcon',
      syncMode: 'metrics-only' as const,
      retentionOn: true,
      retentionDays: '30',
      taskTypeRules: { qbr: 'qbr, business review', renewal: '' },
    };
    const result = fromForm(form, DEFAULT_SETTINGS);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.settings).toMatchObject({
      paused: true,
      thresholds: { rejectBelowRetention: 0.255 },
      abandonAfterHours: 48,
      ownDomains: ['example.com', 'corp.example.org'],
      redaction: { emails: true, phones: true, patterns: ['ACME-\\d+', '(?i)falcon'] },
      syncMode: 'metrics-only',
      retentionDays: 30,
      taskTypeRules: [
        { taskType: 'qbr', keywords: ['qbr', 'business review'] },
        { taskType: 'renewal', keywords: [] },
      ],
    });
  });

  it('names every bad field in words and returns no settings', () => {
    const form = {
      ...toForm(DEFAULT_SETTINGS),
      rejectBelowRetention: '130',
      abandonAfterHours: '',
      ownDomains: 'not a domain',
      redactionPatterns: '(a)\\1',
      retentionOn: true,
      retentionDays: '2.5',
    };
    const result = fromForm(form, DEFAULT_SETTINGS);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      rejectBelowRetention: 'Enter a percentage from 0 to 100.',
      abandonAfterHours: 'Enter a number of hours from 1 to 2160 (90 days).',
      ownDomains: '"not a domain" is not a domain such as example.com.',
      redactionPatterns: expect.stringMatching(/^Pattern 1: .*Backreferences/),
      retentionDays: 'Enter a whole number of days from 1 to 3650.',
    });
  });

  it('retention off saves null whatever the days field holds', () => {
    const form = { ...toForm(DEFAULT_SETTINGS), retentionOn: false, retentionDays: 'abc' };
    const result = fromForm(form, DEFAULT_SETTINGS);
    expect(result.ok && result.settings.retentionDays).toBeNull();
  });
});
