import type { EditMetrics } from '../review/metrics-schema';
import type { EditLabel, Outcome } from '../review/vocabulary';

/** Text the site adapter found in the signature / quoted-history DOM nodes of one composer. */
export interface TextHints {
  signature?: string;
  quoted?: string;
}

/**
 * One run of the word diff, as a person reads it. `text` starts with the whitespace that
 * separated it from the previous part, so joining all parts renders the diff inline.
 */
export interface DiffPart {
  kind: 'kept' | 'added' | 'removed';
  text: string;
  /**
   * The text moved rather than changed: a removed part is where it left, an added part where it
   * arrived (the same words). Only on removed and added parts; absent when not moved.
   */
  moved?: true;
}

export interface ClassifyResult extends EditMetrics {
  outcome: Outcome;
  parts: DiffPart[];
  /** What kind of edit it was (lib/classify/edit-labels); none for an approval or a discard. */
  labels: EditLabel[];
}
