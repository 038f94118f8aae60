import { useEffect, useState } from 'react';
import type { Settings } from '@/lib/settings/settings-schema';
import type { OverrideProblem } from '@/lib/sites/generic/coerce-overrides';
import {
  defaultsFor,
  readOverrideProblems,
  saveSelectorOverride,
} from '@/lib/sites/generic/override-store';
import { OverrideProblems } from './override-problems';

/**
 * A team's own selectors for a site, as JSON naming only the fields it replaces. Validated
 * before saving; open tabs pick it up without a reload or a new release.
 */
export function SitesOverrides({ settings }: { settings: Settings }) {
  const [problems, setProblems] = useState<OverrideProblem[]>([]);
  // `settings` is a new object on every stored change: the problems are read again with it.
  useEffect(() => {
    let alive = true;
    void readOverrideProblems().then((found) => alive && setProblems(found));
    return () => {
      alive = false;
    };
  }, [settings]);
  const damaged = problems.filter((p) => p.siteKey !== '*');
  const keys = [
    ...new Set(['gainsight', 'demo', ...settings.enabledSites, ...damaged.map((p) => p.siteKey)]),
  ];
  const [siteKey, setSiteKey] = useState(keys[0]!);
  // A damaged override is shown as stored, so the team can fix it where it is.
  const current =
    settings.selectorOverrides[siteKey] ?? damaged.find((p) => p.siteKey === siteKey)?.stored;
  const [text, setText] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ ok: boolean; message: string } | null>(null);
  const shown = text ?? (current !== undefined ? JSON.stringify(current, null, 2) : '');
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
      <OverrideProblems problems={problems} />
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
