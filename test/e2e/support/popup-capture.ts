import type { Page } from '@playwright/test';

// Creates reviews through the background's real capture path, from the demo composer's page
// opened as a tab (the `demo` site: that page in a tab is the one sender it accepts for it). The
// wire format is webext-core's: { id, type, data, timestamp } → { res } | { err }.

export async function sendExtensionMessage<T>(page: Page, type: string, data: unknown): Promise<T> {
  const reply = await page.evaluate(
    ([type, data]) =>
      new Promise<{ res?: unknown; err?: { message?: string } }>((resolve, reject) =>
        chrome.runtime.sendMessage(
          { id: Math.floor(Math.random() * 1e9), type, data, timestamp: Date.now() },
          (response) => {
            if (chrome.runtime.lastError) reject(new Error(chrome.runtime.lastError.message));
            else resolve(response as { res?: unknown; err?: { message?: string } });
          },
        ),
      ),
    [type, data] as const,
  );
  if (reply.err) throw new Error(`${type} failed: ${reply.err.message ?? 'unknown error'}`);
  return reply.res as T;
}

export interface DemoReview {
  subject: string;
  draft: string;
  /** null: discarded. */
  sent: string | null;
  minutesAgo: number;
}

/** One review from draft to its end, as a content script would report it. */
export async function captureReview(page: Page, review: DemoReview): Promise<string> {
  const reviewId = crypto.randomUUID();
  const at = Date.now() - review.minutesAgo * 60_000;
  const base = { reviewId, site: 'demo' };
  await sendExtensionMessage(page, 'capture.draftSeen', {
    ...base,
    seq: 1,
    at,
    source: 'paste',
    draftText: review.draft,
    subject: review.subject,
    recipientDomains: ['acme.com'],
  });
  const activity = { activeMs: 120_000, keystrokes: 30 };
  if (review.sent === null) {
    await sendExtensionMessage(page, 'capture.discarded', {
      ...base,
      seq: 2,
      at: at + 60_000,
      ...activity,
    });
  } else {
    await sendExtensionMessage(page, 'capture.sent', {
      ...base,
      seq: 2,
      at: at + 8 * 60_000,
      ...activity,
      sentText: review.sent,
      subject: review.subject,
      recipientDomains: ['acme.com'],
      scheduled: false,
    });
  }
  return reviewId;
}
