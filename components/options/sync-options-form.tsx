import type { FormEvent } from 'react';
import { LOCKED_NOTE } from './field';
import { useSyncForm, type SyncFields } from './use-sync-form';

const FIELDS: { name: keyof SyncFields; label: string; type: string; hint: string }[] = [
  {
    name: 'endpoint',
    label: 'Sync endpoint',
    type: 'url',
    hint: 'Your team backend, e.g. https://redline.example.com. Leave empty to keep everything in this browser.',
  },
  {
    name: 'token',
    label: 'Access token',
    type: 'password',
    hint: 'Kept only in this browser (storage.local) and sent only to the endpoint above. The backend says whose token it is.',
  },
];

export function SyncOptionsForm() {
  const { fields, locked, identity, set, save, test, notice } = useSyncForm();
  if (!fields) return <p>Loading…</p>;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  const fieldError = notice?.kind === 'error' ? notice.field : undefined;
  return (
    <form onSubmit={onSubmit} aria-label="Team sync">
      <h2>Team sync</h2>
      {FIELDS.map(({ name, label, type, hint }) => (
        <p key={name}>
          <label htmlFor={`sync-${name}`}>
            {label}
            {locked[name] && <span className="field__locked"> 🔒 {LOCKED_NOTE}</span>}
          </label>
          <br />
          <input
            id={`sync-${name}`}
            name={name}
            type={type}
            value={fields[name]}
            disabled={locked[name]}
            placeholder={locked[name] && name === 'token' ? LOCKED_NOTE : undefined}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={fieldError === name}
            aria-describedby={`sync-${name}-hint${fieldError === name ? ` sync-${name}-error` : ''}`}
            onChange={(event) => set(name, event.target.value)}
          />
          <br />
          <small id={`sync-${name}-hint`}>{hint}</small>
          {fieldError === name && (
            <>
              <br />
              <strong role="alert" data-testid="sync-notice" id={`sync-${name}-error`}>
                {notice!.text}
              </strong>
            </>
          )}
        </p>
      ))}
      <p data-testid="sync-identity">
        {identity
          ? `Connected as ${identity.csmName ? `${identity.csmName} (${identity.csmId})` : `CSM ${identity.csmId}`}. Your name is kept by the team backend; your admin changes it.`
          : 'Not connected yet: Save asks the backend who the token belongs to.'}
      </p>
      <p>
        <button type="submit">Save</button>{' '}
        <button type="button" onClick={() => void test()}>
          Test connection
        </button>
      </p>
      {notice && !fieldError && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="sync-notice">
          {notice.text}
        </p>
      )}
    </form>
  );
}
