import type { ReactNode } from 'react';

/**
 * A term with its definition one hover or click (or Enter) away: a native disclosure, so it
 * works from the keyboard and with a screen reader without any script.
 */
export function Definition({ term, children }: { term: string; children: ReactNode }) {
  return (
    <details className="definition">
      <summary title={typeof children === 'string' ? children : undefined}>
        {term}{' '}
        <span className="definition__icon" aria-hidden="true">
          ?
        </span>
      </summary>
      <p className="definition__text">{children}</p>
    </details>
  );
}

export const OVERRIDE_RATE_DEFINITION =
  'Override rate = (edited + rejected) / all finished reviews in the window. ' +
  'Approved: sent with no substantive change. Edited: sent with changes that keep much of the draft. ' +
  'Rejected: discarded, or sent after most of the draft was thrown away. Target band 18-32 %.';
