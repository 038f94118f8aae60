import { createContext, useContext, type ReactNode } from 'react';
import type { RedlineDb } from '@/lib/db/redline-db';
import type { ReviewActions } from '@/lib/popup/review-actions';

/**
 * What the popup's components read from and write through. The entrypoint passes the real
 * database and the messaging actions; tests pass a fake-indexeddb database and spies.
 */
export interface PopupEnv {
  db: RedlineDb;
  now: () => number;
  actions: ReviewActions;
}

const PopupEnvContext = createContext<PopupEnv | null>(null);

export function PopupEnvProvider({ env, children }: { env: PopupEnv; children: ReactNode }) {
  return <PopupEnvContext value={env}>{children}</PopupEnvContext>;
}

export function usePopupEnv(): PopupEnv {
  const env = useContext(PopupEnvContext);
  if (!env) throw new Error('usePopupEnv outside PopupEnvProvider');
  return env;
}
