// Outlook on the web's SiteAdapter: wires the compose tracker (found / gone / drift) and the
// action listeners (presend / discard) to one emit, and tears both down with the signal.
import type { AdapterEvent, SiteAdapter } from '@/lib/sites/site-adapter';
import { createRemountKeys } from '@/lib/sites/dom/remount-keys';
import { listenForActions } from './action-listeners';
import { createComposeTracker } from './compose-tracker';

export interface OutlookAdapterOptions {
  /** Ignore untrusted (script-made) events. Default true; jsdom tests pass false. */
  requireTrusted?: boolean;
}

/** Outlook's undo send lasts up to 10 s; the compose comes back a moment after "Undo". */
export const UNDO_WINDOW_MS = 15_000;
/** A closed draft reopened from Drafts in the same page resumes its review. */
export const REOPEN_WINDOW_MS = 60 * 60_000;

export function createOutlookAdapter(options: OutlookAdapterOptions = {}): SiteAdapter {
  const { requireTrusted = true } = options;
  // Shared across starts, so a restarted adapter keeps giving a remounted compose its key.
  const keys = createRemountKeys({
    undoWindowMs: UNDO_WINDOW_MS,
    reopenWindowMs: REOPEN_WINDOW_MS,
  });
  return {
    site: 'outlook',
    start(doc, emit, signal) {
      if (signal.aborted) return;
      const send = (event: AdapterEvent) => {
        if (!signal.aborted) emit(event);
      };
      const tracker = createComposeTracker(
        doc,
        keys,
        {
          found: (compose) => send({ type: 'compose-found', compose }),
          gone: (compose) => send({ type: 'compose-gone', compose }),
          drift: (error) =>
            send({ type: 'selector-drift', selector: error.selector, outline: error.outline }),
        },
        signal,
      );
      listenForActions(doc, tracker, send, { requireTrusted }, signal);
    },
  };
}
