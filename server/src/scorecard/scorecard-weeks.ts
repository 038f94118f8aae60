// The scorecard's weeks: UTC ISO weeks, named by their Monday.

export const WEEK_MS = 7 * 86_400_000;

/** The Monday 00:00 UTC that starts the ISO week holding `at`, in ms. */
export function utcWeekStart(at: number): number {
  const day = new Date(at);
  const midnight = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate());
  return midnight - ((day.getUTCDay() + 6) % 7) * 86_400_000;
}

/** `2026-11-30`: how the tables and views name the week that starts at `start`. */
export const weekKey = (start: number) => new Date(start).toISOString().slice(0, 10);

/** The week's last millisecond (Sunday 23:59:59.999 UTC): "as of the end of the week". */
export const weekEnd = (start: number) => start + WEEK_MS - 1;

/** Every week start from the week of `from` to the week of `to`, both included. */
export function weeksBetween(from: number, to: number): number[] {
  const starts: number[] = [];
  for (let start = utcWeekStart(from); start <= to; start += WEEK_MS) starts.push(start);
  return starts;
}
