import { useState, type FormEvent } from 'react';
import { removeSite, requestSite, toEnabledOrigin } from '@/lib/sites/enabled-sites';
import type { Settings } from '@/lib/settings/settings-schema';

/** Sites where the generic composer runs: each asked for at run time, each removable. */
export function SitesEnabled({ settings }: { settings: Settings }) {
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState('');
  const enable = async (event: FormEvent) => {
    event.preventDefault();
    const origin = toEnabledOrigin(input);
    if (!origin) {
      setNotice('Not a site address: use https://… (or http://localhost).');
      return;
    }
    setNotice(`Asking your browser for access to ${origin}…`);
    try {
      const granted = await requestSite(origin);
      setNotice(
        granted ? `Enabled on ${origin}. Reload its tabs.` : 'Not enabled: access was not granted.',
      );
      if (granted) setInput('');
    } catch (error) {
      setNotice(`Not enabled: ${(error as Error).message}`);
    }
  };
  const remove = async (origin: string) => {
    await removeSite(origin);
    setNotice(`Removed ${origin}: Redline no longer runs there.`);
  };
  return (
    <section aria-labelledby="sites-enabled-title">
      <h3 id="sites-enabled-title">Sites you enabled</h3>
      <p className="hint">
        Gmail and Gainsight are always Redline&apos;s sites. Any other composer (your CRM, your
        helpdesk) runs Redline only where you enable it; the browser asks you first.
      </p>
      {settings.enabledSites.length === 0 ? (
        <p data-testid="no-enabled-sites">No other sites yet.</p>
      ) : (
        <ul aria-label="Enabled sites">
          {settings.enabledSites.map((origin) => (
            <li key={origin}>
              <code>{origin}</code>{' '}
              <button type="button" onClick={() => void remove(origin)}>
                Remove {origin}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void enable(e)} aria-label="Enable a site">
        <label htmlFor="enable-origin">Enable Redline on</label>{' '}
        <input
          id="enable-origin"
          value={input}
          placeholder="https://crm.example.com"
          onChange={(e) => setInput(e.target.value)}
        />{' '}
        <button type="submit">Enable</button>
      </form>
      <p role="status" data-testid="sites-notice">
        {notice}
      </p>
    </section>
  );
}
