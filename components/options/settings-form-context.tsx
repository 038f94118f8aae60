import { createContext, useContext, type ReactNode } from 'react';
import type { FormErrors, FormField, SettingsForm } from '@/lib/options/settings-form';

export interface SettingsFormApi {
  form: SettingsForm;
  set: <K extends FormField>(field: K, value: SettingsForm[K]) => void;
  errors: FormErrors;
  /** Fields the browser policy sets: shown, not editable. */
  locked: ReadonlySet<FormField>;
}

const SettingsFormContext = createContext<SettingsFormApi | null>(null);

export function SettingsFormProvider({
  api,
  children,
}: {
  api: SettingsFormApi;
  children: ReactNode;
}) {
  return <SettingsFormContext.Provider value={api}>{children}</SettingsFormContext.Provider>;
}

export function useSettingsFormApi(): SettingsFormApi {
  const api = useContext(SettingsFormContext);
  if (!api) throw new Error('useSettingsFormApi needs a SettingsFormProvider');
  return api;
}
