import type { OutcomeCounts } from '@/lib/metrics/override-rate';

const percent = (rate: number) => `${Math.round(rate * 100)} %`;

export function OverrideRateCard({ label, counts }: { label: string; counts: OutcomeCounts }) {
  return (
    <section aria-label={`Override rate, ${label}`} className="override-rate">
      <h2>
        Override rate <small>{label}</small>
      </h2>
      <p className="override-rate__value" data-testid="override-rate">
        {counts.enough && counts.rate !== null ? percent(counts.rate) : 'Too few reviews'}
      </p>
      <p className="override-rate__counts">
        {counts.approved} approved · {counts.edited} edited · {counts.rejected} rejected
      </p>
    </section>
  );
}
