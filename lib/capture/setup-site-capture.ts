import { captureMessenger } from '../messaging/capture-messenger';
import { outcomeMessenger } from '../messaging/outcome-messenger';
import { tabMessenger } from '../messaging/tab-messenger';
import { showReasonToast } from '../in-page/reason-toast';
import { showStorageNotice } from '../in-page/storage-notice';
import { showTrackedBadge } from '../in-page/tracked-badge';
import type { ShadowHost } from '../in-page/shadow-host';
import { settingsItem, readSettings } from '../settings/settings-item';
import type { Settings } from '../settings/settings-schema';
import type { RejectReason } from '../review/vocabulary';
import type { SiteAdapter } from '../sites/site-adapter';
import { startCapture, type CaptureController } from './capture-controller';
import { createCaptureQueue } from './capture-queue';
import { listenForPageDrafts } from './page-protocol';
import { createSessionJournal, createSessionQueueStore } from './session-storage';
import { watchSentThreads, type SentThreadHooks } from './sent-thread-link';
import { watchThreads } from './thread-watch';

export interface SiteCaptureOptions {
  adapter: SiteAdapter;
  win: Window;
  /** Ends everything: the content script's context was invalidated (update, uninstall). */
  signal: AbortSignal;
  /** Called with the settings before each (re)start: a site's selector override applies here. */
  configure?: (settings: Settings) => void;
}

/**
 * A site's whole capture, as a content script runs it: the queue to the background, the
 * sessions, the in-page marks, the explicit mark and the page protocol — started and stopped
 * at once as the CSM pauses Redline or switches the site off.
 */
export function setupSiteCapture({ adapter, win, signal, configure }: SiteCaptureOptions): void {
  const doc = win.document;
  const journal = createSessionJournal();
  const badges = new Map<string, ShadowHost>();
  const keyOf = new Map<string, string>();
  let settings: Settings | null = null;
  let controller: CaptureController | null = null;
  let running: AbortController | null = null;
  let storageNoticeShown = false;
  let sentThreads: SentThreadHooks | null = null;

  const queue = createCaptureQueue({
    send: ({ type, data }) => captureMessenger.sendMessage(type, data as never),
    store: createSessionQueueStore(win),
    onRetry: (error) => {
      if ((error as Error)?.name !== 'StorageFullError' || storageNoticeShown) return;
      storageNoticeShown = true;
      showStorageNotice(doc, (error as Error).message);
    },
    onAck: (message, ack) => {
      if (message.type === 'capture.sent') sentThreads?.onSentStored(ack.reviewId);
      if (message.type !== 'capture.sent' || !ack.outcome || ack.outcome === 'approve') return;
      showReasonToast(doc, ack.outcome, (reason) => void giveReason(ack.reviewId, reason));
    },
  });

  async function giveReason(reviewId: string, reason: RejectReason) {
    const key = keyOf.get(reviewId);
    const entry = key ? await journal.get(key) : undefined;
    if (!key || !entry) return;
    const seq = entry.seq + 1;
    await journal.set(key, { ...entry, seq });
    queue.enqueue({
      type: 'capture.reason',
      data: { reviewId, seq, site: adapter.site, at: Date.now(), reason },
    });
  }

  function stop() {
    running?.abort();
    running = null;
    controller = null;
    for (const badge of badges.values()) badge.remove();
    badges.clear();
  }

  function start() {
    stop();
    if (!settings || settings.paused || !settings.sites[adapter.site] || signal.aborted) return;
    configure?.(settings);
    running = new AbortController();
    sentThreads = watchSentThreads(
      adapter,
      doc,
      (link) => outcomeMessenger.sendMessage('outcome.threadLinked', link),
      running.signal,
    );
    controller = startCapture(
      {
        adapter,
        doc,
        queue,
        journal,
        now: Date.now,
        newId: () => crypto.randomUUID(),
        recordAddresses: () => settings?.recordRecipientAddresses ?? false,
        onSent: sentThreads.onSent,
        onTracked: (compose, reviewId) => {
          keyOf.set(reviewId, compose.key);
          badges.get(compose.key)?.remove();
          badges.set(
            compose.key,
            showTrackedBadge(compose.root, () => controller?.untrack(compose.key)),
          );
        },
        onUntracked: (compose) => {
          badges.get(compose.key)?.remove();
          badges.delete(compose.key);
        },
      },
      running.signal,
    );
    watchThreads(
      adapter,
      doc,
      (report) => outcomeMessenger.sendMessage('outcome.threadSeen', report),
      running.signal,
    );
    listenForPageDrafts(
      win,
      (text) => controller?.markDraft('page-protocol', doc.activeElement, text),
      running.signal,
    );
  }

  let contextTarget: Node | null = null;
  doc.addEventListener('contextmenu', (event) => (contextTarget = event.target as Node), {
    capture: true,
    signal,
  });
  const removeMark = tabMessenger.onMessage('tab.markDraft', () => {
    const marked = controller?.markDraft('explicit', contextTarget ?? doc.activeElement) ?? false;
    contextTarget = null;
    return marked;
  });
  const unwatch = settingsItem.watch(async () => {
    settings = await readSettings();
    start();
  });
  win.addEventListener('online', () => queue.flush(), { signal });
  signal.addEventListener('abort', () => {
    stop();
    removeMark();
    unwatch();
  });
  void readSettings().then((loaded) => {
    settings = loaded;
    start();
  });
}
