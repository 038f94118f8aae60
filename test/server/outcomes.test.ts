import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReplyRateReport } from '@/lib/metrics/reply-rate';
import type { WireUpsert } from '@/lib/sync/wire-format';
import { endedReview } from './support/seed-team';
import { BACKENDS, queryRows } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch } from './support/wire-factory';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/**
 * Ana, sent 10+ days ago, every thread seen: 10 approved (3 answered within 7 days, 1 after 9
 * days), 10 edited (7 answered), 2 rewritten (1 answered). Not counted: 4 answered edits sent 2
 * days ago (too recent), 3 answered approvals whose thread was never seen, a discarded draft.
 * Bo: 1 approved renewal, answered.
 */
function seed(now: number): { ana: WireUpsert[]; bo: WireUpsert[] } {
  const ana: WireUpsert[] = [];
  const sent = (outcome: WireUpsert['outcome'], daysAgo: number, replyAfterMs: number | null) => {
    const review = endedReview('ana', now, daysAgo, { outcome, replyTracked: true });
    return {
      ...review,
      customerRepliedAt: replyAfterMs === null ? null : review.endedAt + replyAfterMs,
    };
  };
  for (let i = 0; i < 10; i++) ana.push(sent('approve', 10 + i, i < 3 ? 5 * HOUR : null));
  ana[9] = { ...ana[9]!, customerRepliedAt: ana[9]!.endedAt + 9 * DAY };
  for (let i = 0; i < 10; i++) {
    ana.push({ ...sent('edit', 12, i < 7 ? DAY : null), taskType: i < 5 ? 'renewal' : 'qbr' });
  }
  ana.push(sent('reject', 15, 2 * HOUR), sent('reject', 15, null));
  for (let i = 0; i < 4; i++) ana.push(sent('edit', 2, HOUR));
  for (let i = 0; i < 3; i++) {
    const untracked = endedReview('ana', now, 20, { outcome: 'approve' });
    ana.push({ ...untracked, customerRepliedAt: untracked.endedAt + HOUR });
  }
  ana.push({
    ...endedReview('ana', now, 11, { outcome: 'reject', replyTracked: true }),
    endReason: 'discarded',
    sentText: null,
  });
  const bo = [{ ...sent('approve', 9, HOUR), csmId: 'bo', taskType: 'renewal' as const }];
  return { ana, bo };
}

describe.each(BACKENDS)('reply rates on %s', (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana', 'Ana Lima');
    const bo = await server.csmToken('bo', 'Bo Chen');
    manager = await server.managerToken();
    const reviews = seed(Date.now());
    expect(
      (await postBatch(server.url, ana, { schemaVersion: 1, reviews: reviews.ana })).status,
    ).toBe(200);
    expect(
      (await postBatch(server.url, bo, { schemaVersion: 1, reviews: reviews.bo })).status,
    ).toBe(200);
  }, 120_000);
  afterAll(() => server.close());

  const outcomes = async (token: string, query = '') => {
    const res = await fetch(`${server.url}/v1/manager/outcomes${query}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, body: (await res.json()) as ReplyRateReport };
  };

  it('stores the reply and whether the thread was seen', async () => {
    const rows = await queryRows<{ n: number }>(
      server.database,
      sql`select count(*)::int as n from reviews
        where csm_id = 'ana' and reply_tracked and customer_replied_at is not null`,
    );
    expect(rows[0]!.n).toBe(3 + 1 + 7 + 1 + 4);
  });

  it('counts one CSM per outcome and task type, only sent reviews 7 days old with a seen thread', async () => {
    const { status, body } = await outcomes(manager, '?csm=ana');
    expect(status).toBe(200);
    expect(body.windowDays).toBe(7);
    expect(body.byOutcome.approve).toEqual({ sent: 10, replied: 3, rate: 0.3 });
    expect(body.byOutcome.edit).toEqual({ sent: 10, replied: 7, rate: 0.7 });
    expect(body.byOutcome.reject).toEqual({ sent: 2, replied: 1, rate: 0.5 });
    expect(body.total).toEqual({ sent: 22, replied: 11, rate: 0.5 });
    expect(body.byTaskType).toEqual([
      { taskType: 'qbr', sent: 17, replied: 6, rate: 6 / 17 },
      { taskType: 'renewal', sent: 5, replied: 5, rate: 1 },
    ]);
    expect(body.verdict).toMatch(/^Editing pays off: 70 % of edited vs 30 % of approved/);
  });

  it('covers the whole team without a CSM', async () => {
    const { body } = await outcomes(manager);
    expect(body.byOutcome.approve).toEqual({ sent: 11, replied: 4, rate: 4 / 11 });
    expect(body.byTaskType.find((t) => t.taskType === 'renewal')).toMatchObject({
      sent: 6,
      replied: 6,
    });
  });

  it('needs a manager token and a well-formed CSM id', async () => {
    expect((await outcomes(ana)).status).toBe(403);
    const bad = await outcomes(manager, '?csm=no%20spaces');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('csm');
  });
});
