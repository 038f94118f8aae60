import type { FormEvent } from 'react';
import { CaptureSection } from './capture-section';
import { ClassificationSection } from './classification-section';
import { PrivacySection } from './privacy-section';
import { RetentionSection } from './retention-section';
import { SettingsFormProvider } from './settings-form-context';
import { TaskTypeSection } from './task-type-section';
import type { useSettingsForm } from './use-settings-form';

/** Every capture, classification, privacy and retention setting, saved together. */
export function SettingsOptionsForm({ state }: { state: ReturnType<typeof useSettingsForm> }) {
  const { form, set, errors, save, notice, locked } = state;
  if (!form) return <p>Loading…</p>;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <SettingsFormProvider api={{ form, set, errors, locked }}>
      <form onSubmit={onSubmit} aria-label="Settings" noValidate>
        <CaptureSection />
        {/* Generic sites and the team's selector overrides: components/options/sites-*.tsx. */}
        <ClassificationSection />
        <TaskTypeSection />
        <PrivacySection />
        <RetentionSection />
        <div className="options__save">
          <button type="submit">Apply settings</button>
          {notice && (
            <span role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="settings-notice">
              {notice.text}
            </span>
          )}
        </div>
      </form>
    </SettingsFormProvider>
  );
}
