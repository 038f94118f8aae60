import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import type { ReviewFilters as Filters } from '@/lib/popup/review-query';
import { OUTCOMES, SITE_IDS, TASK_TYPES } from '@/lib/review/vocabulary';

const OUTCOME_LABELS = { approve: 'Approved', edit: 'Edited', reject: 'Rejected' } as const;

function Choice<T extends string>({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: T | null;
  options: readonly (readonly [T, string])[];
  onChange: (value: T | null) => void;
}) {
  return (
    <label>
      {label}
      <select value={value ?? ''} onChange={(e) => onChange((e.target.value || null) as T | null)}>
        <option value="">All</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Filters for the review list: outcome, site, task type and a date range (ended on). */
export function ReviewFilters({
  value,
  onChange,
}: {
  value: Filters;
  onChange: (next: Filters) => void;
}) {
  const set =
    <K extends keyof Filters>(key: K) =>
    (v: Filters[K]) =>
      onChange({ ...value, [key]: v });
  return (
    <fieldset className="filters">
      <legend className="sr-only">Filter reviews</legend>
      <Choice
        label="Outcome"
        value={value.outcome}
        options={OUTCOMES.map((o) => [o, OUTCOME_LABELS[o]] as const)}
        onChange={set('outcome')}
      />
      <Choice
        label="Site"
        value={value.site}
        options={SITE_IDS.map((s) => [s, s] as const)}
        onChange={set('site')}
      />
      <Choice
        label="Task"
        value={value.taskType}
        options={TASK_TYPES.map((t) => [t, TASK_TYPE_LABELS[t]] as const)}
        onChange={set('taskType')}
      />
      <label>
        From
        <input
          type="date"
          value={value.from ?? ''}
          onChange={(e) => set('from')(e.target.value || null)}
        />
      </label>
      <label>
        To
        <input
          type="date"
          value={value.to ?? ''}
          onChange={(e) => set('to')(e.target.value || null)}
        />
      </label>
    </fieldset>
  );
}
