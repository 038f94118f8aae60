import { Field, Toggle } from './field';
import { useSettingsFormApi } from './settings-form-context';

/** How long finished reviews stay in this browser (off: kept until you delete them). */
export function RetentionSection() {
  const { form, set, errors } = useSettingsFormApi();
  return (
    <section aria-labelledby="retention-title" className="options__section">
      <h2 id="retention-title">Retention</h2>
      <Toggle
        id="retentionOn"
        label="Delete old reviews"
        checked={form.retentionOn}
        onChange={(on) => set('retentionOn', on)}
        hint="Checked hourly. Deletes them from this browser only; the team backend keeps what it received."
      />
      {form.retentionOn && (
        <Field
          id="retentionDays"
          label="Delete reviews older than (days)"
          error={errors.retentionDays}
        >
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={form.retentionDays}
              onChange={(e) => set('retentionDays', e.target.value)}
            />
          )}
        </Field>
      )}
    </section>
  );
}
