import { useEffect, useState } from 'react';
import { coverageVerdict } from '@/lib/metrics/coverage-benchmark';
import { percent } from '@/lib/popup/format';
import { syncSettingsItem } from '@/lib/settings/sync-settings-item';
import type { MyCoverageResult } from '@/lib/sync/my-coverage';
import { syncMessenger } from '@/lib/sync/sync-messenger';
import { Definition } from './definition';

/** Uncovered accounts named in the popup; the rest are counted. */
export const UNCOVERED_SHOWN = 5;

/** The CSM's coverage of their book of business, as the team backend counts it. */
export function BookCoverage({ result }: { result: MyCoverageResult }) {
  if (result.state === 'none') return null;
  if (result.state === 'unreachable') {
    return (
      <section className="stat" aria-label="Coverage of your book">
        <p className="muted" role="status" data-testid="book-coverage-error">
          {result.message}
        </p>
      </section>
    );
  }
  const { coverage, windowDays } = result;
  const shown = coverage.uncovered.slice(0, UNCOVERED_SHOWN);
  const more = coverage.uncoveredTotal - shown.length;
  return (
    <section className="stat" aria-label="Coverage of your book">
      <h3>Your book, last {windowDays} days</h3>
      <p className="stat__value" data-testid="book-coverage">
        {coverage.share === null ? '—' : percent(coverage.share)} · {coverage.covered} of{' '}
        {coverage.accounts} accounts
      </p>
      <p className="muted">{coverageVerdict(coverage.share)}</p>
      {shown.length > 0 && (
        <>
          <h4>Not yet covered</h4>
          <ul data-testid="book-uncovered">
            {shown.map((account) => (
              <li key={account.account}>
                {account.account}
                {account.domains[0] ? ` (${account.domains[0]})` : ''}
              </li>
            ))}
          </ul>
          {more > 0 && <p className="muted">and {more} more</p>}
        </>
      )}
      <Definition term="What this counts">
        Accounts of your book of business (as your team imported it) with at least one AI-drafted
        e-mail, approved or edited and sent, to one of their domains in the last {windowDays} days.
        Fully rolled-out teams are above 85 %; months 1-3 of a roll-out, 40-55 %.
      </Definition>
    </section>
  );
}

/** With sync off there is no backend to ask; otherwise the background asks it with the token. */
async function askBackground(): Promise<MyCoverageResult> {
  const { endpoint } = await syncSettingsItem.getValue();
  if (!endpoint) return { state: 'none' };
  return syncMessenger.sendMessage('sync.coverage', undefined);
}

/** Asks the background for the CSM's coverage once the popup opens. */
export function BookCoverageCard({
  load = askBackground,
}: {
  load?: () => Promise<MyCoverageResult>;
}) {
  const [result, setResult] = useState<MyCoverageResult | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (found) => live && setResult(found),
      () =>
        live &&
        setResult({
          state: 'unreachable',
          message: 'Your account coverage is not available: Redline’s background did not answer.',
        }),
    );
    return () => {
      live = false;
    };
  }, [load]);
  return result ? <BookCoverage result={result} /> : null;
}
