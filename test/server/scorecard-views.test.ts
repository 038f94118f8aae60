import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TASK_TYPE_LABELS } from '@/lib/export/prompt';
import { TASK_TIME_BENCHMARKS_MIN } from '@/lib/metrics/task-times';
import type { Scorecard } from '@/server/src/scorecard/scorecard';
import { endedReview, seedTeam } from './support/seed-team';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';
import { postBatch } from './support/wire-factory';

// The documented views (README, "Scorecard views"): names, columns and types BI tools rely on.
const VIEWS: Record<string, [string, string][]> = {
  redline_scorecard_csm_week: [
    ['week', 'date'],
    ['csm_id', 'text'],
    ['csm_name', 'text'],
    ['reviews', 'integer'],
    ['approved', 'integer'],
    ['edited', 'integer'],
    ['rejected', 'integer'],
    ['override_rate', 'double precision'],
    ['band_position', 'text'],
    ['rejected_to_date', 'integer'],
    ['tuning_target', 'integer'],
    ['accounts', 'integer'],
    ['covered_accounts', 'integer'],
    ['coverage', 'double precision'],
  ],
  redline_scorecard_team_week: [
    ['week', 'date'],
    ['csms', 'integer'],
    ['reviews', 'integer'],
    ['approved', 'integer'],
    ['edited', 'integer'],
    ['rejected', 'integer'],
    ['override_rate', 'double precision'],
    ['band_position', 'text'],
    ['rejected_to_date', 'integer'],
    ['accounts', 'integer'],
    ['covered_accounts', 'integer'],
    ['coverage', 'double precision'],
  ],
  redline_scorecard_csm_task_week: [
    ['week', 'date'],
    ['csm_id', 'text'],
    ['task_type', 'text'],
    ['task_type_label', 'text'],
    ['reviews', 'integer'],
    ['approved', 'integer'],
    ['edited', 'integer'],
    ['rejected', 'integer'],
    ['sent', 'integer'],
    ['median_task_min', 'double precision'],
    ['median_active_min', 'double precision'],
    ['target_min', 'integer'],
  ],
  redline_scorecard_team_task_week: [
    ['week', 'date'],
    ['task_type', 'text'],
    ['task_type_label', 'text'],
    ['reviews', 'integer'],
    ['approved', 'integer'],
    ['edited', 'integer'],
    ['rejected', 'integer'],
    ['sent', 'integer'],
    ['median_task_min', 'double precision'],
    ['median_active_min', 'double precision'],
    ['target_min', 'integer'],
  ],
};

