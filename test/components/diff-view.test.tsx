// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DiffView } from '@/components/diff-view';

afterEach(cleanup);

const diff = () => screen.getByTestId('diff');

describe('diff view', () => {
  it('marks removed and added words by element and words, not colour alone', () => {
    render(<DiffView draft="The price is 10 percent." sent="The price is 5 percent." />);
    const del = diff().querySelectorAll('del');
    const ins = diff().querySelectorAll('ins');
    expect([...del].map((el) => el.textContent)).toEqual(['removed:  10']);
    expect([...ins].map((el) => el.textContent)).toEqual(['added:  5']);
    expect(del[0]?.querySelector('.sr-only')?.textContent).toBe('removed: ');
  });

  it('marks a moved sentence as moved where it left and where it arrived, in words', () => {
    const draft = 'Thanks for the call today. The renewal quote is attached for your review.';
    const sent = 'The renewal quote is attached for your review. Thanks for the call today.';
    const { container } = render(<DiffView draft={draft} sent={sent} />);
    const from = diff().querySelector('del.moved');
    const to = diff().querySelector('ins.moved');
    expect(from?.getAttribute('title')).toBe('moved from here');
    expect(to?.getAttribute('title')).toBe('moved here');
    expect(from?.textContent).toBe('moved from here: Thanks for the call today');
    expect(to?.textContent).toBe('moved here:  Thanks for the call today');
    // Plain removed and added parts are only the full stops, not the moved words.
    const plain = [...diff().querySelectorAll('del:not(.moved), ins:not(.moved)')];
    expect(plain.map((el) => el.textContent)).toEqual(['removed: .', 'added: .']);
    expect(container.querySelector('.diff-legend')?.textContent).toContain('moved from');
    cleanup();
    render(<DiffView draft="The price is 10 percent." sent="The price is 5 percent." />);
    expect(screen.getByText('removed').closest('figcaption')?.textContent).not.toContain(
      'moved from',
    );
  });

  it('renders hostile HTML as text: no script, image or handler reaches the DOM', () => {
    const hostile = 'Hello <b>team</b> <script>alert(1)</script><img src=x onerror="alert(2)">';
    const { container } = render(<DiffView draft={hostile} sent={hostile} />);
    expect(container.querySelector('script, img, b')).toBeNull();
    expect(diff().textContent).toBe(hostile);
    cleanup();
    render(<DiffView draft="Hello team" sent={`Hello team ${hostile}`} />);
    expect(diff().querySelector('script, img, b')).toBeNull();
    expect(diff().querySelector('ins')?.textContent).toContain('<script>alert(1)</script>');
  });

  it('keeps right-to-left text and emoji intact and lets the text choose its direction', () => {
    const draft = 'שלום דנה, הנה הסיכום 👋';
    const sent = 'שלום דנה, הנה הסיכום המעודכן 👋🏽';
    render(<DiffView draft={draft} sent={sent} />);
    expect(diff().getAttribute('dir')).toBe('auto');
    expect(diff().textContent).toContain('שלום דנה');
    expect(diff().querySelector('ins')?.textContent).toContain('המעודכן');
    expect(diff().textContent).toContain('👋🏽');
  });

  // About a second in jsdom on an idle machine: a generous limit, no claim about speed.
  it('renders a 1 MB e-mail in full', { timeout: 60_000 }, () => {
    const big = 'word '.repeat(200_000).trim();
    render(<DiffView draft={big} sent={`${big} end`} />);
    const text = diff().textContent ?? '';
    expect(text.length).toBeGreaterThan(999_000);
    expect(diff().querySelector('ins')?.textContent).toContain('end');
  });

  it('shows a discarded draft as all removed, and says nothing was sent', () => {
    render(<DiffView draft="Dear Ana, see you soon." sent={null} />);
    expect(diff().querySelector('del')?.textContent).toContain('Dear Ana, see you soon.');
    expect(diff().querySelector('ins')).toBeNull();
    expect(screen.getByText(/discarded: nothing was sent/)).toBeTruthy();
  });
});
