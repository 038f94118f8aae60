import { useState } from 'react';
import type { Settings } from '@/lib/settings/settings-schema';
import { defaultsFor, saveSelectorOverride } from '@/lib/sites/generic/override-store';

/**
 * A team's own selectors for a site, as JSON naming only the fields it replaces. Validated
 * before saving; open tabs pick it up without a reload or a new release.
 */
export function SitesOverrides({ settings }: { settings: Settings }) {
  const keys = ['gainsight', 'demo', ...settings.enabledSites];
  const [siteKey, setSiteKey] = useState(keys[0]!);
  const current = settings.selectorOverrides[siteKey];
  const [text, setText] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const shown = text ?? (current ? JSON.stringify(current, null, 2) : '');
  const save = async () => {
    const result = await saveSelectorOverride(siteKey, shown);
    setNotice(
      result.ok
        ? { ok: true, message: shown.trim() ? 'Saved: open tabs use it now.' : 'Override removed.' }
        : { ok: false, message: `Not saved. ${result.message}` },
    );
    if (result.ok) setText(null);
  };
  return (
    <section aria-labelledby="sites-overrides-title">
      <h3 id="sites-overrides-title">Selector overrides</h3>
      <p className="hint">
        When Redline misses a composer, name the fields to replace (bodies, notBodies, roots,
        subject, recipients, send, discard, quote, signature), each a list of CSS selectors.
      </p>
      <label htmlFor="override-site">Site</label>{' '}
      <select
        id="override-site"
        value={siteKey}
        onChange={(e) => {
          setSiteKey(e.target.value);
          setText(null);
          setNotice(null);
        }}
      >
        {keys.map((key) => (
          <option key={key} value={key}>
            {key}
          </option>
        ))}
      </select>
      <br />
      <label htmlFor="override-json">Override (JSON)</label>
      <br />
      <textarea
        id="override-json"
        rows={8}
        cols={70}
        value={shown}
        placeholder={'{ "bodies": [".my-editor"], "send": ["button.send-mail"] }'}
        onChange={(e) => setText(e.target.value)}
      />
      <br />
      <button type="button" onClick={() => void save()}>
        Apply override
      </button>
      {notice && (
        <p role={notice.ok ? 'status' : 'alert'} data-testid="override-notice">
          {notice.message}
        </p>
      )}
      <details>
        <summary>Defaults for {siteKey}</summary>
        <pre>{JSON.stringify(defaultsFor(siteKey), null, 2)}</pre>
      </details>
    </section>
  );
}
