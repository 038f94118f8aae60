import type { Worker } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { addressTo, BODY, DRAFT, openGmail, pasteInto } from './support/gmail-page';
import { evaluateInContentScript } from './support/isolated-world';
import { seedReviews } from './support/raw-seed';
import { storedReviews } from './support/stored-reviews';
import { finishedReview } from '../support/review-factory';

const COUNT = 5_000;

/** Forged messages from the content script's own world: runs in the browser. */
async function forgeFromContentScript({ count, victim }: { count: number; victim: string }) {
  let state = 7;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;
  const types = [
    'capture.draftSeen',
    'capture.textChanged',
    'capture.sent',
    'capture.discarded',
    'capture.untracked',
    'capture.reason',
    'review.delete',
    'review.star',
    'review.setOutcome',
    'data.deleteEverything',
    'sync.now',
    'tab.markDraft',
    'no.such.type',
  ];
  const values = [null, 0, -1, 1e308, '', 'x'.repeat(5000), [], {}, true, '\uD83D'];
  const payload = () => {
    const roll = random();
    if (roll < 0.25) return pick(values);
    const data: Record<string, unknown> = {
      reviewId: random() < 0.6 ? victim : crypto.randomUUID(),
      seq: Math.floor(random() * 1e6) + 1,
      site: pick(['gmail', 'outlook', 'demo', 'gainsight', 'generic', 'nope']),
      at: Date.now(),
      source: 'paste',
      draftText: 'forged draft',
      sentText: 'forged sent',
      text: 'forged',
      subject: 'forged',
      recipientDomains: random() < 0.1 ? Array.from({ length: 5000 }, (_, i) => `d${i}.com`) : [],
      activeMs: 0,
      keystrokes: 0,
      scheduled: false,
      starred: true,
      outcome: 'reject',
      confirm: 'delete everything',
    };
    if (roll < 0.5) delete data[pick(Object.keys(data))];
    if (roll > 0.95) data.draftText = 'y'.repeat(2_100_000);
    return data;
  };
  let answered = 0;
  let refused = 0;
  for (let i = 0; i < count; i += 100) {
    await Promise.all(
      Array.from({ length: Math.min(100, count - i) }, async () => {
        const roll = random();
        const message =
          roll < 0.1
            ? pick(values)
            : {
                id: i,
                type: pick(types),
                data: payload(),
                timestamp: roll < 0.15 ? 'x' : Date.now(),
              };
        try {
          const reply = (await chrome.runtime.sendMessage(message)) as
            { err?: unknown } | undefined;
          answered++;
          if (reply?.err) refused++;
        } catch {
          refused++;
        }
      }),
    );
  }
  return { answered, refused };
}

async function reviewById(worker: Worker, id: string) {
  return (await storedReviews(worker)).find((r) => r.id === id);
}

test('10,000 forged messages from the page and the content script: no privileged action, no crash', async ({
  context,
  serviceWorker,
  extensionId,
}) => {
  // Ten thousand round trips on a shared two-core machine: generous, never a timing claim.
  test.setTimeout(600_000);
  // Another site's finished review and a setting: nothing forged from Gmail may touch them.
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(popup.getByTestId('override-rate')).toBeVisible();
  const victim = finishedReview('edit', Date.now() - 3_600_000, { site: 'outlook' });
  await seedReviews(popup, [victim]);
  await popup.close();
  const before = await reviewById(serviceWorker, victim.id);
  expect(before).toBeDefined();

  const page = await openGmail(context, 'gmail-compose-2020.html');
  await expect(page.locator(BODY)).toBeVisible();

  // 5,000 from the page's own world: the page protocol and look-alikes of extension messages.
  const posted = await page.evaluate((count) => {
    const shapes: unknown[] = [
      null,
      'redline.draft',
      { type: 'redline.draft', version: 2, text: 'x' },
      { type: 'redline.draft', version: 1, text: '' },
      { type: 'redline.draft', version: 1, text: 42 },
      { type: 'redline.draft', version: 1, text: 'z'.repeat(200_001) },
      { type: 'capture.sent', data: { reviewId: 'x' }, timestamp: Date.now() },
      { type: '@webext-core/messaging/window', message: { type: 'review.delete' } },
      [{ type: 'redline.draft', version: 1, text: 'array' }],
    ];
    for (let i = 0; i < count; i++) window.postMessage(shapes[i % shapes.length], '*');
    return count;
  }, COUNT);
  expect(posted).toBe(COUNT);

  // 5,000 from the content script's isolated world, as a compromised renderer could send them.
  const forged = await evaluateInContentScript(page, extensionId, forgeFromContentScript, {
    count: COUNT,
    victim: victim.id,
  });
  expect(forged.answered + forged.refused).toBeGreaterThanOrEqual(COUNT * 0.9);

  // No privileged action: the other site's review is untouched, nothing was deleted or synced,
  // and the forged captures made nothing but Gmail's own open reviews.
  expect(await reviewById(serviceWorker, victim.id)).toEqual(before);
  const after = await storedReviews(serviceWorker);
  expect(after.filter((r) => r.site !== 'gmail').map((r) => r.id)).toEqual([victim.id]);
  // Every forged review is Gmail's and carries only the forged text.
  expect(after.filter((r) => r.site === 'gmail').every((r) => r.draftText === 'forged draft')).toBe(
    true,
  );
  const { syncStatus } = await serviceWorker.evaluate(() => chrome.storage.local.get('syncStatus'));
  expect(syncStatus ?? {}).not.toHaveProperty('lastAttemptAt', expect.any(Number));

  // The worker still serves a real capture, end to end.
  const gmailBefore = after.filter((r) => r.site === 'gmail').length;
  await addressTo(page);
  await pasteInto(page, BODY, DRAFT);
  await expect(page.locator('redline-badge')).toHaveCount(1);
  await page.locator('div[role=button][data-tooltip^="Send"]').click();
  await expect
    .poll(async () => (await storedReviews(serviceWorker)).filter((r) => r.draftText === DRAFT), {
      timeout: 30_000,
    })
    .toEqual([expect.objectContaining({ status: 'finished', outcome: 'approve', site: 'gmail' })]);
  expect((await storedReviews(serviceWorker)).filter((r) => r.site === 'gmail').length).toBe(
    gmailBefore + 1,
  );
});
