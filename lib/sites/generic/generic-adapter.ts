// The generic composer's SiteAdapter: any textarea, contenteditable or common rich-text editor
// on a site a team enabled (and Gainsight, and the demo composer), with a selector set that is
// data. Reads only the DOM (content scripts run in an isolated world: editor objects are out of
// reach), never changes the editor's DOM.
import type { SiteId } from '@/lib/review/vocabulary';
import type { AdapterEvent, SiteAdapter } from '@/lib/sites/site-adapter';
import { createActionListeners } from './action-listeners';
import { compileSet } from './compiled-set';
import { createConfirmWatch } from './confirm-watch';
import { createGenericTracker } from './compose-tracker';
import type { GenericCompose } from './compose-handle';
import type { GenericSelectorSet } from './selector-set';

const PAIR_MS = 400;

export interface GenericAdapterOptions {
  site: SiteId;
  /** The selector set, read at each start so an override saved in options applies at once. */
  selectors: () => GenericSelectorSet;
  /** Ignore untrusted (script-made) events. Default true; jsdom tests pass false. */
  requireTrusted?: boolean;
}

export function createGenericAdapter(options: GenericAdapterOptions): SiteAdapter {
  const { site, requireTrusted = true } = options;
  return {
    site,
    start(doc, emit, signal) {
      if (signal.aborted) return;
      const set = compileSet(options.selectors());
      const send = (event: AdapterEvent) => {
        if (!signal.aborted) emit(event);
      };
      let confirm: ReturnType<typeof createConfirmWatch> | null = null;
      let last: { compose: GenericCompose; kind: string; via: string; at: number } | null = null;
      const actions = createActionListeners(
        {
          flush: () => tracker.flush(),
          composeFor: (node) => tracker.composeFor(node),
          all: () => tracker.all(),
          sweep: () => tracker.sweep(),
          retire: (compose) => tracker.retire(compose),
        },
        set,
        (compose, kind, via) => {
          // A click on a submit button is followed by the form's submit: one gesture, one event.
          const now = Date.now();
          const repeat = last?.compose === compose && last.kind === kind && last.via === via;
          if (repeat && now - last!.at < PAIR_MS) return;
          last = { compose, kind, via, at: now };
          if (kind === 'send') send({ type: 'presend', compose, via, scheduled: false });
          else send({ type: 'discard-requested', compose });
          confirm?.watch(compose);
        },
        { requireTrusted },
        signal,
      );
      const tracker = createGenericTracker(
        doc,
        set,
        {
          found: (compose) => send({ type: 'compose-found', compose }),
          gone: (compose) => send({ type: 'compose-gone', compose }),
          frameDocument: (frameDoc) => actions.listen(frameDoc),
        },
        signal,
      );
      confirm = createConfirmWatch(tracker, signal);
      signal.addEventListener('abort', () => confirm?.stopAll(), { once: true });
      actions.listen(doc);
    },
  };
}
