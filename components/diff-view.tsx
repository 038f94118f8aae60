import { useMemo } from 'react';
import { classify, type DiffPart } from '@/lib/classify';
import type { EditLabel } from '@/lib/review/vocabulary';
import { EditLabelChips } from './edit-label-chips';

/**
 * A word diff of the AI draft against what was sent. Removed words are struck through and added
 * ones underlined (not colour alone), and screen readers hear "removed:" / "added:". Moved text
 * (a sentence put elsewhere, not rewritten) has its own colour and a double line, struck where it
 * left and underlined where it arrived, with "moved from here" / "moved here" as its title and
 * for screen readers. E-mail text is rendered as React text nodes, never parsed as HTML;
 * `dir="auto"` lets RTL text lay out by its own direction.
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
  const moves = parts.some((part) => part.moved);
  return (
    <figure className="diff-figure">
      <figcaption className="diff-legend">
        <del>removed</del> <ins>added</ins>
        {moves && (
          <>
            {' '}
            <span className="sr-only">
              moved text: struck where it was, underlined where it went,{' '}
            </span>
            <del className="moved">moved from</del> <ins className="moved">moved to</ins>
          </>
        )}
        {sent === null && ' · discarded: nothing was sent'}
      </figcaption>
      <EditLabelChips labels={labels} />
      <div className="diff" dir="auto" data-testid="diff">
        {parts.length === 0 && <span className="muted">(empty draft)</span>}
        {parts.map((part, i) =>
          part.kind === 'kept' ? (
            <span key={i}>{part.text}</span>
          ) : part.moved ? (
            <MovedPart key={i} kind={part.kind} text={part.text} />
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

function MovedPart({ kind, text }: { kind: 'added' | 'removed'; text: string }) {
  const words = kind === 'added' ? 'moved here' : 'moved from here';
  const Mark = kind === 'added' ? 'ins' : 'del';
  return (
    <Mark className="moved" title={words}>
      <span className="sr-only">{words}: </span>
      {text}
    </Mark>
  );
}
