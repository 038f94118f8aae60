import type { WireUpsert } from '../../../lib/sync/wire-format';
import { dayKey, weekKey } from '../../../lib/time/calendar';
import { postBatch, wireReview } from './wire-factory';

const DAY = 86_400_000;

/** A review that ended `daysAgo` days before `now`, with consistent day and week keys. */
export function endedReview(
  csmId: string,
  now: number,
  daysAgo: number,
  overrides: Partial<WireUpsert> = {},
): WireUpsert {
  const endedAt = now - daysAgo * DAY - 60_000;
  const taskMs = overrides.taskMs ?? 600_000;
  return wireReview(csmId, {
    endedAt,
    updatedAt: endedAt,
    draftSeenAt: endedAt - taskMs,
    taskMs,
    day: dayKey(endedAt),
    week: weekKey(endedAt),
    ...overrides,
  });
}

/**
 * Ana: in the last 7 days 6 approved, 3 edited, 1 rejected (10 → 40 %); 10-20 days ago 5 more
 * rejected (30 days: 15, 9 overridden → 60 %); two starred; qbr task times 10, 20, 30 min.
 * Bo: 3 approved in the last 7 days (too few for a rate).
 */
export function teamFixture(now: number): { ana: WireUpsert[]; bo: WireUpsert[] } {
  const ana: WireUpsert[] = [];
  for (let i = 0; i < 6; i++)
    ana.push(
      endedReview('ana', now, 1, {
        outcome: 'approve',
        taskType: 'renewal',
        recipientDomains: [`client${i}.com`],
      }),
    );
  ana.push(
    endedReview('ana', now, 2, {
      outcome: 'edit',
      taskType: 'qbr',
      taskMs: 10 * 60_000,
      starred: true,
      note: 'good catch',
    }),
  );
  ana.push(endedReview('ana', now, 2, { outcome: 'edit', taskType: 'qbr', taskMs: 20 * 60_000 }));
  ana.push(
    endedReview('ana', now, 3, {
      outcome: 'edit',
      taskType: 'qbr',
      taskMs: 30 * 60_000,
      recipientDomains: ['gmail.com'],
    }),
  );
  ana.push(
    endedReview('ana', now, 3, {
      outcome: 'reject',
      sentText: null,
      endReason: 'discarded',
      starred: true,
    }),
  );
  for (let i = 0; i < 5; i++)
    ana.push(
      endedReview('ana', now, 10 + i * 2, {
        outcome: 'reject',
        sentText: null,
        endReason: 'discarded',
      }),
    );
  const bo = [0, 1, 2].map(() => endedReview('bo', now, 1, { outcome: 'approve' }));
  return { ana, bo };
}

export async function seedTeam(url: string, tokens: { ana: string; bo: string }, now: number) {
  const { ana, bo } = teamFixture(now);
  await postBatch(url, tokens.ana, { schemaVersion: 1, reviews: ana });
  await postBatch(url, tokens.bo, { schemaVersion: 1, reviews: bo });
  return { ana, bo };
}
