import type { SiteId } from '@/lib/review/vocabulary';
import { Toggle } from './field';
import { useSettingsFormApi } from './settings-form-context';

// Generic sites have their own section (enabled sites and the team's selector overrides).
const SITES: [SiteId, string, string][] = [
  ['gmail', 'Gmail', 'mail.google.com'],
  ['outlook', 'Outlook on the web', 'outlook.office.com, outlook.office365.com, outlook.live.com'],
  ['gainsight', 'Gainsight', '*.gainsightcloud.com'],
  ['demo', 'Demo page', "Redline's own practice page"],
];

/** Pause and the per-site switches: they take effect at once in every open tab. */
export function CaptureSection() {
  const { form, set } = useSettingsFormApi();
  return (
    <section aria-labelledby="capture-title" className="options__section">
      <h2 id="capture-title">Capture</h2>
      <Toggle
        id="paused"
        label="Pause Redline"
        checked={form.paused}
        onChange={(paused) => set('paused', paused)}
        hint="While paused nothing is recorded anywhere; the toolbar icon shows II."
      />
      <fieldset>
        <legend>Sites</legend>
        {SITES.map(([site, label, where]) => (
          <Toggle
            key={site}
            id={`site-${site}`}
            label={label}
            checked={form.sites[site] ?? false}
            onChange={(on) => set('sites', { ...form.sites, [site]: on })}
            hint={where}
          />
        ))}
      </fieldset>
    </section>
  );
}
