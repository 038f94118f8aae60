import type { FormEvent } from 'react';
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
    hint: 'Kept only in this browser (storage.local) and sent only to the endpoint above.',
  },
  { name: 'csmName', label: 'CSM display name', type: 'text', hint: 'How your manager sees you.' },
  {
    name: 'csmId',
    label: 'CSM id',
    type: 'text',
    hint: 'The id your admin created your token for.',
  },
];

export function SyncOptionsForm() {
  const { fields, set, save, test, notice } = useSyncForm();
  if (!fields) return <p>Loading…</p>;
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void save();
  };
  return (
    <form onSubmit={onSubmit} aria-label="Team sync">
      <h2>Team sync</h2>
      {FIELDS.map(({ name, label, type, hint }) => (
        <p key={name}>
          <label htmlFor={`sync-${name}`}>{label}</label>
          <br />
          <input
            id={`sync-${name}`}
            name={name}
            type={type}
            value={fields[name]}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => set(name, event.target.value)}
          />
          <br />
          <small>{hint}</small>
        </p>
      ))}
      <p>
        <button type="submit">Save</button>{' '}
        <button type="button" onClick={() => void test()}>
          Test connection
        </button>
      </p>
      {notice && (
        <p role={notice.kind === 'error' ? 'alert' : 'status'} data-testid="sync-notice">
          {notice.text}
        </p>
      )}
    </form>
  );
}
