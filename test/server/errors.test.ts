import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'drizzle-orm';
import { ErrorResponseSchema } from '@/lib/sync/wire-format';
import { BACKENDS, freshDatabase, queryRows, type TestDatabase } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireReview } from './support/wire-factory';

const CHROME_ORIGIN = 'chrome-extension://abcdefghijklmnopabcdefghijklmnop';

describe.each(BACKENDS)('error paths on %s', (backend) => {
  let server: TestServer;
  let ana: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana');
  });
  afterAll(() => server.close());

  const count = async () => {
    const rows = await queryRows<{ n: string }>(
      server.database,
      sql`select count(*) as n from reviews`,
    );
    return Number(rows[0]!.n);
  };
  const error = (body: unknown) => ErrorResponseSchema.parse(body);

  it('401 without a token, with a wrong token, and with a revoked-looking one', async () => {
    const batch = { schemaVersion: 1, reviews: [wireReview('ana')] };
    for (const token of [null, 'rl_wrong', 'not-even-a-token']) {
      const res = await postBatch(server.url, token, batch);
      expect(res.status).toBe(401);
      expect(error(res.body).error).toBe('unauthorized');
    }
    expect(await count()).toBe(0);
  });

  it('403 for a manager token writing reviews', async () => {
    const res = await postBatch(server.url, await server.managerToken(), {
      schemaVersion: 1,
      reviews: [wireReview('ana')],
    });
    expect(res.status).toBe(403);
    expect(error(res.body).error).toBe('forbidden');
  });

  it('400 with the zod issue paths and failing ids for wrong types and missing fields', async () => {
    const good = wireReview('ana');
    const wrongType = { ...wireReview('ana'), revision: 'two', outcome: 'maybe' };
    const { draftText: _d, ...missing } = wireReview('ana');
    const res = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [good, wrongType, missing],
    });
    expect(res.status).toBe(400);
    const body = error(res.body);
    expect(body.error).toBe('invalid-batch');
    const paths = body.issues!.map((issue) => issue.path);
    expect(paths).toEqual(
      expect.arrayContaining(['reviews.1.revision', 'reviews.1.outcome', 'reviews.2.draftText']),
    );
    expect(body.ids).toEqual([wrongType.id, missing.id]);
    expect(await count()).toBe(0);
  });

  it('400 for a wrong schema version, an empty batch, and bodies of the wrong shape — never 500', async () => {
    const bodies: unknown[] = [
      { schemaVersion: 2, reviews: [wireReview('ana')] },
      { schemaVersion: 1, reviews: [] },
      { schemaVersion: 1 },
      [],
      'null',
      '"text"',
      '42',
      '{"schemaVersion":1,"reviews":[{"op":"upsert","id":"not-a-uuid"}]}',
      '{"schemaVersion":1,"reviews":[{"op":"explode"}]}',
      '{"schemaVersion":1,"reviews":[null]}',
    ];
    for (const body of bodies) {
      const res = await postBatch(server.url, ana, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(error(res.body).message.length).toBeGreaterThan(0);
    }
  });

  it('400 for broken JSON and an empty body, 415 for a form body', async () => {
    expect((await postBatch(server.url, ana, '{"schemaVersion":1,')).status).toBe(400);
    expect(error((await postBatch(server.url, ana, '{"schemaVersion":1,')).body).error).toBe(
      'invalid-json',
    );
    expect((await postBatch(server.url, ana, '')).status).toBe(400);
    const form = await postBatch(server.url, ana, 'a=1', {
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });

  it('413 for a 5 MB body, in JSON', async () => {
    const big = 'x'.repeat(5 * 1024 * 1024);
    const res = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [wireReview('ana', { draftText: big })],
    });
    expect(res.status).toBe(413);
    expect(error(res.body).error).toBe('body-too-large');
    expect(await count()).toBe(0);
  });

  it('refuses 10,000 reviews in one batch as a whole, saying why', async () => {
    const reviews = Array.from({ length: 10_000 }, () => ({
      op: 'delete',
      id: crypto.randomUUID(),
      revision: 1,
      csmId: 'ana',
    }));
    const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews });
    expect(res.status).toBe(400);
    expect(error(res.body).issues).toEqual([expect.objectContaining({ path: 'reviews' })]);
    expect(await count()).toBe(0);
  });

  it('404 in JSON for an unknown route', async () => {
    const res = await fetch(`${server.url}/v2/nothing`);
    expect(res.status).toBe(404);
    expect(error(await res.json()).error).toBe('not-found');
  });

  it('answers CORS for extension origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${server.url}/v1/reviews`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
    const chrome = await preflight(CHROME_ORIGIN);
    expect(chrome.headers.get('access-control-allow-origin')).toBe(CHROME_ORIGIN);
    expect(chrome.headers.get('access-control-allow-headers')).toContain('authorization');
    const firefox = await preflight('moz-extension://0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f');
    expect(firefox.headers.get('access-control-allow-origin')).toBe(
      'moz-extension://0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f',
    );
    const web = await preflight('https://evil.example');
    expect(web.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe.each(BACKENDS)('limits on %s', (backend) => {
  // One database for both servers of this block: creating databases is what costs time here.
  let database: TestDatabase;
  beforeAll(async () => {
    database = await freshDatabase(backend);
  });
  afterAll(() => database.destroy());

  it('429 with Retry-After once a token goes over the rate limit', async () => {
    const server = await startTestServer(backend, { rateLimitMax: 2 }, database);
    try {
      const token = await server.csmToken('ana');
      const batch = { schemaVersion: 1, reviews: [wireReview('ana')] };
      expect((await postBatch(server.url, token, batch)).status).toBe(200);
      expect((await postBatch(server.url, token, batch)).status).toBe(200);
      const limited = await postBatch(server.url, token, batch);
      expect(limited.status).toBe(429);
      expect(ErrorResponseSchema.parse(limited.body).error).toBe('rate-limited');
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    } finally {
      await server.close();
    }
  });

  it('honours a configured allow-list of origins', async () => {
    const allowed = 'chrome-extension://bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb';
    const server = await startTestServer(backend, { corsOrigins: [allowed] }, database);
    try {
      const ask = (origin: string) => fetch(`${server.url}/healthz`, { headers: { origin } });
      expect((await ask(allowed)).headers.get('access-control-allow-origin')).toBe(allowed);
      expect((await ask(CHROME_ORIGIN)).headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await server.close();
    }
  });
});
