import type { OutcomeCounts } from '@/lib/metrics/override-rate';
import { bandPlacement, type BandPlacement } from '@/lib/popup/band';
import { percent } from '@/lib/popup/format';
import { BandMeter } from './band-meter';

const PLACEMENT_TEXT: Record<BandPlacement, string> = {
  'too-few': 'fewer than 5 finished reviews',
  under: 'under the 18-32 % band',
  inside: 'inside the 18-32 % band',
  over: 'over the 18-32 % band',
};

/** One window's override rate, with the counts it divides always beside it. */
export function OverrideRateCard({
  label,
  counts,
  testId = 'override-rate',
}: {
  label: string;
  counts: OutcomeCounts;
  testId?: string;
}) {
  const placement = bandPlacement(counts);
  const shown = placement === 'too-few' ? null : counts.rate;
  return (
    <section
      aria-label={`Override rate, ${label}`}
      className={`override-rate override-rate--${placement}`}
      data-placement={placement}
    >
      <h2>
        Override rate <small>{label}</small>
      </h2>
      <p className="override-rate__value" data-testid={testId}>
        {shown === null ? 'Too few reviews' : percent(shown)}
      </p>
      <p className="override-rate__counts" data-testid={`${testId}-counts`}>
        {counts.approved} approved · {counts.edited} edited · {counts.rejected} rejected
      </p>
      <p className="override-rate__placement">{PLACEMENT_TEXT[placement]}</p>
      <BandMeter rate={shown} />
    </section>
  );
}
