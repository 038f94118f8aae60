import type { AccountCoverage } from '@/lib/metrics/account-coverage';
import type { TuningProgress } from '@/lib/metrics/tuning-progress';
import { percent } from '@/lib/popup/format';
import { Definition } from './definition';

/** AI-assisted account coverage and progress toward a tuning dataset, each with what it counts. */
export function CoverageTuning({
  coverage,
  tuning,
}: {
  coverage: AccountCoverage;
  tuning: TuningProgress;
}) {
  const done = Math.min(tuning.rejected, tuning.target);
  return (
    <div className="stat-row">
      <section className="stat" aria-label="AI-assisted account coverage">
        <h3>AI-assisted accounts</h3>
        <p className="stat__value" data-testid="coverage">
          {coverage.accounts} {coverage.accounts === 1 ? 'organisation' : 'organisations'}
          {coverage.share !== null && ` · ${percent(coverage.share)} of your book`}
        </p>
        <Definition term="What this counts">
          Recipient organisations (e-mail domains, minus your own and public mailbox providers) that
          got at least one sent AI-drafted e-mail in the last 30 days. Fully rolled-out teams are
          above 85 % of their book.
        </Definition>
      </section>
      <section className="stat" aria-label="Tuning progress">
        <h3>Tuning dataset</h3>
        <p className="stat__value" data-testid="tuning">
          {tuning.rejected < tuning.target
            ? `${tuning.rejected} of ${tuning.target} rejected drafts`
            : `${tuning.rejected} rejected drafts: past the ${tuning.target} needed`}
        </p>
        <progress max={tuning.target} value={done} aria-label="Rejected drafts toward 80" />
        <Definition term="Why 80">
          About 80 rejected drafts per portfolio is the minimum to materially improve a
          portfolio-specific model. Export them from the Exports tab.
        </Definition>
      </section>
    </div>
  );
}
