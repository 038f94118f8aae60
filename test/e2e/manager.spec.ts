import { chromium, test as base } from '@playwright/test';
import { createToken } from '../../server/src/auth/tokens';
import { seedTeam } from '../server/support/seed-team';
import { startE2eBackend, type E2eBackend } from '../sync/support/e2e-backend';
import { CHROMIUM_PATH } from './support/extension-fixture';

const test = base;
const expect = test.expect;

let backend: E2eBackend;
test.afterEach(async () => {
  await backend?.stop();
  await backend?.database.close();
});

test("manager's page shows each CSM's numbers as seeded", async () => {
  backend = await startE2eBackend();
  const db = backend.database.db;
  const ana = (await createToken(db, { role: 'csm', csmId: 'ana', displayName: 'Ana Lima' })).token;
  const bo = (await createToken(db, { role: 'csm', csmId: 'bo', displayName: 'Bo Chen' })).token;
  const manager = (await createToken(db, { role: 'manager' })).token;
  await seedTeam(backend.url, { ana, bo }, Date.now());

  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${backend.url}/manager`);
    await page.getByLabel('Manager token').fill(ana);
    await page.getByRole('button', { name: 'Show' }).click();
    await expect(page.getByRole('alert')).toContainText('A csm token cannot do this.');
    await expect(page.getByRole('table')).toHaveCount(0);

    await page.getByLabel('Manager token').fill(manager);
    await page.getByRole('button', { name: 'Show' }).click();
    const team = page.getByRole('table', { name: 'CSMs by distance from the band' });
    const anaRow = team.getByRole('row').filter({ hasText: 'Ana Lima' });
    await expect(anaRow.getByRole('cell').nth(1)).toHaveText('60 %');
    await expect(anaRow.getByRole('cell').nth(2)).toHaveText('6 approved · 3 edited · 6 rejected');
    await expect(anaRow.getByRole('cell').nth(5)).toHaveText('6 / 80');
    const boRow = team.getByRole('row').filter({ hasText: 'Bo Chen' });
    await expect(boRow.getByRole('cell').nth(1)).toHaveText('Too few reviews');
    const qbr = page
      .getByRole('table', { name: 'Team task times' })
      .getByRole('row')
      .filter({ hasText: 'QBR prep' });
    await expect(qbr.getByRole('cell').nth(1)).toHaveText('22 min');
    const examples = page.locator('#examples section[data-csm="ana"] .example');
    await expect(examples).toHaveCount(2);
    // Texts come only when an example is opened.
    const goodCatch = examples.filter({ hasText: 'good catch' });
    await expect(goodCatch.locator('ins')).toHaveCount(0);
    await goodCatch.locator('summary').click();
    await expect(goodCatch.locator('ins').first()).toBeVisible();
  } finally {
    await browser.close();
  }
});
