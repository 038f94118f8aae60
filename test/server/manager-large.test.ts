import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StarredExample, TeamSummary } from '@/server/src/manager/team-summary';
import { endedReview } from './support/seed-team';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch } from './support/wire-factory';

const MB = 1024 * 1024;

// Starred examples of a megabyte each used to travel inside the summary (5 MB, seconds of diff).
describe.each(BACKENDS)("manager's view with 1 MB starred examples on %s", (backend) => {
  let server: TestServer;
  let manager: string;
  const ids: string[] = [];

  beforeAll(async () => {
    server = await startTestServer(backend, { bodyLimit: 8 * MB });
    const ana = await server.csmToken('ana', 'Ana Lima');
    manager = await server.managerToken();
    const now = Date.now();
    for (let i = 0; i < 3; i++) {
      const draft = `Renewal plan ${i}. `.repeat(MB / 18);
      const review = endedReview('ana', now, 1, {
        starred: true,
        outcome: 'edit',
        draftText: draft,
        sentText: `${draft} Signed, Ana.`,
      });
      ids.push(review.id);
      const res = await postBatch(server.url, ana, { schemaVersion: 1, reviews: [review] });
      expect(res.status).toBe(200);
    }
  });
  afterAll(() => server.close());

  it('answers the summary small, with sizes instead of texts', async () => {
    const res = await fetch(`${server.url}/v1/manager/summary`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const text = await res.text();
    expect(res.status).toBe(200);
    expect(text.length).toBeLessThan(20_000);
    const body = JSON.parse(text) as TeamSummary;
    expect(body.csms[0]!.starred).toHaveLength(3);
    expect(body.csms[0]!.starred[0]!.draftChars).toBeGreaterThan(900_000);
  });

  it('sends one example with its texts when it is opened', async () => {
    const res = await fetch(`${server.url}/v1/manager/examples/${ids[0]}`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const body = (await res.json()) as StarredExample;
    expect(res.status).toBe(200);
    const added = body.parts.filter((p) => p.kind === 'added').map((p) => p.text.trim());
    expect(added.join(' ')).toContain('Signed, Ana.');
  });
});
