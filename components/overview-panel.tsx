import { useLiveQuery } from 'dexie-react-hooks';
import { accountCoverage } from '@/lib/metrics/account-coverage';
import { replyRates } from '@/lib/metrics/reply-rate-query';
import { tuningProgress } from '@/lib/metrics/tuning-progress';
import type { Headline } from '@/lib/popup/headline';
import { bestOfWeek, weekSuggestions } from '@/lib/popup/suggestions';
import { BookCoverageCard } from './book-coverage';
import { CoachingLine } from './coaching-line';
import { CoverageTuning } from './coverage-tuning';
import { Definition, OVERRIDE_RATE_DEFINITION } from './definition';
import { OverrideRateCard } from './override-rate-card';
import { ReplyRateSection } from './reply-rate-section';
import { usePopupEnv } from './popup-context';
import { SuggestionsList } from './suggestions-list';
import { useAfterFirstPaint } from './use-after-first-paint';
import { useOwnDomains } from './use-own-domains';

/**
 * The dashboard. The override rates come in with the headline (painted first); coverage,
 * tuning progress and suggestions follow from their own live queries.
 */
export function OverviewPanel({
  headline,
  onOpenReview,
}: {
  headline: Headline;
  onOpenReview: (id: string) => void;
}) {
  const { db, now } = usePopupEnv();
  const ownDomains = useOwnDomains();
  const painted = useAfterFirstPaint();
  const suggestions = useLiveQuery(
    async () => (painted ? weekSuggestions(db, now()) : undefined),
    [db, now, painted],
  );
  const stats = useLiveQuery(
    async () =>
      painted &&
      ownDomains &&
      db.transaction('r', [db.accounts, db.reviews], async () => ({
        coverage: await accountCoverage(db, now(), ownDomains),
        tuning: await tuningProgress(db),
      })),
    [db, now, ownDomains, painted],
  );
  const replies = useLiveQuery(
    async () => (painted ? replyRates(db, now()) : undefined),
    [db, now, painted],
  );
  const best = suggestions ? bestOfWeek(suggestions) : null;
  return (
    <>
      <div className="cards">
        <OverrideRateCard label="last 7 days" counts={headline.last7} />
        <OverrideRateCard label="last 30 days" counts={headline.last30} testId="override-rate-30" />
      </div>
      <CoachingLine
        last7={headline.last7}
        last30={headline.last30}
        best={best ? best.subject || '(no subject)' : null}
      />
      <Definition term="What the override rate counts">{OVERRIDE_RATE_DEFINITION}</Definition>
      {stats && <CoverageTuning coverage={stats.coverage} tuning={stats.tuning} />}
      {painted && <BookCoverageCard />}
      {replies && <ReplyRateSection report={replies} />}
      {suggestions && <SuggestionsList suggestions={suggestions} onOpen={onOpenReview} />}
    </>
  );
}
