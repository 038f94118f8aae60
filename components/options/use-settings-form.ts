import { useCallback, useEffect, useState } from 'react';
import {
  fromForm,
  toForm,
  type FormErrors,
  type FormField,
  type SettingsForm,
} from '@/lib/options/settings-form';
import { coerceSettings } from '@/lib/settings/coerce-settings';
import { readManagedSettings, type ManagedSettings } from '@/lib/settings/managed-settings';
import { readSettings, settingsItem } from '@/lib/settings/settings-item';
import type { Settings } from '@/lib/settings/settings-schema';

export type SaveNotice = { kind: 'ok' | 'error'; text: string } | null;

/** Form fields a browser policy sets, so the page shows them locked. */
export function lockedFields(managed: ManagedSettings): Set<FormField> {
  const locked = new Set<FormField>();
  if (managed.redactionPatterns) locked.add('redactionPatterns');
  if (managed.syncMode) locked.add('syncMode');
  return locked;
}

/** Policy fields are never written to local storage: the CSM's own value stays underneath. */
function keepLocal(next: Settings, local: Settings, locked: ReadonlySet<FormField>): Settings {
  return {
    ...next,
    ...(locked.has('syncMode') ? { syncMode: local.syncMode } : {}),
    ...(locked.has('redactionPatterns')
      ? { redaction: { ...next.redaction, patterns: local.redaction.patterns } }
      : {}),
  };
}

/**
 * The capture, classification, privacy and retention settings as one form: shown with the
 * policy's values, checked against the shared schema on save, written only when every field is
 * valid (through the settings item, which content scripts and the background watch).
 */
export function useSettingsForm() {
  const [form, setForm] = useState<SettingsForm | null>(null);
  const [errors, setErrors] = useState<FormErrors>({});
  const [notice, setNotice] = useState<SaveNotice>(null);
  const [managed, setManaged] = useState<ManagedSettings>({});

  const load = useCallback(async () => {
    const [effective, policy] = await Promise.all([readSettings(), readManagedSettings()]);
    setManaged(policy);
    setForm(toForm(effective));
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const set = useCallback(<K extends FormField>(field: K, value: SettingsForm[K]) => {
    setForm((prev) => (prev ? { ...prev, [field]: value } : prev));
    setErrors((prev) => {
      if (!prev[field]) return prev;
      const { [field]: _gone, ...rest } = prev;
      return rest;
    });
  }, []);

  async function save(): Promise<void> {
    if (!form) return;
    const raw = ((await settingsItem.getValue()) ?? {}) as Record<string, unknown>;
    const local = coerceSettings(raw).settings;
    const result = fromForm(form, local);
    if (!result.ok) {
      setErrors(result.errors);
      setNotice({ kind: 'error', text: 'Nothing was saved: correct the fields marked below.' });
      return;
    }
    const locked = lockedFields(managed);
    // Fields this form does not know (added by other sections) are kept as they are.
    await settingsItem.setValue({
      ...raw,
      ...keepLocal(result.settings, local, locked),
    } as Settings);
    setErrors({});
    setNotice({ kind: 'ok', text: 'Saved. Open tabs use the new settings at once.' });
  }

  return { form, set, errors, save, notice, managed, locked: lockedFields(managed) };
}
