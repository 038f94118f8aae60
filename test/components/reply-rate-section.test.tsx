// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ReplyRateSection } from '@/components/reply-rate-section';
import { buildReplyReport } from '@/lib/metrics/reply-rate';

const NOW = Date.UTC(2026, 11, 2);
afterEach(cleanup);

describe('reply rate section', () => {
  it('shows the rate with its counts per outcome and task type, and the verdict beside them', () => {
    const report = buildReplyReport(
      [
        { outcome: 'approve', taskType: 'qbr', sent: 10, replied: 3 },
        { outcome: 'edit', taskType: 'renewal', sent: 10, replied: 7 },
      ],
      NOW,
    );
    render(<ReplyRateSection report={report} />);
    expect(screen.getByTestId('reply-verdict').textContent).toMatch(/^Editing pays off: 70 %/);
    expect(screen.getByTestId('reply-rate-approve').textContent).toBe(
      'Approved as drafted30 %3 of 10',
    );
    expect(screen.getByTestId('reply-rate-edit').textContent).toBe('Edited70 %7 of 10');
    expect(screen.getByTestId('reply-rate-reject').textContent).toBe('Rewritten—0 of 0');
    expect(screen.getByText('renewal brief')).toBeTruthy();
  });

  it('says what to do when nothing is old enough or tracked yet', () => {
    render(<ReplyRateSection report={buildReplyReport([], NOW)} />);
    expect(screen.getByTestId('reply-verdict').textContent).toContain('reply in a Gmail thread');
    expect(screen.queryByRole('table')).toBeNull();
  });
});
