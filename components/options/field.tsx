import type { ReactNode } from 'react';

export const LOCKED_NOTE = 'Set by your organisation';

/**
 * One labelled field with its hint and, when the value is refused, the reason beside it
 * (announced, and tied to the input by aria-describedby so a screen reader reads it too).
 */
export function Field({
  id,
  label,
  hint,
  error,
  locked,
  children,
}: {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  locked?: boolean;
  children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string;
    disabled?: boolean;
  }) => ReactNode;
}) {
  return (
    <div className="field" data-field={id}>
      <label htmlFor={id}>
        {label}
        {locked && <span className="field__locked"> 🔒 {LOCKED_NOTE}</span>}
      </label>
      {children({
        id,
        'aria-invalid': Boolean(error),
        'aria-describedby': `${id}-hint ${id}-error`,
        ...(locked ? { disabled: true } : {}),
      })}
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
      <span id={`${id}-error`} className="field__error" role={error ? 'alert' : undefined}>
        {error}
      </span>
    </div>
  );
}

/** A switch: a checkbox with its label after it. */
export function Toggle({
  id,
  label,
  checked,
  onChange,
  locked,
  hint,
}: {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  locked?: boolean;
  hint?: string;
}) {
  return (
    <div className="toggle">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={locked}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>
        {label}
        {locked && <span className="field__locked"> 🔒 {LOCKED_NOTE}</span>}
      </label>
      {hint && (
        <small id={`${id}-hint`} className="field__hint">
          {hint}
        </small>
      )}
    </div>
  );
}
