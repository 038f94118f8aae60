import { useMemo } from 'react';
import { classify, type DiffPart } from '@/lib/classify';
import type { EditLabel } from '@/lib/review/vocabulary';
import { EditLabelChips } from './edit-label-chips';

/**
 * A word diff of the AI draft against what was sent. Removed words are struck through and added
 * ones underlined (not colour alone), and screen readers hear "removed:" / "added:". E-mail text
 * is rendered as React text nodes, never parsed as HTML; `dir="auto"` lets RTL text lay out by
 * its own direction.
 */
export function DiffView({
  draft,
  sent,
  labels,
}: {
  draft: string;
  sent: string | null;
  /** The review's kinds of edit, shown above the diff. */
  labels?: readonly EditLabel[];
}) {
  const parts = useMemo<DiffPart[]>(() => classify(draft, sent).parts, [draft, sent]);
  return (
    <figure className="diff-figure">
      <figcaption className="diff-legend">
        <del>removed</del> <ins>added</ins>
        {sent === null && ' · discarded: nothing was sent'}
      </figcaption>
      <EditLabelChips labels={labels} />
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
