// CSV of the scorecard (RFC 4180: CRLF, quotes doubled). A cell a spreadsheet would run as a
// formula (=, +, -, @ first) gets a leading apostrophe: CSM names are typed by people.

const FORMULA = /^[=+\-@\t\r]/;

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? String(value) : String(value);
  if (typeof value === 'string' && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): string {
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => cell(row[c])).join(','));
  return lines.join('\r\n') + '\r\n';
}

export const CSV_COLUMNS = [
  'week',
  'csm_id',
  'csm_name',
  'reviews',
  'approved',
  'edited',
  'rejected',
  'override_rate',
  'band_position',
  'rejected_to_date',
  'tuning_target',
  'qbr_median_task_min',
  'qbr_median_active_min',
  'renewal_median_task_min',
  'renewal_median_active_min',
  'risk_median_task_min',
  'risk_median_active_min',
  'accounts',
  'covered_accounts',
  'coverage',
] as const;
