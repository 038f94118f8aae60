// `npm run bench manager`: a year of a 200-CSM team (about 2 million reviews) on PostgreSQL, then
// the manager dashboard's data requests over loopback HTTP, timed. Target: under one second.
// Uses REDLINE_BENCH_DATABASE_URL when set (its database is emptied first!), otherwise a
// throwaway cluster like `.ci/run` starts.
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/src/app';
import { createToken } from '../server/src/auth/tokens';
import { openDb } from '../server/src/db/open-db';
import { storeBatch } from '../server/src/db/review-store';
import { rebuildScorecard } from '../server/src/scorecard/scorecard-refresh';
import { endedReview } from '../test/server/support/seed-team';
import { seedYear } from './support/seed-year';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const CSMS = 200;
const PER_CSM = 10_000;
const RUNS = Number(process.env.REDLINE_BENCH_RUNS ?? 5);
const silent = new Writable({ write: (_c, _e, done) => done() });

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const ms = (n: number) => `${n.toFixed(0)} ms`;

export async function runManagerBench(): Promise<void> {
  const given = process.env.REDLINE_BENCH_DATABASE_URL;
  const cluster = given ? null : startThrowawayPostgres();
  try {
    const database = await openDb({ databaseUrl: given ?? cluster!.url });
    const { db } = database;
    const now = Date.now();
    let t = performance.now();
    await seedYear(db, { csms: CSMS, perCsm: PER_CSM, now });
    const seeded = performance.now() - t;
    t = performance.now();
    await rebuildScorecard(db);
    await db.execute(sql`analyze`);
    const rebuilt = performance.now() - t;
    const { rows } = (await db.execute(
      sql`select count(*)::int as n, (select id from reviews where starred limit 1) as starred from reviews`,
    )) as unknown as { rows: { n: number; starred: string }[] };
    console.log(
      `seeded ${rows[0]!.n.toLocaleString('en')} reviews of ${CSMS} CSMs over 52 weeks on PostgreSQL in ${ms(seeded)} (set-based SQL); scorecard rebuilt in ${ms(rebuilt)}`,
    );

    const app = await buildApp({
      database,
      config: {
        bodyLimit: 8 << 20,
        rateLimitMax: 1e9,
        rateLimitWindowMs: 60_000,
        corsOrigins: 'any-extension',
        logLevel: 'warn',
      },
      logStream: silent,
    });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const manager = (await createToken(db, { role: 'manager' })).token;
    const get = async (path: string) => {
      const res = await fetch(url + path, { headers: { authorization: `Bearer ${manager}` } });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return (await res.text()).length;
    };
    const time = async (label: string, run: () => Promise<unknown>) => {
      await run();
      const samples: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const start = performance.now();
        await run();
        samples.push(performance.now() - start);
      }
      console.log(
        `${label.padEnd(58)} median ${ms(median(samples))}, max ${ms(Math.max(...samples))} (${RUNS} runs)`,
      );
      return median(samples);
    };
    // Figures on a shared machine are only comparable with its load beside them.
    console.log(
      `load average while timing: ${loadavg()
        .map((n) => n.toFixed(1))
        .join(' / ')} (1 / 5 / 15 min)`,
    );
    const open = await time('dashboard opens: scorecard (12 weeks) + summary page', () =>
      Promise.all([get('/v1/manager/scorecard'), get('/v1/manager/summary')]),
    );
    await time('  GET /v1/manager/scorecard (12 weeks, 200 CSMs)', () =>
      get('/v1/manager/scorecard'),
    );
    await time('  GET /v1/manager/scorecard?weeks=52', () => get('/v1/manager/scorecard?weeks=52'));
    await time('  GET /v1/manager/summary (25 CSMs)', () => get('/v1/manager/summary'));
    await time('  GET /v1/manager/examples/{id} (an example opened)', () =>
      get(`/v1/manager/examples/${rows[0]!.starred}`),
    );
    await time('  GET /v1/manager/scorecard.csv (52 weeks, ~10,400 lines)', () =>
      get('/v1/manager/scorecard.csv'),
    );
    // What keeping the table in the ingest transaction costs: a CSM's outbox batch of 200
    // reviews from this week (its week and the team's week are recomputed inside).
    let batchNo = 0;
    await time('ingest: one CSM batch of 200 reviews, scorecard refreshed inside', () => {
      const csm = `csm-${String(batchNo++ % CSMS).padStart(3, '0')}`;
      return storeBatch(
        db,
        Array.from({ length: 200 }, () => endedReview(csm, now, 0)),
      );
    });
    console.log(
      `target: the dashboard's data under 1000 ms -> ${open < 1000 ? 'met' : 'NOT met'} (${ms(open)})`,
    );
    await app.close();
    await database.close();
  } finally {
    cluster?.stop();
  }
}
