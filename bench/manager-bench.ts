// `npm run bench manager`: a year of a 200-CSM team (about 2 million reviews) and its book of
// business (50 accounts per CSM) on PostgreSQL, then every request the manager dashboard makes
// when it opens, over loopback HTTP, timed. Target: under one second.
// Uses REDLINE_BENCH_DATABASE_URL when set (its database is emptied first!), otherwise a
// throwaway cluster like `.ci/run` starts. REDLINE_BENCH_CSMS and REDLINE_BENCH_PER_CSM make a
// smaller team for a quick run (the target is about the full size).
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
import { BOOK_ACCOUNTS, seedYear } from './support/seed-year';
import { startThrowawayPostgres } from './support/throwaway-postgres';

const CSMS = Number(process.env.REDLINE_BENCH_CSMS ?? 200);
const PER_CSM = Number(process.env.REDLINE_BENCH_PER_CSM ?? 10_000);
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
      `seeded ${rows[0]!.n.toLocaleString('en')} reviews of ${CSMS} CSMs over 52 weeks and a book of ${(CSMS * BOOK_ACCOUNTS).toLocaleString('en')} accounts on PostgreSQL in ${ms(seeded)} (set-based SQL); scorecard and weekly coverage rebuilt in ${ms(rebuilt)}`,
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
    const call = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(url + path, {
        ...init,
        headers: { authorization: `Bearer ${manager}`, ...init.headers },
      });
      if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return res.text();
    };
    const get = async (path: string) => (await call(path)).length;
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
    // What the page asks for as it opens (manager-client.ts and the *-section.ts scripts): the
    // scorecard and the summary, then the after-send section's outcomes once they are in; the
    // book section's book, coverage and tuning progress at the same time as all of it.
    const open = await time('dashboard opens: every request (6), as the page makes them', () =>
      Promise.all([
        Promise.all([get('/v1/manager/scorecard'), get('/v1/manager/summary')]).then(() =>
          get('/v1/manager/outcomes'),
        ),
        get('/v1/manager/book'),
        get('/v1/manager/coverage'),
        get('/v1/manager/tuning-progress'),
      ]),
    );
    await time(`  GET /v1/manager/scorecard (12 weeks, ${CSMS} CSMs)`, () =>
      get('/v1/manager/scorecard'),
    );
    await time('  GET /v1/manager/scorecard?weeks=52', () => get('/v1/manager/scorecard?weeks=52'));
    await time('  GET /v1/manager/summary (25 CSMs)', () => get('/v1/manager/summary'));
    await time('  GET /v1/manager/outcomes', () => get('/v1/manager/outcomes'));
    await time('  GET /v1/manager/book', () => get('/v1/manager/book'));
    await time('  GET /v1/manager/coverage (30 days, every CSM)', () =>
      get('/v1/manager/coverage'),
    );
    await time('  GET /v1/manager/tuning-progress', () => get('/v1/manager/tuning-progress'));
    const coverage = JSON.parse(await call('/v1/manager/coverage')) as {
      team: { accounts: number; covered: number; share: number | null };
    };
    console.log(
      `  (team coverage now: ${coverage.team.covered} of ${coverage.team.accounts} accounts, ${((coverage.team.share ?? 0) * 100).toFixed(1)} %)`,
    );
    await time('  GET /v1/manager/examples/{id} (an example opened)', () =>
      get(`/v1/manager/examples/${rows[0]!.starred}`),
    );
    await time(
      `  GET /v1/manager/scorecard.csv (52 weeks, ~${(CSMS * 52).toLocaleString('en')} lines)`,
      () => get('/v1/manager/scorecard.csv'),
    );
    // What keeping the tables in the ingest transaction costs: a CSM's outbox batch of 200
    // reviews from this week to its own accounts (its week and the team's week are recomputed
    // inside, and the coverage of every week whose 30 days hold them: five weeks).
    let batchNo = 0;
    await time('ingest: one CSM batch of 200 reviews, scorecard refreshed inside', () => {
      const c = batchNo++ % CSMS;
      const csm = `csm-${String(c).padStart(3, '0')}`;
      return storeBatch(
        db,
        Array.from({ length: 200 }, (_, i) =>
          endedReview(csm, now, 0, { recipientDomains: [`a${i % BOOK_ACCOUNTS}.c${c}.example`] }),
        ),
      );
    });
    // A book import replaces the book and recomputes every week's coverage against it.
    const csv = ['account,domains,csm_id,arr,segment'];
    for (let c = 0; c < CSMS; c++)
      for (let a = 0; a < BOOK_ACCOUNTS; a++)
        csv.push(
          `Account ${a} of CSM ${c},a${a}.c${c}.example,csm-${String(c).padStart(3, '0')},${10_000 + a * 1000},SMB`,
        );
    const imports: number[] = [];
    for (let i = 0; i < 2; i++) {
      const start = performance.now();
      await call('/v1/manager/book', {
        method: 'PUT',
        headers: { 'content-type': 'text/csv' },
        body: csv.join('\n'),
      });
      imports.push(performance.now() - start);
    }
    console.log(
      `${`book import: PUT /v1/manager/book, ${(CSMS * BOOK_ACCOUNTS).toLocaleString('en')} accounts, every week recomputed`.padEnd(58)} ${imports.map(ms).join(', ')} (2 runs)`,
    );
    console.log(
      `target: the dashboard's data under 1000 ms -> ${open < 1000 ? 'met' : 'NOT met'} (${ms(open)})`,
    );
    await app.close();
    await database.close();
  } finally {
    cluster?.stop();
  }
}
