/**
 * A write that did not happen because the browser refused storage. It reaches the sender as this
 * error so the capture side keeps its copy and tells the CSM, instead of the review vanishing.
 */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor(cause: unknown) {
    super(
      'Redline could not save: the browser refused more storage (disk full or quota reached). ' +
        'Nothing was lost on this page; free disk space or delete old reviews, then try again.',
      { cause },
    );
  }
}

export class StorageWriteError extends Error {
  override readonly name = 'StorageWriteError';
  constructor(cause: unknown) {
    const inner = cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause);
    super(`Redline could not save the review (${inner}). It will be retried.`, { cause });
  }
}

function isQuotaError(error: unknown): boolean {
  if (!error || typeof error !== 'object') return false;
  const { name, inner } = error as { name?: string; inner?: unknown };
  if (name === 'QuotaExceededError' || name === 'QuotaExceeded') return true;
  // Dexie reports a transaction killed by a quota failure as AbortError with the cause inside.
  return name === 'AbortError' && isQuotaError(inner);
}

/** Maps a failed IndexedDB write to an error the sender can act on. */
export function toStorageError(error: unknown): Error {
  if (isQuotaError(error)) return new StorageFullError(error);
  return new StorageWriteError(error);
}
