import { chromium } from '@playwright/test';
import { createToken } from '../../server/src/auth/tokens';
import { importBook } from '../../server/src/book/book-import';
import { startE2eBackend, type E2eBackend } from '../sync/support/e2e-backend';
import { configureSync, finishedReviews, seedQueued } from '../sync/support/e2e-seed';
import { CHROMIUM_PATH, expect, test } from './support/extension-fixture';

let backend: E2eBackend;
test.afterEach(async () => {
  await backend?.stop();
  await backend?.database.close();
});

test("the popup shows the CSM's coverage of their book from the real backend", async ({
  context,
  extensionId,
}) => {
  backend = await startE2eBackend();
  const token = await backend.csmToken('ana', 'Ana Lima');
  const book = 'account,domains,csm_id,arr\nAcme,acme.com,ana,100\nBee,bee.co,ana,50\n';
  expect(await importBook(backend.database.db, book, Date.now())).toMatchObject({ ok: true });
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html`);
  // Sent drafts to acme.com, synced by the extension itself.
  await seedQueued(page, finishedReviews(5));
  await page.reload();
  await expect(page.getByTestId('override-rate-30')).toBeVisible();
  await expect(page.getByTestId('book-coverage')).toHaveCount(0);
  await configureSync(page, { endpoint: backend.url, token, csmId: 'ana' });
  await expect.poll(() => backend.reviewCount(), { timeout: 60_000 }).toBe(5);
  await page.reload();
  await expect(page.getByTestId('book-coverage')).toHaveText('50 % · 1 of 2 accounts');
  await expect(page.getByTestId('book-uncovered')).toHaveText('Bee (bee.co)');

  await backend.stop();
  await page.reload();
  await expect(page.getByTestId('book-coverage-error')).toHaveText(
    /Your account coverage is not available: the team backend \(127\.0\.0\.1:\d+\) cannot be reached\./,
  );
});

test("the manager's page imports the book, lists a bad file's problems, shows coverage", async () => {
  backend = await startE2eBackend();
  const db = backend.database.db;
  await createToken(db, { role: 'csm', csmId: 'ana', displayName: 'Ana Lima' });
  const manager = (await createToken(db, { role: 'manager' })).token;
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${backend.url}/manager`);
    await page.getByLabel('Manager token').fill(manager);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.locator('#book-state')).toHaveText(/No book imported yet/);

    const file = (text: string) => ({
      name: 'book.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(text),
    });
    await page.getByLabel(/Book CSV/).setInputFiles(file('account,domains,csm_id\n,acme,ana\n'));
    await page.getByRole('button', { name: 'Import, replacing the book' }).click();
    const problems = page.getByRole('table', { name: 'Problems in the file' });
    await expect(problems.getByRole('row')).toHaveCount(3);
    await expect(problems.getByRole('row').nth(1).getByRole('cell').nth(1)).toHaveText('account');
    await expect(problems.getByRole('row').nth(2)).toContainText('"acme" is not a domain');

    await page
      .getByLabel(/Book CSV/)
      .setInputFiles(
        file('account,domains,csm_id,segment\nAcme,acme.com,ana,SMB\nBee,bee.co,ana,SMB\n'),
      );
    await page.getByRole('button', { name: 'Import, replacing the book' }).click();
    await expect(page.locator('#book-result')).toHaveText(/Imported 2 accounts for 1 CSMs/);
    await expect(page.getByTestId('team-coverage')).toHaveText(/^Team: 0 % \(0 of 2 accounts\)/);
    const row = page.getByRole('table', { name: 'Coverage' }).getByRole('row').nth(1);
    await expect(row.getByRole('cell').nth(4)).toHaveText('Acme, Bee');
    const tuning = page.getByRole('table', { name: 'Tuning progress per portfolio' });
    await expect(tuning.getByRole('row').filter({ hasText: 'Segment SMB' })).toContainText(
      '0 / 80',
    );
  } finally {
    await browser.close();
  }
});
