import { SitesSection } from './sites-section';
import { SyncOptionsForm } from './sync-options-form';

/** The minimal options page: team sync only for now; the full page comes later. */
export function OptionsApp() {
  return (
    <main className="options">
      <h1>Redline options</h1>
      <SyncOptionsForm />
      <SitesSection />
    </main>
  );
}
