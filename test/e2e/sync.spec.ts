import type { Page } from '@playwright/test';
import { expect, test } from './support/extension-fixture';
import { startE2eBackend, type E2eBackend } from '../sync/support/e2e-backend';
import { configureSync, finishedReviews, seedQueued } from '../sync/support/e2e-seed';

let backend: E2eBackend;
// Each test runs a real backend and several sync rounds, then closes PGlite: on a shared two-core
// machine that takes more than the default minute. Time limits, not timing claims.
test.describe.configure({ timeout: 150_000 });
test.afterEach(async () => {
  await backend?.stop();
  await backend?.database.close();
});

async function openPopup(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  await expect(page.getByRole('heading', { name: 'Redline' })).toBeVisible();
}

const pending = (page: Page) => page.getByTestId('sync-pending');

/** Raw IndexedDB writes are invisible to Dexie's live queries: reload to see them. */
async function seed(page: Page, reviews: ReturnType<typeof finishedReviews>): Promise<void> {
  await seedQueued(page, reviews);
  await page.reload();
}

test('options page → backend: every queued review arrives once', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana', 'Ana Lima');
  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, finishedReviews(30));
  await expect(page.getByText('Team sync is off: reviews stay in this browser.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Set up sync' })).toBeVisible();

  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Sync endpoint').fill(backend.url);
  await options.getByLabel('Access token').fill(token);
  // The token alone: no CSM id or name to type; the backend says whose token it is.
  await expect(options.getByLabel('CSM id')).toHaveCount(0);
  await expect(options.getByLabel('CSM display name')).toHaveCount(0);
  await expect(options.getByLabel('Access token')).toHaveAttribute('type', 'password');
  await options.getByRole('button', { name: 'Test connection' }).click();
  await expect(options.getByTestId('sync-notice')).toHaveText(
    /Connected to 127\.0\.0\.1:\d+ as Ana Lima \(ana\)/,
  );
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByTestId('sync-identity')).toHaveText(/Connected as Ana Lima \(ana\)/);

  await expect(pending(page)).toHaveText('0 waiting to sync');
  expect(await backend.reviewCount()).toBe(30);
  expect(backend.accepted).toHaveLength(30);
});

test('options page refuses plain http to another host, in words', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByLabel('Sync endpoint').fill('http://sync.example.com');
  await options.getByRole('button', { name: 'Save' }).click();
  await expect(options.getByRole('alert')).toHaveText(/must use https/);
  await expect(options.getByLabel('Sync endpoint')).toHaveAttribute('aria-invalid', 'true');
});

test('wrong token: a visible error in the popup, nothing lost, then fixed', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana');
  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, finishedReviews(12));
  await configureSync(page, { endpoint: backend.url, token: 'rl_not-the-token', csmId: 'ana' });
  await expect(page.getByTestId('sync-error')).toHaveText(/access token was refused \(401\)/);
  await expect(pending(page)).toHaveText('12 waiting to sync');
  expect(await backend.reviewCount()).toBe(0);

  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await expect(pending(page)).toHaveText('0 waiting to sync');
  await expect(page.getByTestId('sync-error')).toHaveCount(0);
  expect(await backend.reviewCount()).toBe(12);
});

test('500 then 200, and 429 with Retry-After: retried, each review once', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana');
  backend.script.push({ kind: 'status', status: 500 });
  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, finishedReviews(5));
  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await expect(page.getByTestId('sync-error')).toHaveText(/failed \(500\)/);
  await expect(pending(page)).toHaveText('5 waiting to sync');
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(pending(page)).toHaveText('0 waiting to sync');

  backend.script.push({ kind: 'status', status: 429, headers: { 'retry-after': '3600' } });
  await seed(page, finishedReviews(4));
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-error')).toHaveText(/slow down \(429\)/);
  const status = await page.evaluate(
    async () =>
      (await chrome.storage.local.get('syncStatus')).syncStatus as {
        nextAttemptAt: number;
        lastAttemptAt: number;
      },
  );
  expect(status.nextAttemptAt - status.lastAttemptAt).toBeGreaterThanOrEqual(3_599_000);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(pending(page)).toHaveText('0 waiting to sync');
  expect(await backend.reviewCount()).toBe(9);
  expect(new Set(backend.accepted).size).toBe(9);
  expect(backend.accepted).toHaveLength(9);
});

test('backend stopped mid-sync and restarted: every review exactly once', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana');
  // 500 reviews go in three batches (200, 200, 100); the second commits and the server dies.
  backend.script.push({ kind: 'pass' }, { kind: 'commit-then-die' });
  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, finishedReviews(500));
  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await expect(page.getByTestId('sync-error')).toHaveText(/Could not reach/, { timeout: 30_000 });
  expect(await backend.reviewCount()).toBe(400);
  await expect(pending(page)).toHaveText('300 waiting to sync');

  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(page.getByTestId('sync-error')).toHaveText(/Could not reach/);
  backend = await startE2eBackend(backend);
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(pending(page)).toHaveText('0 waiting to sync', { timeout: 30_000 });
  expect(await backend.reviewCount()).toBe(500);
  expect(new Set(backend.accepted).size).toBe(500);
  expect(backend.accepted).toHaveLength(500);
});

test('service worker stopped while a batch is in flight: sent again, stored once', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana');
  let release!: () => void;
  let held!: () => void;
  const isHeld = new Promise<void>((resolve) => (held = resolve));
  backend.script.push({
    kind: 'hold',
    held,
    release: new Promise<void>((resolve) => (release = resolve)),
  });
  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, finishedReviews(20));
  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await isHeld;

  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  release();
  // The held batch committed on the server, but its answer had nowhere to go.
  await expect.poll(() => backend.reviewCount()).toBe(20);
  await expect(pending(page)).toHaveText('20 waiting to sync');

  await page.reload();
  await page.getByRole('button', { name: 'Sync now' }).click();
  await expect(pending(page)).toHaveText('0 waiting to sync');
  expect(await backend.reviewCount()).toBe(20);
  expect(backend.accepted).toHaveLength(20);
});

test('a review the server refuses is listed with its reason; the others arrive', async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana');
  const bo = await backend.csmToken('bo');
  const reviews = finishedReviews(10);
  // Bo's extension already sent the 1st review's id: the server refuses it for Ana, for good.
  const { toWire } = await import('../../lib/sync/to-wire');
  const { postBatch } = await import('../server/support/wire-factory');
  const taken = await postBatch(backend.url, bo, {
    schemaVersion: 1,
    reviews: [toWire(reviews[0]!, reviews[0]!.id, 1, 'bo')],
  });
  expect(taken.status).toBe(200);

  const page = await context.newPage();
  await openPopup(page, extensionId);
  await seed(page, reviews);
  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await expect(pending(page)).toHaveText('0 waiting to sync');
  expect(await backend.reviewCount()).toBe(10);
  const refused = page.getByTestId('sync-rejected');
  await expect(refused.locator('summary')).toHaveText(/1 review\(s\) refused for good/);
  await refused.locator('summary').click();
  await expect(refused.getByRole('listitem')).toHaveText(/Renewal 0.*another CSM/);
  await expect(page.getByTestId('sync-error')).toHaveText(/refused 1 review/);
});
