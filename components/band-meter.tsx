import { OVERRIDE_BAND } from '@/lib/metrics/override-rate';

/** Scale of the meter: rates above it sit at the right edge (a 100 % rate is off the chart). */
const SCALE_MAX = 0.6;
const pos = (rate: number) => `${(Math.min(rate, SCALE_MAX) / SCALE_MAX) * 100}%`;

/** The rate as a marker on a 0-60 % scale with the 18-32 % band shaded. Decorative: the card
 * states the same in words. */
export function BandMeter({ rate }: { rate: number | null }) {
  return (
    <div className="band-meter" aria-hidden="true">
      <div
        className="band-meter__band"
        style={{
          left: pos(OVERRIDE_BAND.low),
          width: `calc(${pos(OVERRIDE_BAND.high)} - ${pos(OVERRIDE_BAND.low)})`,
        }}
      />
      {rate !== null && <div className="band-meter__marker" style={{ left: pos(rate) }} />}
      <span className="band-meter__tick" style={{ left: pos(OVERRIDE_BAND.low) }}>
        18
      </span>
      <span className="band-meter__tick" style={{ left: pos(OVERRIDE_BAND.high) }}>
        32
      </span>
    </div>
  );
}
