import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import {
  CONVERSATIONAL_LINE_SCHEMAS,
  CSV_COLUMNS,
  CsvRowSchema,
  EXPORT_LINE_SCHEMAS,
  OneOnOnePackSchema,
  parseCsv,
} from '../../lib/export';
import { expect, test } from './support/extension-fixture';
import { captureReview, type DemoReview } from './support/popup-capture';

const DRAFT =
  'Hi Ana, thank you for the call today. Here is a summary of the renewal terms we discussed: ' +
  'a twelve month term, the same seat count, and a five percent uplift. Let me know if anything looks off.';
const EDITED = DRAFT.replace('five percent', 'three percent').replace('Let me know', 'Tell me');
const REWRITE = 'Ana, quick one: can we move our renewal call to Thursday? Thanks, Sam';

const REVIEWS: DemoReview[] = [
  { subject: 'Renewal terms', draft: DRAFT, sent: DRAFT, minutesAgo: 300 },
  { subject: 'Renewal follow-up', draft: DRAFT, sent: DRAFT, minutesAgo: 250 },
  { subject: 'Renewal uplift', draft: DRAFT, sent: EDITED, minutesAgo: 200 },
  { subject: 'Renewal <b>seats</b>', draft: DRAFT, sent: `${EDITED} Best, Sam`, minutesAgo: 150 },
  { subject: 'Renewal call', draft: DRAFT, sent: REWRITE, minutesAgo: 100 },
  { subject: 'Renewal draft', draft: DRAFT, sent: null, minutesAgo: 50 },
];

async function download(page: Page, format: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`button[data-format="${format}"]`).click(),
  ]);
  return readFileSync((await file.path())!, 'utf8');
}

const jsonLines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((l) => JSON.parse(l));

test('popup: numbers from the background, a starred review, every export valid', async ({
  context,
  extensionId,
}) => {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/popup.html?view=tab`);
  await expect(page.getByTestId('empty-state')).toBeVisible();
  // The `demo` site is accepted only from the demo composer's page.
  const demo = await context.newPage();
  await demo.goto(`chrome-extension://${extensionId}/demo.html`);
  for (const review of REVIEWS) await captureReview(demo, review);
  await page.bringToFront();

  // Live: the open page follows the background's writes without a reload.
  await expect(page.getByTestId('override-rate')).toHaveText('67 %');
  await expect(page.getByTestId('override-rate-counts')).toHaveText(
    '2 approved · 2 edited · 2 rejected',
  );
  await expect(page.getByTestId('override-rate-30')).toHaveText('67 %');
  await expect(page.getByTestId('coaching')).toContainText('Over the 18-32 % band');
  await expect(page.getByTestId('tuning')).toHaveText('2 of 80 rejected drafts');
  await expect(page.getByTestId('coverage')).toHaveText('1 organisation');

  // Star a suggested edit, then open it in the review list and add a note.
  const suggestion = page.getByRole('region', { name: 'Suggested for 1:1' });
  await suggestion.getByRole('button', { name: '☆ Star for 1:1' }).first().click();
  await expect(suggestion.getByRole('button', { name: '★ Starred' })).toHaveCount(1);

  await page.getByRole('tab', { name: 'Reviews' }).click();
  await expect(page.getByTestId('review-count')).toHaveText('6 finished reviews');
  await page.getByLabel('Outcome').selectOption('edit');
  await expect(page.getByTestId('review-count')).toHaveText('2 finished reviews');
  await page.getByRole('button', { name: /Renewal <b>seats<\/b>/ }).click();
  await expect(page.getByTestId('diff').locator('del')).toContainText(['five']);
  await expect(page.getByTestId('diff').locator('ins')).toContainText(['three']);
  await expect(page.locator('b')).toHaveCount(0);
  await page.getByLabel('Note for the 1:1').fill('Caught the wrong uplift');
  await page.getByRole('button', { name: 'Save note' }).click();
  await expect(page.getByRole('button', { name: 'Save note' })).toBeDisabled();

  await page.getByRole('tab', { name: 'Exports' }).click();
  const csv = parseCsv(await download(page, 'csv'));
  expect(csv[0]).toEqual([...CSV_COLUMNS]);
  expect(csv).toHaveLength(7);
  for (const row of csv.slice(1)) expect(CsvRowSchema.parse(row)).toHaveLength(CSV_COLUMNS.length);

  // Unpaired: 2 approved drafts good, 2 edits good + bad, the rewrite and the discard bad.
  const expected = { native: 6, chat: 3, preference: 3, trl: 3, unpaired: 8 } as const;
  for (const [format, count] of Object.entries(expected) as [keyof typeof expected, number][]) {
    const lines = jsonLines(await download(page, format));
    expect(lines, format).toHaveLength(count);
    for (const line of lines) EXPORT_LINE_SCHEMAS[format].parse(line);
  }
  const labels = jsonLines(await download(page, 'unpaired')).map((line) => line.label);
  expect(labels.filter(Boolean)).toHaveLength(4);
  await page.getByTestId('export-form').selectOption('conversational');
  for (const format of ['trl', 'unpaired'] as const) {
    const lines = jsonLines(await download(page, format));
    expect(lines, format).toHaveLength(expected[format]);
    for (const line of lines) CONVERSATIONAL_LINE_SCHEMAS[format].parse(line);
  }
  await expect(page.getByTestId('export-status')).toContainText('conversational');
  await page.getByTestId('export-form').selectOption('standard');
  const starred = jsonLines(await download(page, 'native')).filter((r) => r.starred);
  expect(starred).toHaveLength(1);
  expect(starred[0].note).toBe('Caught the wrong uplift');

  const pack = await download(page, 'pack');
  expect(OneOnOnePackSchema.parse(pack)).toContain('1 starred example,');
  expect(pack).toContain('> Caught the wrong uplift');
  expect(pack).toMatch(/\[-five-\] \{\+three\+\}/);
});
