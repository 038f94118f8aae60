// Calendar keys in the CSM's local time: "this week" in the popup is the CSM's week, not UTC's.

const pad = (n: number) => String(n).padStart(2, '0');

/** Local calendar day, `YYYY-MM-DD`. */
export function dayKey(at: number): string {
  const d = new Date(at);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The local day key of the Monday that starts the ISO week holding `at`. */
export function weekKey(at: number): string {
  const d = new Date(at);
  const sinceMonday = (d.getDay() + 6) % 7;
  return dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday, 12).getTime());
}

/** Day keys of the `days` local days ending with (and including) the day of `now`, oldest first. */
export function lastDays(now: number, days: number): string[] {
  const d = new Date(now);
  const keys: string[] = [];
  for (let i = days - 1; i >= 0; i--) {
    keys.push(dayKey(new Date(d.getFullYear(), d.getMonth(), d.getDate() - i, 12).getTime()));
  }
  return keys;
}

/** Week keys of the `weeks` weeks ending with the week of `now`, oldest first. */
export function lastWeeks(now: number, weeks: number): string[] {
  const monday = new Date(`${weekKey(now)}T12:00:00`);
  const keys: string[] = [];
  for (let i = weeks - 1; i >= 0; i--) {
    keys.push(
      dayKey(
        new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() - 7 * i, 12).getTime(),
      ),
    );
  }
  return keys;
}

/** The seven day keys of the week that starts on `week` (a Monday key). */
export function daysOfWeek(week: string): string[] {
  const monday = new Date(`${week}T12:00:00`);
  return Array.from({ length: 7 }, (_, i) =>
    dayKey(new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + i, 12).getTime()),
  );
}
