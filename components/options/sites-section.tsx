import { SitesEnabled } from './sites-enabled';
import { SitesOverrides } from './sites-overrides';
import { useSettings } from './sites-use-settings';

/** Options → Sites: where Redline runs beyond its own sites, and each site's selectors. */
export function SitesSection() {
  const settings = useSettings();
  return (
    <section aria-label="Sites">
      <h2>Sites</h2>
      {settings ? (
        <>
          <SitesEnabled settings={settings} />
          <SitesOverrides settings={settings} />
        </>
      ) : (
        <p>Loading…</p>
      )}
    </section>
  );
}
