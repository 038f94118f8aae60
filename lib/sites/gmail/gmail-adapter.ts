// Gmail's SiteAdapter: wires the compose tracker (found / gone / drift) and the action
// listeners (presend / discard) to one emit, and tears both down with the signal.
import type { AdapterEvent, SiteAdapter } from '@/lib/sites/site-adapter';
import { listenForActions } from './action-listeners';
import { createComposeKeys } from './compose-keys';
import { createComposeTracker } from './compose-tracker';
import { createGmailThreadReader } from './thread-reader';
import { createGmailSentThreadReader } from './thread-sent-notice';

export interface GmailAdapterOptions {
  /** Ignore untrusted (script-made) events. Default true; jsdom tests pass false. */
  requireTrusted?: boolean;
}

export function createGmailAdapter(options: GmailAdapterOptions = {}): SiteAdapter {
  const { requireTrusted = true } = options;
  // Shared across starts, so a restarted adapter keeps mapping undo-sent drafts to old keys.
  const keys = createComposeKeys();
  return {
    site: 'gmail',
    threads: createGmailThreadReader(),
    sentThreads: createGmailSentThreadReader(),
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
