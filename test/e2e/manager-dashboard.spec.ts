import { mkdirSync } from 'node:fs';
import { chromium, test, expect, type Browser, type Page } from '@playwright/test';
import type { WireUpsert } from '../../lib/sync/wire-format';
import { createToken } from '../../server/src/auth/tokens';
import { expectedScorecard, utcMonday } from '../server/scorecard/expected-scorecard';
import { endedReview, seedTeam } from '../server/support/seed-team';
import { postBatch } from '../server/support/wire-factory';
import { startE2eBackend, type E2eBackend } from '../sync/support/e2e-backend';
import { CHROMIUM_PATH } from './support/extension-fixture';

// The manager's dashboard in Chromium against the real backend (PGlite) with seeded reviews.

const SHOTS = 'test-results/manager-dashboard';
let backend: E2eBackend;
let browser: Browser;
test.beforeEach(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox'] });
});
test.afterEach(async () => {
  await browser?.close();
  await backend?.stop();
  await backend?.database.close();
});

async function signIn(page: Page, token: string) {
  await page.goto(`${backend.url}/`);
  await expect(page).toHaveURL(/\/manager$/);
  await page.getByLabel('Manager token').fill(token);
  await page.getByRole('button', { name: 'Show' }).click();
}

const weekLabel = (week: string) =>
  new Date(`${week}T00:00:00Z`).toLocaleDateString('en', {
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  });

