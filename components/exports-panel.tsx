import { useState } from 'react';
import type { ExportFormat } from '@/lib/export/eligibility';
import { hasConversationalForm, type LineForm } from '@/lib/export/line-formats';
import { saveFile } from '@/lib/popup/download';
import { buildExport } from '@/lib/popup/export-files';
import { usePopupEnv } from './popup-context';
import { useAction } from './use-action';

const EXPORTS: readonly [ExportFormat, string, string][] = [
  ['csv', 'Reviews (CSV)', 'One row per finished review, for a spreadsheet.'],
  ['native', 'Reviews (JSONL)', 'Every finished review as Redline stores it.'],
  ['pack', '1:1 pack (Markdown)', 'Your starred examples with their notes and word diffs.'],
  [
    'chat',
    'OpenAI chat fine-tuning (JSONL)',
    'messages: context as the prompt, what you sent as the assistant turn.',
  ],
  [
    'preference',
    'OpenAI preference (JSONL)',
    'preferred_output = what you sent, non_preferred_output = the AI draft.',
  ],
  [
    'trl',
    'TRL preference (JSONL)',
    'prompt / chosen (sent) / rejected (draft), only where the two differ.',
  ],
  [
    'unpaired',
    'TRL unpaired (JSONL)',
    'prompt / completion / label: approved drafts and sent edits true, rejected and replaced drafts false.',
  ],
];

/** Downloads. Files are built in the page from the local database; nothing is uploaded. */
export function ExportsPanel() {
  const { db, now } = usePopupEnv();
  const [run, error, busy] = useAction();
  const [last, setLast] = useState<string | null>(null);
  const [form, setForm] = useState<LineForm>('standard');
  const download = (format: ExportFormat) =>
    run(async () => {
      const file = await buildExport(db, format, now(), form);
      saveFile(file.blob, file.filename);
      const unit = format === 'csv' || format === 'native' || format === 'pack' ? 'review' : 'line';
      setLast(`${file.filename}: ${file.count} ${unit}${file.count === 1 ? '' : 's'}`);
    });
  return (
    <div className="exports">
      <p className="muted">
        Tuning sets pair rejected and edited drafts that were sent with what you sent instead; the
        unpaired set also labels approved and discarded drafts. The prompt side is what Redline
        knows: task type, subject and, for a reply, the message you answered.
      </p>
      <label>
        TRL lines as{' '}
        <select
          value={form}
          onChange={(event) => setForm(event.target.value as LineForm)}
          data-testid="export-form"
        >
          <option value="standard">plain strings</option>
          <option value="conversational">conversation messages</option>
        </select>
      </label>
      <ul>
        {EXPORTS.map(([format, label, about]) => (
          <li key={format}>
            <button
              type="button"
              disabled={busy}
              onClick={() => download(format)}
              data-format={format}
            >
              {label}
            </button>
            <span className="muted">
              {' '}
              {about}
              {form === 'conversational' && hasConversationalForm(format)
                ? ' As {role, content} message lists.'
                : ''}
            </span>
          </li>
        ))}
      </ul>
      <p role="status" data-testid="export-status">
        {last}
      </p>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
    </div>
  );
}
