import { ReviewBatchSchema, type ReviewResult, type WireReview } from '@/lib/sync/wire-format';

export type Behaviour =
  | { kind: 'ok' }
  /** Commit the batch, then lose the answer (connection reset): the client sees a network error. */
  | { kind: 'commit-then-drop' }
  | { kind: 'status'; status: number; headers?: Record<string, string>; body?: unknown };

/**
 * An in-memory receiver speaking wire format v1 with the backend's rules (id + revision, newest
 * wins), whose answer to each call can be scripted. It records every review it stores.
 */
export function createFakeBackend() {
  const stored = new Map<string, WireReview>();
  const writes: WireReview[] = [];
  const batches: WireReview[][] = [];
  const script: Behaviour[] = [];
  const calls = { count: 0 };

  function apply(reviews: WireReview[]): ReviewResult[] {
    return reviews.map((review) => {
      const prev = stored.get(review.id);
      if (prev && prev.revision >= review.revision) {
        return { id: review.id, revision: review.revision, status: 'duplicate' };
      }
      stored.set(review.id, review);
      writes.push(review);
      return { id: review.id, revision: review.revision, status: 'accepted' };
    });
  }

  const fetch: typeof globalThis.fetch = async (_input, init) => {
    calls.count++;
    const behaviour = script.shift() ?? { kind: 'ok' };
    if (behaviour.kind === 'status') {
      return new Response(JSON.stringify(behaviour.body ?? { error: 'x', message: 'scripted' }), {
        status: behaviour.status,
        headers: { 'content-type': 'application/json', ...behaviour.headers },
      });
    }
    const batch = ReviewBatchSchema.parse(JSON.parse(String(init?.body)));
    batches.push(batch.reviews);
    const results = apply(batch.reviews);
    if (behaviour.kind === 'commit-then-drop') throw new TypeError('Failed to fetch');
    return new Response(JSON.stringify({ schemaVersion: 1, results }), {
      status: 200,
      headers: { 'content-type': 'application/json' },
    });
  };

  return { fetch, stored, writes, batches, script, calls };
}
