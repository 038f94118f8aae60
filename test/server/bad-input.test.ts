import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BatchResponseSchema, ErrorResponseSchema } from '@/lib/sync/wire-format';
import { BACKENDS, queryRows } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireReview } from './support/wire-factory';

// Inputs that used to give a 500 (and, on the sender side, block every later review).
describe.each(BACKENDS)('bad input on %s', (backend) => {
  let server: TestServer;
  let ana: string;
  let manager: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana');
    manager = await server.managerToken();
  });
  afterAll(() => server.close());

  const stored = async (id: string) =>
    (
      await queryRows<{ subject: string; draft_text: string; note: string; sent_text: string }>(
        server.database,
        sql`select subject, draft_text, note, sent_text from reviews where id = ${id}`,
      )
    )[0];

  it('stores half an emoji (a lone surrogate) as a replacement character, not a 500', async () => {
    const half = '🎉'.slice(0, 1);
    const review = wireReview('ana', {
      subject: 'a'.repeat(1999) + half,
      draftText: `draft ${half} end`,
      sentText: `sent ${'🎉'.slice(1)}`,
      note: half,
      recipientAddresses: [`x${half}@acme.com`],
    });
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(200);
    expect(BatchResponseSchema.parse(res.body).results[0]?.status).toBe('accepted');
    const row = await stored(review.id);
    expect(row?.subject).toBe('a'.repeat(1999) + '\uFFFD');
    expect(row?.draft_text).toBe('draft \uFFFD end');
    expect(row?.sent_text).toBe('sent \uFFFD');
    expect(row?.note).toBe('\uFFFD');
  });

  it.each([
    ['editRate', 1e308],
    ['retention', 5e-324],
    ['editRate', 5e-324],
    ['retention', 1.5],
    ['editRate', -1],
  ])('answers 400 naming metrics.%s for %s, and names the review', async (field, value) => {
    const good = wireReview('ana');
    const base = wireReview('ana');
    const bad = { ...base, metrics: { ...base.metrics!, [field]: value } };
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [good, bad] });
    expect(res.status).toBe(400);
    const body = ErrorResponseSchema.parse(res.body);
    expect(body.ids).toEqual([bad.id]);
    expect(body.issues?.map((i) => i.path)).toContain(`reviews.1.metrics.${field}`);
    expect(body.message).toContain(`reviews.1.metrics.${field}`);
  });

  it('stores the extreme ratios the wire does allow', async () => {
    const base = wireReview('ana');
    const review = { ...base, metrics: { ...base.metrics!, editRate: 4_000_001, retention: 1e-7 } };
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(200);
  });

  it('refuses a day that is not a calendar day with 400 naming the field', async () => {
    const review = wireReview('ana', { day: '2024-13-45' });
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(400);
    expect(ErrorResponseSchema.parse(res.body).issues?.[0]?.path).toBe('reviews.0.day');
  });

  it.each(['from=2024-13-45', 'to=2024-02-30', 'from=yesterday', 'from=2024-1-5'])(
    'answers an export with %s with 400 naming the field and YYYY-MM-DD',
    async (query) => {
      const res = await fetch(`${server.url}/v1/exports/native?${query}`, {
        headers: { authorization: `Bearer ${manager}` },
      });
      expect(res.status).toBe(400);
      const body = ErrorResponseSchema.parse(await res.json());
      const field = query.split('=')[0]!;
      expect(body.issues?.[0]?.path).toBe(field);
      expect(body.message).toContain(field);
      expect(body.message).toContain('YYYY-MM-DD');
    },
  );

  it('still exports with a valid leap day', async () => {
    const res = await fetch(`${server.url}/v1/exports/native?from=2024-02-29&to=2024-03-01`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(res.status).toBe(200);
  });
});

describe.each(BACKENDS)('a value the database refuses, on %s', (backend) => {
  it('fails only its own review; the others of the batch are stored', async () => {
    const { storeBatch } = await import('@/server/src/db/review-store');
    const server = await startTestServer(backend);
    try {
      const good = wireReview('ana');
      const base = wireReview('ana');
      // Past the schema (storeBatch trusts its caller): `real` cannot hold 1e308.
      const bad = { ...base, metrics: { ...base.metrics!, editRate: 1e308 } };
      const results = await storeBatch(server.database.db, [good, bad]);
      expect(results).toEqual([
        { id: good.id, revision: 1, status: 'accepted' },
        expect.objectContaining({ id: bad.id, status: 'rejected' }),
      ]);
      const rows = await queryRows<{ id: string }>(server.database, sql`select id from reviews`);
      expect(rows.map((r) => r.id)).toEqual([good.id]);
    } finally {
      await server.close();
    }
  });
});
