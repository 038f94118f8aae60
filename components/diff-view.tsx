import { useMemo } from 'react';
import { classify, type DiffPart } from '@/lib/classify';

/**
 * A word diff of the AI draft against what was sent. Removed words are struck through and added
 * ones underlined (not colour alone), and screen readers hear "removed:" / "added:". E-mail text
 * is rendered as React text nodes, never parsed as HTML; `dir="auto"` lets RTL text lay out by
 * its own direction.
 */
export function DiffView({ draft, sent }: { draft: string; sent: string | null }) {
  const parts = useMemo<DiffPart[]>(() => classify(draft, sent).parts, [draft, sent]);
  return (
    <figure className="diff-figure">
      <figcaption className="diff-legend">
        <del>removed</del> <ins>added</ins>
        {sent === null && ' · discarded: nothing was sent'}
      </figcaption>
      <div className="diff" dir="auto" data-testid="diff">
        {parts.length === 0 && <span className="muted">(empty draft)</span>}
        {parts.map((part, i) =>
          part.kind === 'kept' ? (
            <span key={i}>{part.text}</span>
          ) : part.kind === 'added' ? (
            <ins key={i}>
              <span className="sr-only">added: </span>
              {part.text}
            </ins>
          ) : (
            <del key={i}>
              <span className="sr-only">removed: </span>
              {part.text}
            </del>
          ),
        )}
      </div>
    </figure>
  );
}
