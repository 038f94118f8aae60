import { SitesSection } from './sites-section';
import { DataSection } from './data-section';
import { ManagedNotice } from './managed-notice';
import type { OptionsEnv } from '@/lib/options/options-env';
import { SettingsOptionsForm } from './settings-options-form';
import { SyncOptionsForm } from './sync-options-form';
import { useSettingsForm } from './use-settings-form';

/** Every setting Redline has: sync, capture, classification, privacy, retention, your data. */
export function OptionsApp({ env }: { env: OptionsEnv }) {
  const settings = useSettingsForm();
  return (
    <main className="options">
      <h1>Redline options</h1>
      <ManagedNotice managed={settings.managed} />
      <section className="options__section">
        <SyncOptionsForm />
      </section>
      <SitesSection />
      <SettingsOptionsForm state={settings} />
      <DataSection env={env} />
    </main>
  );
}
