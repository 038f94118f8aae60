import type { Review } from '../../../lib/review/review-schema';
import type { WireUpsert } from '../../../lib/sync/wire-format';

/**
 * A synced review back in the extension's Review shape, so the popup's own export functions
 * write the backend's lines. Fields that never travel get the values they have on a finished
 * review: what the composer held is what was sent (or the draft, when discarded).
 */
export function wireToReview(wire: WireUpsert): Review {
  const { op: _op, csmId: _csmId, ...rest } = wire;
  return {
    ...rest,
    status: 'finished',
    currentText: wire.sentText ?? wire.draftText,
    captureSeq: 0,
    sentWeek: wire.sentText === null ? null : wire.week,
  };
}
