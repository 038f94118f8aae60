import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ErrorResponseSchema, WIRE_SCHEMA_VERSION, type WireUpsert } from '@/lib/sync/wire-format';
import { reviews } from '@/server/src/db/schema';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireDelete, wireReview } from './support/wire-factory';

const ASKED = 'Hi Bo, can we move the QBR to Thursday? 🙏\nThanks, Ana';

describe.each(BACKENDS)('the answered message on %s', (backend) => {
  let server: TestServer;
  let ana: string;

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana');
  });
  afterAll(() => server.close());

  const send = async (...items: unknown[]) => {
    const res = await postBatch(server.url, ana, {
      schemaVersion: WIRE_SCHEMA_VERSION,
      reviews: items,
    });
    expect(res.status).toBe(200);
    return res.body as { results: { status: string }[] };
  };
  const exported = async (format: string, query = '') => {
    const res = await fetch(`${server.url}/v1/exports/${format}${query}`, {
      headers: { authorization: `Bearer ${ana}` },
    });
    expect(res.status).toBe(200);
    return (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  };
  const row = async (id: string) =>
    (await server.database.db.select().from(reviews).where(eq(reviews.id, id)))[0]!;

  it('is stored, exported as it came, and asked in the prompt', async () => {
    const reply = wireReview('ana', { context: ASKED, subject: 'QBR date' });
    const fresh = wireReview('ana', { subject: 'QBR date' });
    const result = await send(reply, fresh);
    expect(result.results.map((r) => r.status)).toEqual(['accepted', 'accepted']);
    expect((await row(reply.id)).context).toBe(ASKED);
    expect((await row(fresh.id)).context).toBeNull();

    const native = new Map((await exported('native')).map((line) => [line.id, line]));
    expect(native.get(reply.id)!.context).toBe(ASKED);
    expect(native.get(fresh.id)).not.toHaveProperty('context');

    const prompts = (await exported('trl')).map((line) => line.prompt as string);
    expect(prompts).toHaveLength(2);
    expect(prompts).toContain(
      `Write a QBR prep e-mail that replies to the message below.\nSubject: QBR date\n\nMessage being answered:\n${ASKED}`,
    );
    expect(prompts).toContain('Write a QBR prep e-mail.\nSubject: QBR date');
    const chat = await exported('unpaired', '?form=conversational');
    const users = chat.map((line) => (line.prompt as { content: string }[])[1]!.content);
    expect(users.some((content) => content.endsWith(ASKED))).toBe(true);
  });

  it('a newer revision replaces it, a half emoji is made whole, a delete clears it', async () => {
    const first = wireReview('ana', { context: 'Old question' });
    await send(first);
    const next: WireUpsert = { ...first, revision: 2, context: 'Broken \uD83D' };
    await send(next);
    expect((await row(first.id)).context).toBe('Broken \uFFFD');
    const without: WireUpsert = { ...first, revision: 3 };
    delete without.context;
    await send(without);
    expect((await row(first.id)).context).toBeNull();
    await send({ ...first, revision: 4, context: 'Again' });
    await send(wireDelete('ana', first.id, 5));
    expect(await row(first.id)).toMatchObject({ deleted: true, context: null });
  });

  it('refuses a context over the bound with 400 naming the review and the field', async () => {
    const bad = wireReview('ana', { context: 'x'.repeat(8_001) });
    const res = await postBatch(server.url, ana, {
      schemaVersion: WIRE_SCHEMA_VERSION,
      reviews: [wireReview('ana', { context: 'Fine' }), bad],
    });
    expect(res.status).toBe(400);
    const body = ErrorResponseSchema.parse(res.body);
    expect(body.ids).toEqual([bad.id]);
    expect(body.issues?.map((i) => i.path)).toContain('reviews.1.context');
  });
});
