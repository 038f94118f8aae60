import { checkTeamPatterns } from '../privacy/team-patterns';
import { DOMAIN_PATTERN, TASK_TYPES, type SiteId, type TaskType } from '../review/vocabulary';
import { SettingsSchema, type Settings, type SyncMode } from '../settings/settings-schema';

/** The options form as typed: text where the CSM types, booleans for switches. */
export interface SettingsForm {
  paused: boolean;
  sites: Record<SiteId, boolean>;
  /** Percent, 0-100. */
  rejectBelowRetention: string;
  abandonAfterHours: string;
  recordRecipientAddresses: boolean;
  /** One per line. */
  ownDomains: string;
  /** Per task type, keywords separated by commas. */
  taskTypeRules: Partial<Record<TaskType, string>>;
  redactEmails: boolean;
  redactPhones: boolean;
  /** One pattern per line. */
  redactionPatterns: string;
  syncMode: SyncMode;
  retentionOn: boolean;
  retentionDays: string;
}
export type FormField = keyof SettingsForm;
export type FormErrors = Partial<Record<FormField, string>>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export function toForm(settings: Settings): SettingsForm {
  const rules: Partial<Record<TaskType, string>> = {};
  for (const rule of settings.taskTypeRules) rules[rule.taskType] = rule.keywords.join(', ');
  return {
    paused: settings.paused,
    sites: { ...settings.sites } as Record<SiteId, boolean>,
    rejectBelowRetention: String(Math.round(settings.thresholds.rejectBelowRetention * 1000) / 10),
    abandonAfterHours: String(settings.abandonAfterHours),
    recordRecipientAddresses: settings.recordRecipientAddresses,
    ownDomains: settings.ownDomains.join('\n'),
    taskTypeRules: rules,
    redactEmails: settings.redaction.emails,
    redactPhones: settings.redaction.phones,
    redactionPatterns: settings.redaction.patterns.join('\n'),
    syncMode: settings.syncMode,
    retentionOn: settings.retentionDays !== null,
    retentionDays: String(settings.retentionDays ?? 90),
  };
}

/** A number typed in a field, or NaN (never a silent 0 for an empty or garbled field). */
function numberOf(text: string): number {
  const trimmed = text.trim().replace(',', '.');
  return trimmed === '' ? Number.NaN : Number(trimmed);
}

// Which form field shows the message for an issue at a settings path.
const FIELD_OF: Record<string, FormField> = {
  paused: 'paused',
  sites: 'sites',
  thresholds: 'rejectBelowRetention',
  abandonAfterHours: 'abandonAfterHours',
  recordRecipientAddresses: 'recordRecipientAddresses',
  ownDomains: 'ownDomains',
  taskTypeRules: 'taskTypeRules',
  redaction: 'redactionPatterns',
  syncMode: 'syncMode',
  retentionDays: 'retentionDays',
};

const MESSAGES: Partial<Record<FormField, string>> = {
  rejectBelowRetention: 'Enter a percentage from 0 to 100.',
  abandonAfterHours: 'Enter a number of hours from 1 to 2160 (90 days).',
  retentionDays: 'Enter a whole number of days from 1 to 3650.',
  taskTypeRules: 'Keywords are at most 100 characters, 500 per task type.',
  redactionPatterns: 'At most 20 patterns of at most 200 characters.',
  ownDomains: 'Enter domains such as example.com, one per line.',
};

/**
 * The settings the form describes, or a message per bad field (and then nothing is saved). The
 * shared settings schema has the last word; the checks before it give the words for the CSM.
 */
export function fromForm(
  form: SettingsForm,
  base: Settings,
): { ok: true; settings: Settings } | { ok: false; errors: FormErrors } {
  const errors: FormErrors = {};
  const domains = lines(form.ownDomains).map((d) => d.toLowerCase().replace(/^@/, ''));
  const badDomain = domains.find((d) => !DOMAIN_PATTERN.test(d) || d.length > 253);
  if (badDomain)
    errors.ownDomains = `"${badDomain.slice(0, 60)}" is not a domain such as example.com.`;
  const patterns = lines(form.redactionPatterns);
  const patternError = checkTeamPatterns(patterns);
  if (patternError) errors.redactionPatterns = patternError;
  const taskTypeRules = TASK_TYPES.filter((type) => form.taskTypeRules[type] !== undefined).map(
    (taskType) => ({
      taskType,
      keywords: (form.taskTypeRules[taskType] ?? '')
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    }),
  );
  const candidate = {
    ...base,
    paused: form.paused,
    sites: { ...base.sites, ...form.sites },
    thresholds: {
      ...base.thresholds,
      rejectBelowRetention: numberOf(form.rejectBelowRetention) / 100,
    },
    abandonAfterHours: numberOf(form.abandonAfterHours),
    recordRecipientAddresses: form.recordRecipientAddresses,
    ownDomains: [...new Set(domains)],
    taskTypeRules,
    redaction: { emails: form.redactEmails, phones: form.redactPhones, patterns },
    syncMode: form.syncMode,
    retentionDays: form.retentionOn ? numberOf(form.retentionDays) : null,
  };
  const parsed = SettingsSchema.safeParse(candidate);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = FIELD_OF[String(issue.path[0])];
      if (field && !errors[field]) errors[field] = MESSAGES[field] ?? issue.message;
    }
  }
  if (Object.keys(errors).length > 0 || !parsed.success) return { ok: false, errors };
  return { ok: true, settings: parsed.data };
}
