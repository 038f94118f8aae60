import { DEFAULT_THRESHOLDS } from '@/lib/classify/thresholds';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { Field, Toggle } from './field';
import { useSettingsFormApi } from './settings-form-context';

const DEFAULT_PERCENT = Math.round(DEFAULT_THRESHOLDS.rejectBelowRetention * 100);

/** How a review becomes approve, edit or reject, and what counts as a customer account. */
export function ClassificationSection() {
  const { form, set, errors } = useSettingsFormApi();
  return (
    <section aria-labelledby="classification-title" className="options__section">
      <h2 id="classification-title">Classification</h2>
      <p className="muted">
        Approve: sent with no word added or removed. Reject: discarded, abandoned, or sent keeping
        less of the draft than the threshold below. Edit: everything else.
      </p>
      <Field
        id="rejectBelowRetention"
        label="Reject below retention (%)"
        hint={`A sent draft keeping less than this share of its words is a reject. Default ${DEFAULT_PERCENT} %.`}
        error={errors.rejectBelowRetention}
      >
        {(props) => (
          <input
            {...props}
            inputMode="decimal"
            value={form.rejectBelowRetention}
            onChange={(e) => set('rejectBelowRetention', e.target.value)}
          />
        )}
      </Field>
      <Field
        id="abandonAfterHours"
        label="Abandon after (hours)"
        hint={`An open draft untouched this long ends as abandoned (a reject). Default ${DEFAULT_SETTINGS.abandonAfterHours} h.`}
        error={errors.abandonAfterHours}
      >
        {(props) => (
          <input
            {...props}
            inputMode="numeric"
            value={form.abandonAfterHours}
            onChange={(e) => set('abandonAfterHours', e.target.value)}
          />
        )}
      </Field>
      <Field
        id="ownDomains"
        label="Your organisation's domains"
        hint="One per line, e.g. example.com. Never counted as customer accounts."
        error={errors.ownDomains}
      >
        {(props) => (
          <textarea
            {...props}
            rows={3}
            spellCheck={false}
            value={form.ownDomains}
            onChange={(e) => set('ownDomains', e.target.value)}
          />
        )}
      </Field>
      <Toggle
        id="recordRecipientAddresses"
        label="Record recipient addresses"
        checked={form.recordRecipientAddresses}
        onChange={(on) => set('recordRecipientAddresses', on)}
        hint="Off: only recipient domains are kept. On: full addresses too (in this browser and, unless sync is metrics only, on the team backend)."
      />
    </section>
  );
}
