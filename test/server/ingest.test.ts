import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { BatchResponseSchema, ErrorResponseSchema } from '@/lib/sync/wire-format';
import { BACKENDS, queryRows } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireDelete, wireReview } from './support/wire-factory';

describe.each(BACKENDS)('ingest on %s', (backend) => {
  let server: TestServer;
  let ana: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana');
  });
  afterAll(() => server.close());

  const stored = async (id: string) => {
    const rows = await queryRows<{
      revision: number;
      deleted: boolean;
      draft_text: string | null;
      note: string | null;
    }>(
      server.database,
      sql`select revision::float8 as revision, deleted, draft_text, note from reviews where id = ${id}`,
    );
    return rows[0];
  };

  it('stores a batch and says accepted per id', async () => {
    const reviews = [
      wireReview('ana'),
      wireReview('ana', { outcome: 'reject', sentText: null, endReason: 'discarded' }),
    ];
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews });
    expect(res.status).toBe(200);
    const body = BatchResponseSchema.parse(res.body);
    expect(body.results).toEqual(
      reviews.map((r) => ({ id: r.id, revision: 1, status: 'accepted' })),
    );
    expect((await stored(reviews[1]!.id))?.draft_text).toBe(reviews[1]!.draftText);
  });

  it('is idempotent: the same batch again is all duplicate and changes nothing', async () => {
    const review = wireReview('ana', { note: 'first' });
    await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    const again = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [{ ...review, note: 'changed' }],
    });
    expect(BatchResponseSchema.parse(again.body).results[0]?.status).toBe('duplicate');
    expect((await stored(review.id))?.note).toBe('first');
  });

  it('takes a newer revision and ignores an older one arriving late', async () => {
    const review = wireReview('ana', { revision: 2, note: 'two' });
    await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    const newer = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [{ ...review, revision: 5, starred: true, note: 'five' }],
    });
    expect(BatchResponseSchema.parse(newer.body).results[0]?.status).toBe('accepted');
    const older = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [{ ...review, revision: 3, note: 'three' }],
    });
    expect(BatchResponseSchema.parse(older.body).results[0]?.status).toBe('duplicate');
    expect(await stored(review.id)).toMatchObject({ revision: 5, note: 'five' });
  });

  it('keeps only the newest revision when one batch holds an id twice', async () => {
    const review = wireReview('ana', { revision: 4, note: 'four' });
    const res = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [review, { ...review, revision: 2, note: 'two' }],
    });
    const results = BatchResponseSchema.parse(res.body).results;
    expect(results.map((r) => r.status)).toEqual(['accepted', 'duplicate']);
    expect((await stored(review.id))?.note).toBe('four');
  });

  it('turns a delete into a tombstone without text that an older upsert cannot revive', async () => {
    const review = wireReview('ana');
    await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    const del = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [wireDelete('ana', review.id, 2)],
    });
    expect(BatchResponseSchema.parse(del.body).results[0]?.status).toBe('accepted');
    expect(await stored(review.id)).toMatchObject({ revision: 2, deleted: true, draft_text: null });
    const late = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(BatchResponseSchema.parse(late.body).results[0]?.status).toBe('duplicate');
    expect((await stored(review.id))?.deleted).toBe(true);
  });

  it('keeps unicode text exactly', async () => {
    const text = 'Привет, Дм.Быков 👋🏽 — 日本語のテキスト, e\u0301, \u200b zero-width, "quotes"';
    const review = wireReview('ana', { draftText: text, sentText: text, subject: 'Ünïcödé ✓' });
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(200);
    expect((await stored(review.id))?.draft_text).toBe(text);
  });

  it('stores text PostgreSQL cannot hold (NUL) with a replacement character, not a 500', async () => {
    const review = wireReview('ana', {
      draftText: 'before\u0000after',
      sentText: 'x\u0000',
      subject: '\u0000',
      note: 'n\u0000',
      recipientAddresses: ['a\u0000@acme.com'],
    });
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(200);
    expect((await stored(review.id))?.draft_text).toBe('before\uFFFDafter');
  });

  it('takes the largest numbers the wire allows', async () => {
    const big = Number.MAX_SAFE_INTEGER;
    const review = wireReview('ana', {
      revision: big,
      keystrokes: big,
      activeMs: big,
      taskMs: big,
    });
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
    expect(res.status).toBe(200);
    expect(Number((await stored(review.id))?.revision)).toBe(big);
  });

  it('logs no e-mail text and no token', async () => {
    const secret = 'Confidential renewal terms for Globex 7741';
    await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [wireReview('ana', { draftText: secret, sentText: secret })],
    });
    await postBatch(server.url, ana, `{"schemaVersion":1,"reviews":[{"draftText":"${secret}"`);
    const logs = server.logs.join('');
    expect(logs).toContain('batch stored');
    expect(logs).not.toContain('Globex');
    expect(logs).not.toContain(ana);
  });

  it('answers /healthz and /v1/me', async () => {
    const health = await fetch(`${server.url}/healthz`);
    expect(await health.json()).toEqual({ ok: true, database: backend });
    const me = await fetch(`${server.url}/v1/me`, { headers: { authorization: `Bearer ${ana}` } });
    expect(await me.json()).toEqual({ role: 'csm', csmId: 'ana', displayName: 'ana', team: null });
  });

  it('refuses a review of another CSM with 403, names it, and stores nothing of the batch', async () => {
    const mine = wireReview('ana');
    const theirs = wireReview('bo');
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [mine, theirs] });
    expect(res.status).toBe(403);
    expect(ErrorResponseSchema.parse(res.body)).toMatchObject({
      error: 'forbidden-csm',
      ids: [theirs.id],
    });
    expect(await stored(mine.id)).toBeUndefined();
  });

  it('rejects an id that already belongs to another CSM, per id', async () => {
    const bo = await server.csmToken('bo');
    const review = wireReview('bo');
    await postBatch(server.url, bo, { schemaVersion: 1, reviews: [review] });
    const other = wireReview('ana');
    const res = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [{ ...review, csmId: 'ana', revision: 9 }, other],
    });
    expect(BatchResponseSchema.parse(res.body).results).toEqual([
      { id: review.id, revision: 9, status: 'rejected', reason: 'id-belongs-to-another-csm' },
      { id: other.id, revision: 1, status: 'accepted' },
    ]);
  });
});
