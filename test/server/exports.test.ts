import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXPORT_LINE_SCHEMAS, tuningEligible } from '@/lib/export';
import { ReviewSchema } from '@/lib/review/review-schema';
import { storeBatch } from '@/server/src/db/review-store';
import { wireToReview } from '@/server/src/exports/wire-to-review';
import { endedReview } from './support/seed-team';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import type { WireUpsert } from '@/lib/sync/wire-format';

const NOW = Date.UTC(2026, 10, 23, 12);
const OUTCOMES = ['approve', 'edit', 'reject'] as const;

/** 2,400 reviews for Ana over 60 days (every outcome, some discarded), 30 for Bo. */
function history(): WireUpsert[] {
  const reviews: WireUpsert[] = [];
  for (let i = 0; i < 2400; i++) {
    const outcome = OUTCOMES[i % 3]!;
    const discarded = outcome === 'reject' && i % 2 === 0;
    reviews.push(
      endedReview('ana', NOW, i % 60, {
        outcome,
        draftText: `Draft ${i}: Привет 👋 "renewal" terms\nline two`,
        sentText: discarded
          ? null
          : outcome === 'approve'
            ? `Draft ${i}: Привет 👋 "renewal" terms\nline two`
            : `Sent ${i}, rewritten ✓`,
        endReason: discarded ? 'discarded' : 'sent',
      }),
    );
  }
  for (let i = 0; i < 30; i++) reviews.push(endedReview('bo', NOW, i, { outcome: 'edit' }));
  return reviews;
}

const lines = (text: string) =>
  text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);

describe.each(BACKENDS)('tuning exports on %s', (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;
  let reviews: WireUpsert[];

  beforeAll(async () => {
    server = await startTestServer(backend);
    manager = await server.managerToken();
    ana = await server.csmToken('ana');
    reviews = history();
    for (let i = 0; i < reviews.length; i += 500)
      await storeBatch(server.database.db, reviews.slice(i, i + 500));
  });
  afterAll(() => server.close());

  const get = async (path: string, token: string) => {
    const res = await fetch(`${server.url}${path}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    return { status: res.status, text: await res.text(), type: res.headers.get('content-type') };
  };

  for (const format of ['native', 'chat', 'preference', 'trl', 'unpaired'] as const) {
    it(`${format}: every line valid, exactly the eligible reviews, in the popup's format`, async () => {
      const res = await get(`/v1/exports/${format}?csm=ana`, manager);
      expect(res.status).toBe(200);
      expect(res.type).toContain('application/x-ndjson');
      const got = lines(res.text);
      for (const line of got) EXPORT_LINE_SCHEMAS[format].parse(line);
      const expected = reviews
        .filter((r) => r.csmId === 'ana')
        .map(wireToReview)
        .filter((r) => tuningEligible(r, format));
      expect(got).toHaveLength(expected.length);
      expect(expected.length).toBeGreaterThan(0);
    });
  }

  it('native lines are the reviews as the extension stores them, text intact', async () => {
    const got = lines((await get('/v1/exports/native?csm=ana', manager)).text).map((l) =>
      ReviewSchema.parse(l),
    );
    const byId = new Map(reviews.map((r) => [r.id, r]));
    for (const review of got.slice(0, 50))
      expect(review.draftText).toBe(byId.get(review.id)!.draftText);
  });

  it('filters by date range (UTC days, `to` inclusive) and team', async () => {
    const day = (daysAgo: number) =>
      new Date(NOW - daysAgo * 86_400_000).toISOString().slice(0, 10);
    const ranged = lines(
      (await get(`/v1/exports/native?from=${day(9)}&to=${day(0)}`, manager)).text,
    );
    const expected = reviews.filter((r) => r.endedAt >= Date.parse(`${day(9)}T00:00:00Z`));
    expect(ranged).toHaveLength(expected.length);
    const team = lines((await get('/v1/exports/native', manager)).text);
    expect(team).toHaveLength(2430);
  });

  it('a CSM exports only their own reviews', async () => {
    expect((await get('/v1/exports/native?csm=bo', ana)).status).toBe(403);
    expect(lines((await get('/v1/exports/native', ana)).text)).toHaveLength(2400);
  });

  it('says what is wrong with a bad format or date', async () => {
    expect((await get('/v1/exports/xlsx', manager)).status).toBe(404);
    const bad = await get('/v1/exports/chat?from=yesterday', manager);
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text).issues[0].path).toBe('from');
  });
});
