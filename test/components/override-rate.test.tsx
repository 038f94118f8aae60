// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { CoachingLine } from '@/components/coaching-line';
import { OverrideRateCard } from '@/components/override-rate-card';
import { countsOf } from '@/lib/metrics/override-rate';

const counts = (approve: number, edit: number, reject: number) =>
  countsOf([{ day: '2026-11-23', approve, edit, reject }]);

afterEach(cleanup);

describe('override rate card', () => {
  it('shows the rate with its counts and where it sits against the band', () => {
    render(<OverrideRateCard label="last 7 days" counts={counts(15, 3, 2)} />);
    expect(screen.getByTestId('override-rate').textContent).toBe('25 %');
    expect(screen.getByTestId('override-rate-counts').textContent).toBe(
      '15 approved · 3 edited · 2 rejected',
    );
    expect(screen.getByText('inside the 18-32 % band')).toBeTruthy();
    expect(screen.getByRole('region', { name: 'Override rate, last 7 days' })).toBeTruthy();
  });

  it.each([
    [counts(9, 1, 0), '10 %', 'under'],
    [counts(18, 4, 0), '18 %', 'inside'],
    [counts(17, 8, 0), '32 %', 'inside'],
    [counts(5, 3, 2), '50 %', 'over'],
  ])('places %j at %s: %s', (value, text, placement) => {
    const { container } = render(<OverrideRateCard label="w" counts={value} />);
    expect(screen.getByTestId('override-rate').textContent).toBe(text);
    expect(container.querySelector('section')?.dataset.placement).toBe(placement);
  });

  it('with fewer than 5 finished reviews says so beside the counts instead of a percentage', () => {
    render(<OverrideRateCard label="last 7 days" counts={counts(0, 3, 1)} />);
    expect(screen.getByTestId('override-rate').textContent).toBe('Too few reviews');
    expect(screen.getByTestId('override-rate-counts').textContent).toBe(
      '0 approved · 3 edited · 1 rejected',
    );
    expect(screen.getByText('fewer than 5 finished reviews')).toBeTruthy();
    expect(screen.queryByText(/100 %/)).toBeNull();
  });
});

describe('coaching line', () => {
  const line = () => screen.getByTestId('coaching').textContent;

  it('under the band warns about drafts going out unread', () => {
    render(<CoachingLine last7={counts(19, 1, 0)} last30={counts(19, 1, 0)} best={null} />);
    expect(line()).toMatch(/^Under the 18-32 % band: drafts may be going out unread/);
    expect(line()).toContain('brand risk');
  });

  it('over the band says the model is not tuned and rejected drafts can be fed back', () => {
    render(<CoachingLine last7={counts(2, 2, 2)} last30={counts(2, 2, 2)} best={null} />);
    expect(line()).toMatch(/^Over the 18-32 % band: the model is not tuned for this book/);
    expect(line()).toContain('feed them back');
  });

  it('inside the band names the best edit of the week', () => {
    render(<CoachingLine last7={counts(8, 2, 0)} last30={counts(8, 2, 0)} best="Q3 <QBR>" />);
    expect(line()).toBe('Inside the 18-32 % band. Best edit this week: “Q3 <QBR>”.');
  });

  it('falls back to 30 days when the week has too few, and says which window', () => {
    render(<CoachingLine last7={counts(1, 0, 0)} last30={counts(30, 0, 0)} best={null} />);
    expect(line()).toMatch(/^Under the 18-32 % band.*\(last 30 days\)$/);
  });

  it('with too few reviews anywhere coaches nothing', () => {
    render(<CoachingLine last7={counts(1, 0, 0)} last30={counts(2, 1, 0)} best="x" />);
    expect(line()).toMatch(/^Too few finished reviews/);
  });
});
