// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PopupApp } from '@/components/popup-app';
import type { RedlineDb } from '@/lib/db/redline-db';
import { finishedReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';
import { HOUR, NOW, renderWithEnv, store } from './env';

let db: RedlineDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  cleanup();
  await dropDb(db);
});

describe('popup', () => {
  it('tells a new user how to get a first review', async () => {
    renderWithEnv(db, <PopupApp />);
    expect(await screen.findByTestId('empty-state')).toBeTruthy();
    expect(screen.getByText(/Paste a draft from your AI assistant/)).toBeTruthy();
    expect(screen.getByTestId('override-rate').textContent).toBe('Too few reviews');
    expect(screen.queryByRole('tablist')).toBeNull();
  });

  it('shows both windows with counts, and follows new reviews live', async () => {
    await store(db, [
      ...Array.from({ length: 4 }, (_, i) => finishedReview('approve', NOW - (i + 1) * HOUR)),
      finishedReview('edit', NOW - 20 * 24 * HOUR),
    ]);
    renderWithEnv(db, <PopupApp />);
    await waitFor(() => expect(screen.getByTestId('override-rate-30').textContent).toBe('20 %'));
    expect(screen.getByTestId('override-rate').textContent).toBe('Too few reviews');
    expect(screen.getByTestId('override-rate-counts').textContent).toBe(
      '4 approved · 0 edited · 0 rejected',
    );
    await store(db, [finishedReview('reject', NOW - HOUR / 2, { sentText: null })]);
    await waitFor(() => expect(screen.getByTestId('override-rate').textContent).toBe('20 %'));
    await waitFor(() =>
      expect(screen.getByTestId('tuning').textContent).toBe('1 of 80 rejected drafts'),
    );
  });

  it('offers the week’s most substantive edit for 1:1 and stars it through a message', async () => {
    const small = finishedReview('edit', NOW - HOUR, { subject: 'Small fix' });
    const big = finishedReview('edit', NOW - 2 * HOUR, { subject: 'Big rewrite' });
    big.metrics = { ...big.metrics!, wordsAdded: 40, wordsRemoved: 30, editRate: 0.9 };
    await store(db, [
      small,
      big,
      ...Array.from({ length: 5 }, () => finishedReview('approve', NOW - HOUR)),
    ]);
    const { actions } = renderWithEnv(db, <PopupApp />);
    const list = await screen.findByRole('region', { name: 'Suggested for 1:1' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(2));
    expect(within(list).getAllByRole('listitem')[0]?.textContent).toContain('Big rewrite');
    expect(screen.getByTestId('coaching').textContent).toContain(
      'Best edit this week: “Big rewrite”',
    );
    fireEvent.click(within(list).getAllByRole('button', { name: '☆ Star for 1:1' })[0]!);
    expect(actions['review.star']).toHaveBeenCalledWith({ reviewId: big.id, starred: true });
  });

  it('moves between tabs with the arrow keys', async () => {
    await store(db, [finishedReview('approve', NOW - HOUR)]);
    renderWithEnv(db, <PopupApp />);
    const overview = await screen.findByRole('tab', { name: 'Overview' });
    expect(overview.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(overview, { key: 'ArrowRight' });
    expect(screen.getByRole('tab', { name: 'Trends' }).getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(screen.getByRole('tab', { name: 'Trends' }), { key: 'End' });
    expect(screen.getByRole('tab', { name: 'Exports' }).getAttribute('aria-selected')).toBe('true');
  });
});
