import { useState } from 'react';
import { DELETE_EVERYTHING_PHRASE } from '@/lib/messaging/data-messages';
import { exportEverything } from '@/lib/options/export-everything';
import { saveFile } from '@/lib/popup/download';
import type { OptionsEnv } from '@/lib/options/options-env';

/** Export everything, and delete everything after the CSM types the phrase. */
export function DataSection({ env }: { env: OptionsEnv }) {
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');

  const run = (task: () => Promise<string>) => {
    setError(null);
    task().then(setStatus, (reason: unknown) =>
      setError(reason instanceof Error ? reason.message : 'That did not work.'),
    );
  };
  const download = () =>
    run(async () => {
      const file = await exportEverything(env.db, env.now());
      saveFile(file.blob, file.filename);
      return `${file.filename}: ${file.count} ${file.count === 1 ? 'review' : 'reviews'}`;
    });
  const remove = () =>
    run(async () => {
      const ack = await env.deleteEverything(typed.trim().toLowerCase());
      setConfirming(false);
      setTyped('');
      return `Deleted ${ack.reviews} reviews and ${ack.outbox} queued sync changes.`;
    });

  return (
    <section aria-labelledby="data-title" className="options__section">
      <h2 id="data-title">Your data</h2>
      <p>
        <button type="button" onClick={download}>
          Export everything
        </button>{' '}
        <small className="muted">
          Every review, open ones too, as JSON lines. Nothing is uploaded.
        </small>
      </p>
      {!confirming ? (
        <p>
          <button type="button" className="danger" onClick={() => setConfirming(true)}>
            Delete everything…
          </button>{' '}
          <small className="muted">
            Empties Redline&apos;s database and its sync queue in this browser. Settings stay.
          </small>
        </p>
      ) : (
        <div className="options__confirm" role="group" aria-label="Confirm delete everything">
          <label id="confirm-label" htmlFor="confirm-delete">
            Type “{DELETE_EVERYTHING_PHRASE}” to delete every review and queued change. This cannot
            be undone; export first if you want a copy.
          </label>
          <input
            id="confirm-delete"
            value={typed}
            autoComplete="off"
            onChange={(e) => setTyped(e.target.value)}
          />
          <button
            type="button"
            className="danger"
            disabled={typed.trim().toLowerCase() !== DELETE_EVERYTHING_PHRASE}
            onClick={remove}
          >
            Delete everything
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      )}
      <p role="status" data-testid="data-status">
        {status}
      </p>
      {error && (
        <p role="alert" className="field__error">
          {error}
        </p>
      )}
    </section>
  );
}
