import { TASK_TYPES } from '@/lib/review/vocabulary';
import { Field } from './field';
import { useSettingsFormApi } from './settings-form-context';

const LABELS: Record<string, string> = {
  qbr: 'QBR',
  renewal: 'Renewal',
  risk: 'Risk',
  'check-in': 'Check-in',
  onboarding: 'Onboarding',
  expansion: 'Expansion',
  support: 'Support',
};

/** The keyword rules that guess a review's task type from subject (3 points) and body (1). */
export function TaskTypeSection() {
  const { form, set, errors } = useSettingsFormApi();
  const types = TASK_TYPES.filter((type) => type !== 'other');
  return (
    <section aria-labelledby="task-type-title" className="options__section">
      <h2 id="task-type-title">Task-type keywords</h2>
      <p className="muted">
        Words or phrases, separated by commas, case and spacing ignored. The type with the most
        matches wins (the subject counts three times); no match is “other”.
      </p>
      {errors.taskTypeRules && (
        <p role="alert" className="field__error">
          {errors.taskTypeRules}
        </p>
      )}
      {types.map((type) => (
        <Field key={type} id={`rules-${type}`} label={LABELS[type] ?? type}>
          {(props) => (
            <textarea
              {...props}
              rows={2}
              spellCheck={false}
              value={form.taskTypeRules[type] ?? ''}
              onChange={(e) =>
                set('taskTypeRules', { ...form.taskTypeRules, [type]: e.target.value })
              }
            />
          )}
        </Field>
      ))}
    </section>
  );
}
