import { chromium, test, expect, type Browser } from '@playwright/test';
import { createToken } from '../../server/src/auth/tokens';
import { endedReview } from '../server/support/seed-team';
import { postBatch } from '../server/support/wire-factory';
import { startE2eBackend, type E2eBackend } from '../sync/support/e2e-backend';
import { CHROMIUM_PATH } from './support/extension-fixture';

// The dashboard's "after the send" section against the real backend: reply rates within 7 days
// per outcome and task type, and each CSM's kinds of edit, as seeded.

let backend: E2eBackend;
let browser: Browser;
test.afterEach(async () => {
  await browser?.close();
  await backend?.stop();
  await backend?.database.close();
});

const HOUR = 3_600_000;

test('reply rates per outcome and task type, and kinds of edit per CSM, equal the seeded reviews', async () => {
  test.setTimeout(180_000);
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  backend = await startE2eBackend();
  const db = backend.database.db;
  const ana = (await createToken(db, { role: 'csm', csmId: 'ana', displayName: 'Ana Lima' })).token;
  const manager = (await createToken(db, { role: 'manager' })).token;
  const now = Date.now();
  // Sent 9 days ago in threads Redline saw: 10 approved (3 answered within a day), 10 edited
  // (7 answered), all renewal briefs; the edits changed facts, two also the tone.
  const replied = (count: number) => (i: number) => i < count;
  const approved = Array.from({ length: 10 }, (_, i) => {
    const review = endedReview('ana', now, 9, { outcome: 'approve', taskType: 'renewal' });
    return {
      ...review,
      replyTracked: true,
      customerRepliedAt: replied(3)(i) ? review.endedAt + HOUR : null,
    };
  });
  const edited = Array.from({ length: 10 }, (_, i) => {
    const review = endedReview('ana', now, 9, {
      outcome: 'edit',
      taskType: 'renewal',
      editLabels: i < 2 ? ['facts', 'tone'] : ['facts'],
    });
    return {
      ...review,
      replyTracked: true,
      customerRepliedAt: replied(7)(i) ? review.endedAt + 2 * HOUR : null,
    };
  });
  const posted = await postBatch(backend.url, ana, {
    schemaVersion: 1,
    reviews: [...approved, ...edited],
  });
  expect(posted.status).toBe(200);

  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${backend.url}/manager`);
  await page.getByLabel('Manager token').fill(manager);
  await page.getByRole('button', { name: 'Show' }).click();

  const byOutcome = page.getByRole('table', { name: 'Replies within 7 days, by outcome' });
  const row = (name: string) => byOutcome.getByRole('row').filter({ hasText: name });
  await expect(row('Approved').getByRole('cell')).toHaveText(['Approved', '10', '3', '30 %']);
  await expect(row('Edited').getByRole('cell')).toHaveText(['Edited', '10', '7', '70 %']);
  await expect(row('Rewritten').getByRole('cell')).toHaveText(['Rewritten', '0', '0', '—']);
  await expect(page.getByTestId('reply-verdict')).not.toBeEmpty();
  const byTask = page.getByRole('table', { name: 'Replies within 7 days, by task type' });
  await expect(byTask.getByRole('row').nth(1).getByRole('cell')).toHaveText([
    'renewal brief',
    '20',
    '10',
    '50 %',
  ]);

  const kinds = page.getByRole('table', { name: 'Kinds of edit per CSM' });
  const anaRow = kinds.getByRole('row').filter({ hasText: 'Ana Lima' }).getByRole('cell');
  await expect(anaRow.nth(1)).toHaveText('10'); // facts
  await expect(anaRow.nth(7)).toHaveText('2'); // tone
  await page
    .locator('#after-send')
    .screenshot({ path: 'test-results/manager-dashboard/after-send.png' });
  expect(errors).toEqual([]);
});
