import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONVERSATIONAL_LINE_SCHEMAS, EXPORT_LINE_SCHEMAS, exportLines } from '@/lib/export';
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
          : outcome === 'approve' || i % 10 === 1
            ? `Draft ${i}: Привет 👋 "renewal" terms\nline two`
            : `Sent ${i}, rewritten ✓`,
        endReason: discarded ? 'discarded' : 'sent',
        ...(i % 4 === 1 ? { context: `Question ${i}: when is the renewal call? 🙏` } : {}),
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

  /** The lines the popup writes for the same reviews, in the backend's order (endedAt, id). */
  const popupLines = (
    format: 'native' | 'chat' | 'preference' | 'trl' | 'unpaired',
    form?: 'conversational',
  ) =>
    reviews
      .filter((r) => r.csmId === 'ana')
      .sort((a, b) => a.endedAt - b.endedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map(wireToReview)
      .flatMap((r) => exportLines(format, r, form))
      .map((line) => JSON.parse(line) as unknown);

  for (const format of ['native', 'chat', 'preference', 'trl', 'unpaired'] as const) {
    it(`${format}: every line valid and the very lines the popup writes`, async () => {
      const res = await get(`/v1/exports/${format}?csm=ana`, manager);
      expect(res.status).toBe(200);
      expect(res.type).toContain('application/x-ndjson');
      const got = lines(res.text);
      for (const line of got) EXPORT_LINE_SCHEMAS[format].parse(line);
      const expected = popupLines(format);
      expect(expected.length).toBeGreaterThan(0);
      expect(got).toEqual(expected);
    });
  }

  for (const format of ['trl', 'unpaired'] as const) {
    it(`${format}: the conversational form, selected by ?form=`, async () => {
      const res = await get(`/v1/exports/${format}?csm=ana&form=conversational`, manager);
      expect(res.status).toBe(200);
      const got = lines(res.text);
      for (const line of got) CONVERSATIONAL_LINE_SCHEMAS[format].parse(line);
      expect(got).toEqual(popupLines(format, 'conversational'));
    });
  }

  it('unpaired lines judge both sides; pairs that did not change are left out', async () => {
    const unpaired = lines((await get('/v1/exports/unpaired?csm=ana', manager)).text) as {
      label: boolean;
    }[];
    const good = unpaired.filter((l) => l.label).length;
    expect(good).toBeGreaterThan(0);
    expect(unpaired.length - good).toBeGreaterThan(0);
    const trl = lines((await get('/v1/exports/trl?csm=ana', manager)).text) as {
      chosen: string;
      rejected: string;
      prompt: string;
    }[];
    for (const line of trl) expect(line.chosen).not.toBe(line.rejected);
    // Every tenth edit was sent unchanged: it is not a pair.
    const edits = reviews.filter((r) => r.csmId === 'ana' && r.outcome !== 'approve' && r.sentText);
    expect(trl.length).toBeLessThan(edits.length);
    expect(trl.some((line) => line.prompt.includes('Message being answered:'))).toBe(true);
  });

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
    const form = await get('/v1/exports/trl?form=chatty', manager);
    expect(form.status).toBe(400);
    expect(JSON.parse(form.text).issues[0].path).toBe('form');
    const notTrl = await get('/v1/exports/chat?form=conversational', manager);
    expect(notTrl.status).toBe(400);
    expect(JSON.parse(notTrl.text).message).toContain('only trl and unpaired');
  });
});