describe.each(BACKENDS)('scorecard views, JSON and CSV on %s', (backend) => {
  let server: TestServer;
  let manager: string;
  let ana: string;
  const now = Date.now();

  beforeAll(async () => {
    server = await startTestServer(backend);
    ana = await server.csmToken('ana', 'Ana Lima');
    const bo = await server.csmToken('bo', 'Bo Chen');
    const cy = await server.csmToken('cy', '=HYPERLINK("x"), "Cy"');
    manager = await server.managerToken();
    await seedTeam(server.url, { ana, bo }, now);
    const cyReviews = Array.from({ length: 8 }, () =>
      endedReview('cy', now, 1, { outcome: 'approve' }),
    );
    await postBatch(server.url, cy, { schemaVersion: 1, reviews: cyReviews });
  }, 180_000);
  afterAll(() => server.close());

  const get = (path: string, token = manager) =>
    fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const query = async <T>(text: string) =>
    ((await server.database.db.execute(sql.raw(text))) as unknown as { rows: T[] }).rows;

  it('has every documented view with its columns and types, in order', async () => {
    for (const [view, columns] of Object.entries(VIEWS)) {
      const rows = await query<{ column_name: string; data_type: string }>(
        `select column_name, data_type from information_schema.columns
         where table_name = '${view}' order by ordinal_position`,
      );
      expect(
        rows.map((r) => [r.column_name, r.data_type]),
        view,
      ).toEqual(columns);
    }
  });

  it('labels task types and their targets as the extension does', async () => {
    const rows = await query<{
      task_type: string;
      task_type_label: string;
      target_min: number | null;
    }>(
      `select distinct task_type, task_type_label, target_min from redline_scorecard_team_task_week`,
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.task_type_label).toBe(
        TASK_TYPE_LABELS[row.task_type as keyof typeof TASK_TYPE_LABELS],
      );
      expect(row.target_min).toBe(
        TASK_TIME_BENCHMARKS_MIN[row.task_type as keyof typeof TASK_TIME_BENCHMARKS_MIN] ?? null,
      );
    }
  });

  it('counts each CSM-week and the team from the reviews, with the cumulative rejected drafts', async () => {
    const weeks = await query<{
      csm_id: string;
      reviews: number;
      rejected: number;
      rejected_to_date: number;
    }>(
      `select csm_id, reviews, rejected, rejected_to_date from redline_scorecard_csm_week order by csm_id, week`,
    );
    const anaWeeks = weeks.filter((w) => w.csm_id === 'ana');
    expect(anaWeeks.reduce((n, w) => n + w.reviews, 0)).toBe(15);
    expect(anaWeeks.at(-1)!.rejected_to_date).toBe(6);
    const team = await query<{ reviews: number; rejected_to_date: number }>(
      `select reviews, rejected_to_date from redline_scorecard_team_week order by week`,
    );
    expect(team.reduce((n, w) => n + w.reviews, 0)).toBe(15 + 3 + 8);
    expect(team.at(-1)!.rejected_to_date).toBe(6);
  });

  it('answers the JSON scorecard: CSMs by distance from the band, each with its coaching action', async () => {
    const res = await get('/v1/manager/scorecard');
    expect(res.status).toBe(200);
    const body = (await res.json()) as Scorecard;
    expect(body.weeks).toHaveLength(12);
    expect(body.csms.map((c) => [c.csmId, c.position])).toEqual([
      ['ana', 'over'],
      ['cy', 'under'],
      ['bo', 'too-few'],
    ]);
    expect(body.csms[0]).toMatchObject({
      window: { reviews: 15, approved: 6, edited: 3, rejected: 6, overrideRate: 0.6 },
      rejectedToDate: 6,
      coaching: expect.stringMatching(/^Feed the rejected drafts back/),
    });
    expect(body.csms[0]!.distance).toBeCloseTo(0.28);
    expect(body.csms[1]!.coaching).toMatch(/^Shadow three drafts a week/);
    expect(body.team.weeks.reduce((n, w) => n + w.reviews, 0)).toBe(26);
    expect(body.labels.qbr).toBe('QBR prep');
    // No book of business yet: coverage is unknown, not 0 %.
    expect(body.team.coverage).toBeNull();
    expect(body.csms.every((c) => c.coverage === null)).toBe(true);
    expect((await get('/v1/manager/scorecard?weeks=0')).status).toBe(400);
    expect((await get('/v1/manager/scorecard', ana)).status).toBe(403);
  });

  it('downloads the CSV: a header, a line per CSM-week, names safe from spreadsheet formulas', async () => {
    const res = await get('/v1/manager/scorecard.csv');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="redline-scorecard-/,
    );
    const lines = (await res.text()).split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines[0]).toBe(
      'week,csm_id,csm_name,reviews,approved,edited,rejected,override_rate,band_position,rejected_to_date,tuning_target,qbr_median_task_min,qbr_median_active_min,renewal_median_task_min,renewal_median_active_min,risk_median_task_min,risk_median_active_min,accounts,covered_accounts,coverage',
    );
    // README shows this header and a line of it (one cell per column).
    const readme = /\n```csv\n(week,csm_id[^\n]*)\n([^\n]*)\n```/.exec(
      readFileSync('README.md', 'utf8'),
    );
    expect(readme?.[1]).toBe(lines[0]);
    expect(readme![2]!.split(',')).toHaveLength(lines[0]!.split(',').length);
    const rows = await query<{ n: number }>(
      `select count(*)::int as n from redline_scorecard_csm_week`,
    );
    expect(lines.length - 2).toBe(rows[0]!.n);
    const cy = lines.find((l) => l.includes(',cy,'))!;
    expect(cy).toContain(`,"'=HYPERLINK(""x""), ""Cy""",8,8,0,0,0,under,0,80,`);
    // No book yet: the coverage cells are empty, not 0.
    expect(cy.endsWith(',,,')).toBe(true);
    expect((await get('/v1/manager/scorecard.csv?from=2026-13-01')).status).toBe(400);
    expect((await get('/v1/manager/scorecard.csv', ana)).status).toBe(403);
    expect((await fetch(`${server.url}/v1/manager/scorecard.csv`)).status).toBe(401);
  });

  it('points / to the dashboard and serves uPlot and the popup colours from this server', async () => {
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(302);
    expect(root.headers.get('location')).toBe('/manager');
    const uplot = await fetch(`${server.url}/manager/uplot.js`);
    expect(await uplot.text()).toContain('uPlot');
    expect(await (await fetch(`${server.url}/manager/theme.css`)).text()).toContain(
      'prefers-color-scheme: dark',
    );
  });

  it('carries account coverage against the book: per CSM and for the team, against 85 %', async () => {
    const csv = [
      'account,domains,csm_id',
      'Client Zero,client0.com,ana',
      'Client One,client1.com,ana',
      'Nobody Corp,nobody.example,ana',
      'Bee,bee.example,bo',
    ].join('\n');
    const put = await fetch(`${server.url}/v1/manager/book`, {
      method: 'PUT',
      headers: { authorization: `Bearer ${manager}`, 'content-type': 'text/csv' },
      body: csv,
    });
    expect(put.status).toBe(200);
    const body = (await (await get('/v1/manager/scorecard')).json()) as Scorecard;
    const of = (id: string) => body.csms.find((c) => c.csmId === id)!.coverage;
    expect(of('ana')).toMatchObject({ accounts: 3, covered: 2 });
    expect(of('ana')!.share).toBeCloseTo(2 / 3);
    expect(of('bo')).toMatchObject({ accounts: 1, covered: 0, share: 0 });
    expect(of('cy')).toBeNull();
    expect(body.team.coverage).toMatchObject({ accounts: 4, covered: 2, share: 0.5 });
    expect(body.team.coverageBenchmark).toBe(0.85);

    // Each week carries the coverage at its end. The sends to client0/1.com ended a day ago, so
    // this week counts them; four weeks back nothing had been sent yet: 0 of the book, not null.
    const anaWeeks = body.csms.find((c) => c.csmId === 'ana')!.weeks;
    expect(anaWeeks.at(-1)!.coverage).toMatchObject({ accounts: 3, covered: 2 });
    expect(anaWeeks.at(-6)!.coverage).toMatchObject({ accounts: 3, covered: 0, share: 0 });
    expect(body.csms.find((c) => c.csmId === 'cy')!.weeks.every((w) => w.coverage === null)).toBe(
      true,
    );
    expect(body.team.weeks.at(-1)!.coverage).toMatchObject({ accounts: 4, covered: 2 });
    expect(body.team.weeks.at(-6)!.coverage).toMatchObject({ accounts: 4, covered: 0 });

    // The views and the CSV say the same, from the same maintained table.
    const week = body.weeks.at(-1)!;
    const view = await query<Record<string, unknown>>(
      `select csm_id, accounts, covered_accounts, coverage from redline_scorecard_csm_week
       where week = '${week}' order by csm_id`,
    );
    expect(view).toEqual([
      { csm_id: 'ana', accounts: 3, covered_accounts: 2, coverage: 2 / 3 },
      { csm_id: 'bo', accounts: 1, covered_accounts: 0, coverage: 0 },
      { csm_id: 'cy', accounts: null, covered_accounts: null, coverage: null },
    ]);
    const team = await query<Record<string, unknown>>(
      `select accounts, covered_accounts, coverage from redline_scorecard_team_week
       where week = '${week}'`,
    );
    expect(team).toEqual([{ accounts: 4, covered_accounts: 2, coverage: 0.5 }]);
    const lines = (await (await get('/v1/manager/scorecard.csv')).text()).split('\r\n');
    const anaLine = lines.find((l) => l.startsWith(`${week},ana,`))!;
    expect(anaLine.endsWith(`,3,2,${2 / 3}`)).toBe(true);
    expect(lines.find((l) => l.startsWith(`${week},bo,`))!.endsWith(',1,0,0')).toBe(true);
  });
});
