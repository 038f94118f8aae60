import type { Page } from '@playwright/test';
import { generateReviews } from '../../support/review-factory';
import { seedReviews } from './raw-seed';

/** The e2e fixture's Chromium flags, for the bench that launches its own browser. */
export const CHROMIUM_FLAGS_FOR_BENCH = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** `count` reviews over a year into the extension's IndexedDB, in chunks to bound memory. */
export async function seedForBench(page: Page, count: number): Promise<void> {
  const reviews = generateReviews(count, Date.now(), 365, 11);
  await seedReviews(page, reviews);
}
