import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamSummary } from '@/server/src/manager/team-summary';
import { endedReview } from './support/seed-team';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch, wireDelete } from './support/wire-factory';

describe.each(BACKENDS)('edit labels per CSM on %s', (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;
  let bo: string;
  const now = Date.now();

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana', 'Ana Lima');
    bo = await server.csmToken('bo', 'Bo Chen');
    manager = await server.managerToken();
    const gone = endedReview('ana', now, 2, { editLabels: ['facts', 'tone'] });
    const anaReviews = [
      endedReview('ana', now, 1, { editLabels: ['facts', 'personalisation'] }),
      endedReview('ana', now, 3, { editLabels: ['facts', 'structure', 'shortened'] }),
      endedReview('ana', now, 5, { editLabels: [] }),
      // An older client sends no labels at all: stored, counted nowhere.
      endedReview('ana', now, 6),
      // Outside the 30 days.
      endedReview('ana', now, 40, { editLabels: ['tone'] }),
      gone,
    ];
    expect(
      (await postBatch(server.url, ana, { schemaVersion: 1, reviews: anaReviews })).status,
    ).toBe(200);
    const deleted = await postBatch(server.url, ana, {
      schemaVersion: 1,
      reviews: [wireDelete('ana', gone.id, 2)],
    });
    expect(deleted.status).toBe(200);
    const boReviews = [endedReview('bo', now, 1, { editLabels: ['opening', 'sign-off'] })];
    expect((await postBatch(server.url, bo, { schemaVersion: 1, reviews: boReviews })).status).toBe(
      200,
    );
  });
  afterAll(() => server.close());

  it('counts each label per CSM over 30 days, every label present, deleted reviews left out', async () => {
    const res = await fetch(`${server.url}/v1/manager/summary`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as TeamSummary;
    const byId = new Map(body.csms.map((csm) => [csm.csmId, csm]));
    expect(byId.get('ana')?.editLabels30).toEqual({
      facts: 2,
      personalisation: 1,
      shortened: 1,
      lengthened: 0,
      opening: 0,
      'sign-off': 0,
      tone: 0,
      structure: 1,
    });
    expect(byId.get('bo')?.editLabels30).toMatchObject({ opening: 1, 'sign-off': 1, facts: 0 });
  });

  it('keeps the labels with the review: the native export gives them back', async () => {
    const res = await fetch(`${server.url}/v1/exports/native?csm=bo`, {
      headers: { authorization: `Bearer ${manager}` },
    });
    const lines = (await res.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { editLabels?: string[] });
    expect(lines).toHaveLength(1);
    expect(lines[0]?.editLabels).toEqual(['opening', 'sign-off']);
  });

  it('refuses a label it does not know, naming the field, and stores the rest', async () => {
    const good = endedReview('bo', now, 2, { editLabels: ['tone'] });
    const bad = { ...endedReview('bo', now, 2), editLabels: ['grammar'] };
    const res = await postBatch(server.url, bo, { schemaVersion: 1, reviews: [good, bad] });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('editLabels');
  });
});
