import { useState } from 'react';
import type { ExportFormat } from '@/lib/export/eligibility';
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
  ['trl', 'TRL preference (JSONL)', 'prompt / chosen (sent) / rejected (draft).'],
  [
    'unpaired',
    'TRL unpaired (JSONL)',
    'prompt / completion / label = false for drafts you discarded.',
  ],
];

/** Downloads. Files are built in the page from the local database; nothing is uploaded. */
export function ExportsPanel() {
  const { db, now } = usePopupEnv();
  const [run, error, busy] = useAction();
  const [last, setLast] = useState<string | null>(null);
  const download = (format: ExportFormat) =>
    run(async () => {
      const file = await buildExport(db, format, now());
      saveFile(file.blob, file.filename);
      setLast(`${file.filename}: ${file.count} ${file.count === 1 ? 'review' : 'reviews'}`);
    });
  return (
    <div className="exports">
      <p className="muted">
        Tuning sets hold rejected and edited drafts that were sent (the draft against what you sent
        instead); discarded drafts go only in the unpaired set. The prompt side is what Redline
        knows: task type and subject.
      </p>
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
            <span className="muted"> {about}</span>
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
