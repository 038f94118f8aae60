import { Field, Toggle } from './field';
import { useSettingsFormApi } from './settings-form-context';

/** What is masked before a review goes to the team backend, and whether text goes at all. */
export function PrivacySection() {
  const { form, set, errors, locked } = useSettingsFormApi();
  return (
    <section aria-labelledby="privacy-title" className="options__section">
      <h2 id="privacy-title">Privacy of synced reviews</h2>
      <p className="muted">
        Masking applies to the subject, draft, sent text and note that go to the team backend. Your
        own copy in this browser stays whole.
      </p>
      <Field
        id="syncMode"
        label="What sync sends"
        error={errors.syncMode}
        locked={locked.has('syncMode')}
        hint="Metrics only: outcome, edit metrics, timing, task type and recipient domains; no text at all."
      >
        {(props) => (
          <select
            {...props}
            value={form.syncMode}
            onChange={(e) => set('syncMode', e.target.value as typeof form.syncMode)}
          >
            <option value="full">Text with masking, and metrics</option>
            <option value="metrics-only">Metrics only, no text</option>
          </select>
        )}
      </Field>
      <Toggle
        id="redactEmails"
        label="Mask e-mail addresses"
        checked={form.redactEmails}
        onChange={(on) => set('redactEmails', on)}
        hint="Replaced by [email]."
      />
      <Toggle
        id="redactPhones"
        label="Mask phone numbers"
        checked={form.redactPhones}
        onChange={(on) => set('redactPhones', on)}
        hint="Replaced by [phone]."
      />
      <Field
        id="redactionPatterns"
        label="Team redaction patterns"
        error={errors.redactionPatterns}
        locked={locked.has('redactionPatterns')}
        hint={
          <>
            One regular expression per line (RE2 syntax, e.g.{' '}
            <code>
              ACME-\d{'{'}5{'}'}
            </code>{' '}
            or <code>(?i)project falcon</code>), replaced by [redacted]. No backreferences or
            lookarounds: every pattern runs in linear time.
          </>
        }
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            spellCheck={false}
            value={form.redactionPatterns}
            onChange={(e) => set('redactionPatterns', e.target.value)}
          />
        )}
      </Field>
    </section>
  );
}
