import { useCallback, useState } from 'react';

/**
 * Runs one of the popup's write messages and keeps its failure to show beside the control. The
 * message says what went wrong in words the background chose (never e-mail text).
 */
export function useAction(): [(task: () => Promise<unknown>) => void, string | null, boolean] {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = useCallback((task: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    task()
      .catch((reason: unknown) => {
        setError(reason instanceof Error ? reason.message : 'The change was not saved.');
      })
      .finally(() => setBusy(false));
  }, []);
  return [run, error, busy];
}
