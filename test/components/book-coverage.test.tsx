// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BookCoverage, BookCoverageCard } from '@/components/book-coverage';
import type { CsmCoverage } from '@/lib/book/coverage-format';
import type { MyCoverageResult } from '@/lib/sync/my-coverage';

afterEach(cleanup);

const account = (name: string) => ({
  account: name,
  domains: [`${name.toLowerCase()}.com`],
  arr: null,
  segment: null,
});

function ready(accounts: number, covered: number, uncovered: string[]): MyCoverageResult {
  const coverage: CsmCoverage = {
    csmId: 'ana',
    displayName: 'Ana',
    accounts,
    covered,
    share: covered / accounts,
    verdict: '',
    uncovered: uncovered.map(account),
    uncoveredTotal: accounts - covered,
  };
  return { state: 'ready', coverage, benchmark: 0.85, windowDays: 30 };
}

describe('book coverage in the popup', () => {
  it('shows the share, covered of in book, and the first uncovered accounts', () => {
    const names = ['Acme', 'Bee', 'Cee', 'Dee', 'Eve', 'Fay', 'Gus'];
    render(<BookCoverage result={ready(10, 3, names)} />);
    expect(screen.getByTestId('book-coverage').textContent).toBe('30 % · 3 of 10 accounts');
    expect(screen.getByText(/Below the 40-55 % of months 1-3 of a roll-out/)).toBeTruthy();
    const items = screen.getByTestId('book-uncovered').querySelectorAll('li');
    expect([...items].map((li) => li.textContent)).toEqual([
      'Acme (acme.com)',
      'Bee (bee.com)',
      'Cee (cee.com)',
      'Dee (dee.com)',
      'Eve (eve.com)',
    ]);
    expect(screen.getByText('and 2 more')).toBeTruthy();
  });

  it('says the benchmark is met and lists nothing when every account is covered', () => {
    render(<BookCoverage result={ready(4, 4, [])} />);
    expect(screen.getByTestId('book-coverage').textContent).toBe('100 % · 4 of 4 accounts');
    expect(screen.getByText('At the 85 % of fully rolled-out teams.')).toBeTruthy();
    expect(screen.queryByTestId('book-uncovered')).toBeNull();
  });

  it('shows nothing when sync is off or the book is empty', () => {
    const { container } = render(<BookCoverage result={{ state: 'none' }} />);
    expect(container.textContent).toBe('');
  });

  it('says in a sentence when the backend cannot be reached', () => {
    const message = 'Your account coverage is not available: the team backend cannot be reached.';
    render(<BookCoverage result={{ state: 'unreachable', message }} />);
    expect(screen.getByTestId('book-coverage-error').textContent).toBe(message);
  });

  it('asks once through the given loader, and says so when the background fails', async () => {
    const load = vi.fn(async () => ready(2, 1, ['Bee']));
    render(<BookCoverageCard load={load} />);
    await waitFor(() => expect(screen.getByTestId('book-coverage').textContent).toMatch(/1 of 2/));
    expect(load).toHaveBeenCalledTimes(1);
    cleanup();
    render(<BookCoverageCard load={() => Promise.reject(new Error('no receiver'))} />);
    await waitFor(() =>
      expect(screen.getByTestId('book-coverage-error').textContent).toMatch(/did not answer/),
    );
  });
});
