// How the popup writes numbers. One place, so a rate reads the same on every card and chart.

export const percent = (rate: number) => `${Math.round(rate * 100)} %`;

export function minutes(ms: number | null): string {
  if (ms === null) return '—';
  const min = ms / 60_000;
  return min < 10 ? `${min.toFixed(1)} min` : `${Math.round(min)} min`;
}

export function shortDate(at: number | null): string {
  if (at === null) return '—';
  return new Date(at).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

export function dateTime(at: number | null): string {
  if (at === null) return '—';
  return new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** "Nov 17" for a week key (its Monday). */
export function weekLabel(week: string): string {
  return shortDate(new Date(`${week}T12:00:00`).getTime());
}
