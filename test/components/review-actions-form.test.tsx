// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReviewActionsForm } from '@/components/review-actions-form';
import type { RedlineDb } from '@/lib/db/redline-db';
import { finishedReview, openReview } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';
import { NOW, renderWithEnv } from './env';

let db: RedlineDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  cleanup();
  await dropDb(db);
});

describe('review actions', () => {
  it('sends each correction as its own message', () => {
    const review = finishedReview('edit', NOW);
    const { actions } = renderWithEnv(
      db,
      <ReviewActionsForm review={review} onDeleted={() => {}} />,
    );
    fireEvent.click(screen.getByRole('button', { name: '☆ Star as 1:1 example' }));
    expect(actions['review.star']).toHaveBeenCalledWith({ reviewId: review.id, starred: true });
    fireEvent.change(screen.getByLabelText('Task type'), { target: { value: 'risk' } });
    expect(actions['review.setTaskType']).toHaveBeenCalledWith({
      reviewId: review.id,
      taskType: 'risk',
    });
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'reject' } });
    expect(actions['review.setOutcome']).toHaveBeenCalledWith({
      reviewId: review.id,
      outcome: 'reject',
    });
    const save = screen.getByRole('button', { name: 'Save note' });
    expect((save as HTMLButtonElement).disabled).toBe(true);
    fireEvent.change(screen.getByLabelText('Note for the 1:1'), { target: { value: 'good' } });
    fireEvent.click(save);
    expect(actions['review.note']).toHaveBeenCalledWith({ reviewId: review.id, note: 'good' });
  });

  it('offers a reject reason only on a rejected review, and can clear it', () => {
    const edited = finishedReview('edit', NOW);
    renderWithEnv(db, <ReviewActionsForm review={edited} onDeleted={() => {}} />);
    expect(screen.queryByLabelText('Reject reason')).toBeNull();
    cleanup();
    const rejected = finishedReview('reject', NOW, { rejectReason: 'too-long' });
    const { actions } = renderWithEnv(
      db,
      <ReviewActionsForm review={rejected} onDeleted={() => {}} />,
    );
    fireEvent.change(screen.getByLabelText('Reject reason'), { target: { value: '' } });
    expect(actions['review.setRejectReason']).toHaveBeenCalledWith({
      reviewId: rejected.id,
      rejectReason: null,
    });
  });

  it('deletes only after a confirmation', async () => {
    const review = finishedReview('approve', NOW);
    const onDeleted = vi.fn();
    const { actions } = renderWithEnv(
      db,
      <ReviewActionsForm review={review} onDeleted={onDeleted} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Delete…' }));
    expect(actions['review.delete']).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Delete for good' }));
    expect(actions['review.delete']).toHaveBeenCalledWith({ reviewId: review.id });
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalled());
  });

  it('shows a refused change in words, and cannot correct an open review’s outcome', async () => {
    const review = openReview();
    const { actions } = renderWithEnv(
      db,
      <ReviewActionsForm review={review} onDeleted={() => {}} />,
    );
    expect((screen.getByLabelText('Outcome') as HTMLSelectElement).disabled).toBe(true);
    vi.mocked(actions['review.star']).mockRejectedValueOnce(
      new Error('Edit refused: not from Redline.'),
    );
    fireEvent.click(screen.getByRole('button', { name: '☆ Star as 1:1 example' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Edit refused: not from Redline.');
  });
});
