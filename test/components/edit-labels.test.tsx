// @vitest-environment jsdom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DiffView } from '@/components/diff-view';
import { EditLabelChips } from '@/components/edit-label-chips';
import { ReviewDetail } from '@/components/review-detail';
import { ReviewsPanel } from '@/components/reviews-panel';
import { SuggestionsList } from '@/components/suggestions-list';
import type { RedlineDb } from '@/lib/db/redline-db';
import { editScore, weekSuggestions } from '@/lib/popup/suggestions';
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

describe('edit label chips', () => {
  it('names each kind of edit in words, with its meaning for screen readers', () => {
    render(<EditLabelChips labels={['facts', 'structure']} />);
    const list = screen.getByRole('list', { name: 'Kind of edit' });
    const chips = within(list).getAllByRole('listitem');
    expect(chips.map((chip) => chip.firstChild?.textContent)).toEqual(['Facts', 'Reordered']);
    expect(chips[0]?.textContent).toContain('Numbers, dates, amounts or names changed');
    expect(chips[1]?.getAttribute('title')).toBe('Sentences moved');
  });

  it('shows nothing for a review without labels (an approval, or stored before labels)', () => {
    const { container } = render(
      <>
        <EditLabelChips labels={[]} />
        <EditLabelChips labels={undefined} />
      </>,
    );
    expect(container.innerHTML).toBe('');
  });

  it('the diff view shows the labels above the diff', () => {
    render(<DiffView draft="We meet Monday." sent="We meet Tuesday." labels={['facts']} />);
    expect(screen.getByRole('list', { name: 'Kind of edit' }).textContent).toContain('Facts');
    cleanup();
    render(<DiffView draft="We meet Monday." sent="We meet Tuesday." />);
    expect(screen.queryByRole('list', { name: 'Kind of edit' })).toBeNull();
  });
});

describe('labels in the review list and the opened review', () => {
  it('each row carries its chips in its accessible name; the detail lists them', async () => {
    const labelled = finishedReview('edit', NOW - HOUR, {
      subject: 'Renewal numbers',
      editLabels: ['facts', 'personalisation'],
    });
    const plain = finishedReview('approve', NOW - 2 * HOUR, { subject: 'Plain' });
    await store(db, [labelled, plain]);
    renderWithEnv(db, <ReviewsPanel openId={null} onOpen={() => undefined} />);
    await waitFor(
      () => expect(screen.getAllByRole('listitem')[1]?.textContent).toContain('Plain'),
      {
        timeout: 10_000,
      },
    );
    const [row, other] = screen.getAllByRole('button');
    expect(row?.textContent).toContain('Renewal numbers');
    expect(row?.textContent).toContain('Facts');
    expect(row?.textContent).toContain('Personalised');
    expect(other?.querySelector('.chip')).toBeNull();
    cleanup();
    renderWithEnv(db, <ReviewDetail id={labelled.id} onClose={() => undefined} />);
    const chips = await screen.findByRole('list', { name: 'Kind of edit' }, { timeout: 10_000 });
    expect(within(chips).getAllByRole('listitem')).toHaveLength(2);
  });
});

describe('1:1 suggestions prefer facts and personalisation', () => {
  const edit = (subject: string, editRate: number, changed: number, labels = [] as const) => {
    const review = finishedReview('edit', NOW - HOUR, { subject, editLabels: [...labels] });
    review.metrics = {
      ...review.metrics!,
      editRate,
      wordsAdded: changed / 2,
      wordsRemoved: changed / 2,
    };
    return review;
  };

  it('an edit that fixed facts outranks a bigger rewording; moves count once', async () => {
    const reworded = edit('Reworded', 0.5, 30);
    const fixed = { ...edit('Fixed the figures', 0.3, 10), editLabels: ['facts' as const] };
    const both = {
      ...edit('Named them and fixed dates', 0.2, 8),
      editLabels: ['facts' as const, 'personalisation' as const],
    };
    expect(editScore(fixed)).toBeGreaterThan(editScore(reworded));
    expect(editScore(both)).toBeGreaterThan(editScore(fixed));
    const moved = edit('Moved', 0.5, 30);
    moved.metrics = { ...moved.metrics!, wordsMoved: 14 };
    expect(editScore(moved)).toBeLessThan(editScore(reworded));

    await store(db, [reworded, fixed, both]);
    const picks = await weekSuggestions(db, NOW);
    expect(picks.map((review) => review.subject)).toEqual([
      'Named them and fixed dates',
      'Fixed the figures',
      'Reworded',
    ]);
    renderWithEnv(db, <SuggestionsList suggestions={picks} onOpen={() => undefined} />);
    const items = screen.getAllByRole('listitem');
    await waitFor(() => expect(items[0]?.textContent).toContain('Personalised'));
    expect(items[2]?.querySelector('.chip')).toBeNull();
  });
});

describe('moved words in the review facts', () => {
  it('says how many words moved and how the edit rate counts them', async () => {
    const review = finishedReview('edit', NOW - HOUR, { subject: 'Reordered' });
    review.metrics = { ...review.metrics!, wordsMoved: 3 };
    const old = finishedReview('edit', NOW - HOUR, { subject: 'Stored before moves' });
    await store(db, [review, old]);
    renderWithEnv(db, <ReviewDetail id={review.id} onClose={() => undefined} />);
    const detail = await screen.findByRole('article', { name: 'Review' }, { timeout: 10_000 });
    expect(detail.textContent).toContain('3 of them moved');
    expect(detail.textContent).toContain('(added + removed − moved) / draft words');
    cleanup();
    renderWithEnv(db, <ReviewDetail id={old.id} onClose={() => undefined} />);
    const plain = await screen.findByRole('article', { name: 'Review' }, { timeout: 10_000 });
    expect(plain.textContent).not.toContain('of them moved');
    expect(plain.textContent).toContain('(added + removed) / draft words');
  });
});
