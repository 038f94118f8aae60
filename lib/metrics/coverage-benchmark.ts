/** Fully rolled-out teams cover more than this share of their book in 30 days. */
export const COVERAGE_BENCHMARK = 0.85;
/** What teams in months 1-3 of a roll-out typically reach. */
export const EARLY_ROLLOUT_BAND = { low: 0.4, high: 0.55 } as const;

/** Where a coverage share sits against the benchmark and the early roll-out band, in words. */
export function coverageVerdict(share: number | null): string {
  if (share === null) return 'No accounts in the book yet.';
  if (share >= COVERAGE_BENCHMARK) return 'At the 85 % of fully rolled-out teams.';
  if (share > EARLY_ROLLOUT_BAND.high)
    return 'Past the 40-55 % of months 1-3 of a roll-out; below the 85 % of fully rolled-out teams.';
  if (share >= EARLY_ROLLOUT_BAND.low)
    return 'Within the 40-55 % of months 1-3 of a roll-out; fully rolled-out teams reach 85 %.';
  return 'Below the 40-55 % of months 1-3 of a roll-out; fully rolled-out teams reach 85 %.';
}