test('the dashboard shows the seeded numbers, sorts CSMs by distance from the band, opens an example and replaces stale data on an error', async () => {
  test.setTimeout(180_000);
  backend = await startE2eBackend();
  const db = backend.database.db;
  const token = async (csmId: string, name: string) =>
    (await createToken(db, { role: 'csm', csmId, displayName: name })).token;
  const ana = await token('ana', 'Ana Lima');
  const bo = await token('bo', 'Bo Chen');
  const cy = await token('cy', 'Cy Diaz');
  const dee = await token('dee', 'Dee Evans');
  const manager = (await createToken(db, { role: 'manager' })).token;
  const now = Date.now();
  const seeded: WireUpsert[] = [];
  const team = await seedTeam(backend.url, { ana, bo }, now);
  seeded.push(...team.ana, ...team.bo);
  // Cy approves everything (under the band), Dee edits 2 of 10 (inside).
  const cyReviews = Array.from({ length: 10 }, () =>
    endedReview('cy', now, 1, { outcome: 'approve' }),
  );
  const deeReviews = Array.from({ length: 10 }, (_, i) =>
    endedReview('dee', now, 1, { outcome: i < 2 ? 'edit' : 'approve', taskType: 'risk' }),
  );
  await postBatch(backend.url, cy, { schemaVersion: 1, reviews: cyReviews });
  await postBatch(backend.url, dee, { schemaVersion: 1, reviews: deeReviews });
  seeded.push(...cyReviews, ...deeReviews);

  const page = await browser.newPage({ viewport: { width: 1280, height: 1100 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await signIn(page, manager);

  const csms = page.getByRole('table', { name: 'CSMs by distance from the band' });
  const rows = csms.getByRole('row');
  await expect(rows).toHaveCount(5);
  await expect(rows.nth(1).getByRole('cell').nth(0)).toHaveText('Ana Lima');
  await expect(rows.nth(2).getByRole('cell').nth(0)).toHaveText('Cy Diaz');
  await expect(rows.nth(3).getByRole('cell').nth(0)).toHaveText('Dee Evans');
  await expect(rows.nth(4).getByRole('cell').nth(0)).toHaveText('Bo Chen');
  const cells = (n: number) => rows.nth(n).getByRole('cell');
  await expect(cells(1).nth(1)).toHaveText('60 %');
  await expect(cells(1).nth(2)).toHaveText('6 approved · 3 edited · 6 rejected');
  await expect(cells(1).nth(3)).toHaveText('Over the band by 28 points');
  await expect(cells(1).nth(4)).toHaveText(/^Feed the rejected drafts back/);
  await expect(cells(1).nth(5)).toHaveText('6 / 80');
  // No book of business imported: coverage is said to be unknown, never shown as 0 %.
  await expect(cells(1).nth(6)).toHaveText('no book');
  await expect(page.getByTestId('team-coverage-line')).toContainText(
    'once a book of business is imported',
  );
  await expect(cells(2).nth(1)).toHaveText('0 %');
  await expect(cells(2).nth(3)).toHaveText('Under the band by 18 points');
  await expect(cells(2).nth(4)).toHaveText(/^Shadow three drafts a week/);
  await expect(cells(3).nth(1)).toHaveText('20 %');
  await expect(cells(3).nth(3)).toHaveText('Inside the band');
  await expect(cells(3).nth(4)).toHaveText('Ask for the best edit of the week in the 1:1.');
  await expect(cells(4).nth(1)).toHaveText('Too few reviews');
  await expect(cells(4).nth(2)).toHaveText('3 approved · 0 edited · 0 rejected');
  // One trend chart per CSM and the team's, drawn by uPlot.
  await expect(page.locator('#csm-list .spark canvas')).toHaveCount(4);
  await expect(page.locator('#team-chart canvas')).toHaveCount(1);

  // The team's weeks: every week's reviews as seeded, in UTC weeks.
  const perWeek = new Map<string, number>();
  for (const r of seeded)
    perWeek.set(utcMonday(r.endedAt), (perWeek.get(utcMonday(r.endedAt)) ?? 0) + 1);
  const teamTable = page.getByRole('table', { name: 'Team by week' });
  for (const [week, count] of perWeek) {
    const row = teamTable
      .getByRole('row')
      .filter({ has: page.getByRole('cell', { name: weekLabel(week), exact: true }) });
    await expect(row.getByRole('cell').nth(2)).toHaveText(String(count));
  }

  // Task types by their labels, medians as seeded.
  const tasks = page.getByRole('table', { name: 'Team task times' });
  await expect(tasks.getByRole('cell', { name: 'qbr', exact: true })).toHaveCount(0);
  const qbr = tasks.getByRole('row').filter({ hasText: 'QBR prep' });
  await expect(qbr.getByRole('cell').nth(1)).toHaveText('22 min');
  const thisWeek = utcMonday(now);
  const expectedQbr = expectedScorecard(seeded, false).find(
    (r) => r.week === thisWeek && r.task_type === 'qbr',
  );
  if (expectedQbr) {
    const min = (expectedQbr.median_task_ms! / 60_000).toFixed(1);
    await expect(qbr.getByRole('cell').last()).toHaveText(
      new RegExp(`^${min} min .* ${expectedQbr.sent} sent$`),
    );
  }
  await expect(tasks.getByRole('row').filter({ hasText: 'risk one-pager' })).toHaveCount(1);

  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/light.png`, fullPage: true });

  // A starred example: its texts come only when opened, with the word diff.
  const example = page.locator('#examples .example').filter({ hasText: 'good catch' });
  await expect(example.locator('ins')).toHaveCount(0);
  await example.locator('summary').click();
  await expect(example.locator('ins').first()).toBeVisible();
  await expect(example.locator('del').first()).toBeVisible();

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.locator('#team-chart canvas')).toHaveCount(1);
  await page.screenshot({ path: `${SHOTS}/dark.png`, fullPage: true });

  // A refresh that fails takes the old numbers away and says why.
  await page.route('**/v1/manager/scorecard', (route) =>
    route.fulfill({
      status: 503,
      contentType: 'application/json',
      body: JSON.stringify({ message: 'The database is not answering.' }),
    }),
  );
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('alert')).toHaveText(
    /^Could not load the scorecard: The database is not answering\./,
  );
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.locator('#dashboard')).toBeHidden();
  await page.screenshot({ path: `${SHOTS}/error.png` });
  // The next successful load brings everything back.
  await page.unroute('**/v1/manager/scorecard');
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(rows).toHaveCount(5);
  await expect(page.locator('#message')).toBeEmpty();
  expect(errors).toEqual([]);
});

test('an empty team gets empty states that say what to do', async () => {
  backend = await startE2eBackend();
  const manager = (await createToken(backend.database.db, { role: 'manager' })).token;
  const page = await browser.newPage();
  await signIn(page, manager);
  await expect(page.locator('#team-table')).toHaveText(
    /No reviews in the last 12 weeks\. Give each CSM a token/,
  );
  await expect(page.locator('#csm-list')).toHaveText(/No CSMs yet\. Create a token for each CSM/);
  await expect(page.locator('#task-table')).toHaveText(/No sent drafts in the last 4 weeks/);
  await expect(page.locator('#examples')).toHaveText(/No starred examples on this page/);
  await page.emulateMedia({ colorScheme: 'dark' });
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/empty-dark.png`, fullPage: true });
});
