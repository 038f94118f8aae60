import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { requestSite, toEnabledOrigin } from '@/lib/sites/enabled-sites';
import { ALL_CAPTURE_MATCHES } from '@/lib/sites/site-matches';
import { readSettings } from '@/lib/settings/settings-item';

interface ActiveSite {
  tabId: number;
  origin: string;
  enabled: boolean;
}

const OWN_HOSTS = ALL_CAPTURE_MATCHES.map((pattern) => new URL(pattern.replace('*.', 'x.')).host);

function isOwnSite(origin: string): boolean {
  const host = new URL(origin).host;
  return OWN_HOSTS.some((own) =>
    own.startsWith('x.') ? host.endsWith(own.slice(1)) : own === host,
  );
}

/**
 * "Enable Redline on this site" for the tab the popup was opened over (its address is known
 * through activeTab). Asks the browser for that one origin, then starts Redline in the tab.
 */
export function EnableSite() {
  const [site, setSite] = useState<ActiveSite | null>(null);
  const [notice, setNotice] = useState('');
  useEffect(() => {
    void (async () => {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      const origin = tab?.url ? toEnabledOrigin(tab.url) : null;
      if (!tab?.id || !origin || !tab.url!.startsWith(origin) || isOwnSite(origin)) return;
      const { enabledSites } = await readSettings();
      setSite({ tabId: tab.id, origin, enabled: enabledSites.includes(origin) });
    })();
  }, []);
  if (!site) return null;
  if (site.enabled) return <p className="muted">Redline is on for {new URL(site.origin).host}.</p>;
  const enable = async () => {
    try {
      if (!(await requestSite(site.origin)))
        return setNotice('Not enabled: access was not granted.');
      await browser.scripting.executeScript({
        target: { tabId: site.tabId },
        files: ['/content-scripts/generic.js'],
      });
      setSite({ ...site, enabled: true });
    } catch (error) {
      setNotice(`Not enabled: ${(error as Error).message}`);
    }
  };
  return (
    <section className="enable-site" aria-label="This site">
      <button type="button" onClick={() => void enable()}>
        Enable Redline on this site
      </button>{' '}
      <span className="muted">{new URL(site.origin).host}</span>
      {notice && <p role="status">{notice}</p>}
    </section>
  );
}
