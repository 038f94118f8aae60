// @vitest-environment jsdom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewsPanel } from '@/components/reviews-panel';
import type { RedlineDb } from '@/lib/db/redline-db';
import { finishedReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';
import { HOUR, NOW, renderWithEnv, store } from './env';

let db: RedlineDb;
beforeEach(async () => {
  db = await freshDb();
  // jsdom has no layout: give the list's scroller a popup-sized viewport so it virtualises.
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (
    this: HTMLElement,
  ) {
    return this.classList.contains('review-list') ? 440 : 0;
  });
});
afterEach(async () => {
  cleanup();
  await dropDb(db);
});

const count = () => screen.getByTestId('review-count').textContent;
const choose = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('reviews panel', () => {
  beforeEach(async () => {
    await store(db, [
      finishedReview('approve', NOW - 1 * HOUR, { subject: 'Newest', taskType: 'qbr' }),
      finishedReview('edit', NOW - 2 * HOUR, { subject: 'Renewal edit', taskType: 'renewal' }),
      finishedReview('reject', NOW - 30 * HOUR, {
        subject: 'Outlook reject',
        taskType: 'renewal',
        site: 'outlook',
      }),
      finishedReview('edit', NOW - 10 * 24 * HOUR, { subject: 'Old edit', taskType: 'risk' }),
    ]);
  });

  it('lists finished reviews newest first', async () => {
    renderWithEnv(db, <ReviewsPanel openId={null} onOpen={() => {}} />);
    await waitFor(() => expect(count()).toBe('4 finished reviews'));
    await waitFor(() =>
      expect(screen.getAllByRole('listitem')[0]?.textContent).toContain('Newest'),
    );
    const subjects = screen.getAllByRole('listitem').map((row) => row.textContent);
    expect(
      subjects.map((t) => t?.match(/Newest|Renewal edit|Outlook reject|Old edit/)?.[0]),
    ).toEqual(['Newest', 'Renewal edit', 'Outlook reject', 'Old edit']);
  });

  it('filters by outcome, site, task type and date, alone and together', async () => {
    renderWithEnv(db, <ReviewsPanel openId={null} onOpen={() => {}} />);
    await waitFor(() => expect(count()).toBe('4 finished reviews'));
    choose('Outcome', 'edit');
    await waitFor(() => expect(count()).toBe('2 finished reviews'));
    choose('Task', 'risk');
    await waitFor(() => expect(count()).toBe('1 finished reviews'));
    await waitFor(() => expect(screen.getByRole('list').textContent).toContain('Old edit'));
    choose('Outcome', '');
    choose('Task', '');
    choose('Site', 'outlook');
    await waitFor(() => expect(count()).toBe('1 finished reviews'));
    choose('Site', '');
    const today = new Date(NOW).toISOString().slice(0, 10);
    choose('From', new Date(NOW - 3 * 24 * HOUR).toISOString().slice(0, 10));
    choose('To', today);
    await waitFor(() => expect(count()).toBe('3 finished reviews'));
    choose('Outcome', 'reject');
    choose('Site', 'gmail');
    await waitFor(() => expect(count()).toBe('0 finished reviews'));
  });

  it('follows the database live: a review stored elsewhere appears without a reload', async () => {
    renderWithEnv(db, <ReviewsPanel openId={null} onOpen={() => {}} />);
    await waitFor(() => expect(count()).toBe('4 finished reviews'));
    await store(db, [finishedReview('approve', NOW - 1000, { subject: 'Just sent' })]);
    await waitFor(() => expect(count()).toBe('5 finished reviews'));
  });

  it('opens a review and renders its diff as text', async () => {
    const [review] = await db.reviews
      .where('endedAt')
      .above(NOW - 1.5 * HOUR)
      .toArray();
    await db.reviews.update(review!.id, { sentText: `${review!.draftText} <b>Ana</b>` });
    renderWithEnv(db, <ReviewsPanel openId={review!.id} onOpen={() => {}} />);
    const detail = await screen.findByRole('article', { name: 'Review' });
    await waitFor(() =>
      expect(within(detail).getByTestId('diff').querySelector('ins')?.textContent).toContain(
        '<b>Ana</b>',
      ),
    );
    expect(detail.querySelector('b')).toBeNull();
  });
});

describe('review list at scale', () => {
  it('renders only the rows in view of 10,000', async () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      finishedReview('approve', NOW - i * 60_000, { subject: `Review ${i}` }),
    );
    await db.reviews.bulkPut(many);
    renderWithEnv(db, <ReviewsPanel openId={null} onOpen={() => {}} />);
    await waitFor(() => expect(count()).toBe('10,000 finished reviews'));
    const rows = screen.getAllByRole('listitem');
    expect(rows.length).toBeGreaterThan(5);
    expect(rows.length).toBeLessThan(60);
    await waitFor(() => expect(rows[0]?.textContent).toContain('Review 0'));
  });
});
