// Sync figures: backend ingest throughput (batches of 500 over loopback HTTP) on the embedded
// database and on PostgreSQL (when REDLINE_BENCH_DATABASE_URL or REDLINE_TEST_DATABASE_URL is
// set), the time to sync 10,000 queued reviews through the extension's outbox sender, and a
// streamed export with its peak memory.
import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { openRedlineDb } from '../lib/db/redline-db';
import { putReview, reviewTables } from '../lib/reviews/review-writes';
import { createOutboxSender } from '../lib/sync/outbox-sender';
import type { SyncStatus } from '../lib/sync/sync-status';
import { buildApp } from '../server/src/app';
import { createToken } from '../server/src/auth/tokens';
import { openDb, type OpenDb } from '../server/src/db/open-db';
import { storeBatch } from '../server/src/db/review-store';
import { exportStream } from '../server/src/exports/export-stream';
import { endedReview } from '../test/server/support/seed-team';
import { timeExtensionSync } from '../test/sync/support/extension-sync-timer';
import { generateReviews } from '../test/support/review-factory';

const NOW = Date.UTC(2026, 10, 23, 12);
const silent = new Writable({ write: (_c, _e, done) => done() });
const CONFIG = {
  bodyLimit: 8 * 1024 * 1024,
  rateLimitMax: 1e9,
  rateLimitWindowMs: 60_000,
  corsOrigins: 'any-extension' as const,
  logLevel: 'warn',
};

async function serve(database: OpenDb) {
  const app = await buildApp({ database, config: CONFIG, logStream: silent });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  const token = (await createToken(database.db, { role: 'csm', csmId: 'bench' })).token;
  return { app, url, token };
}

async function ingest(database: OpenDb, total: number): Promise<number> {
  const { app, url, token } = await serve(database);
  const reviews = Array.from({ length: total }, (_, i) => endedReview('bench', NOW, i % 365));
  const start = performance.now();
  for (let i = 0; i < total; i += 500) {
    const res = await fetch(`${url}/v1/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ schemaVersion: 1, reviews: reviews.slice(i, i + 500) }),
    });
    if (!res.ok) throw new Error(`ingest failed: ${res.status}`);
  }
  const seconds = (performance.now() - start) / 1000;
  await app.close();
  return total / seconds;
}

async function syncQueued(count: number): Promise<number> {
  const database = await openDb({});
  const { app, url, token } = await serve(database);
  const db = openRedlineDb(`bench-sync-${randomUUID()}`);
  await db.open();
  const reviews = generateReviews(count, NOW, 365, 5);
  await db.transaction('rw', reviewTables(db), async () => {
    for (const review of reviews) await putReview(db, undefined, review, NOW);
  });
  // In memory: the extension keeps this in storage.local, which a bench process does not have.
  let status: SyncStatus = {
    lastAttemptAt: null,
    lastSuccessAt: null,
    lastError: null,
    failures: 0,
    nextAttemptAt: null,
    refused: 0,
    rejected: [],
  };
  const sender = createOutboxSender({
    db,
    getConfig: async () => ({ ready: true, endpoint: url, token, csmId: 'bench' }),
    readStatus: async () => status,
    patchStatus: async (patch) => (status = { ...status, ...patch }),
    scheduleRetry: () => {},
    maxBatches: 1000,
  });
  const start = performance.now();
  const result = await sender.flush();
  const seconds = (performance.now() - start) / 1000;
  if (result.sent !== count || (await db.outbox.count()) !== 0) throw new Error('sync incomplete');
  await app.close();
  await database.close();
  return seconds;
}

/**
 * Peak live JS heap growth while streaming, sampled after a collection every 10 pages; not RSS:
 * PGlite's WebAssembly memory lives in this process and grows with its page cache.
 */
async function exportBench(
  database: OpenDb,
  count: number,
): Promise<{ seconds: number; peakMb: number; lines: number }> {
  for (let i = 0; i < count; i += 1000) {
    const page = Array.from({ length: Math.min(1000, count - i) }, (_, j) =>
      endedReview('bench', NOW, (i + j) % 365, { outcome: (i + j) % 3 === 0 ? 'reject' : 'edit' }),
    );
    await storeBatch(database.db, page);
  }
  // Live memory, not garbage: collect before each sample (the usual --expose-gc, from inside).
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  gc();
  let chunks = 0;
  const heap = () => process.memoryUsage().heapUsed;
  const baseline = heap();
  let peak = baseline;
  let lines = 0;
  const start = performance.now();
  await pipeline(
    exportStream(database.db, 'chat', { csmId: null, from: null, to: null }),
    new Writable({
      write(chunk: Buffer, _e, done) {
        for (const byte of chunk) if (byte === 10) lines++;
        if (++chunks % 10 === 0) {
          gc();
          peak = Math.max(peak, heap());
        }
        done();
      },
    }),
  );
  const seconds = (performance.now() - start) / 1000;
  return { seconds, peakMb: (peak - baseline) / 1e6, lines };
}

export async function runSyncBench(): Promise<void> {
  const total = 20_000;
  const pglite = await openDb({});
  console.log(
    `ingest, PGlite (in memory), batches of 500: ${Math.round(await ingest(pglite, total))} reviews/s`,
  );
  await pglite.close();
  const pgUrl = process.env.REDLINE_BENCH_DATABASE_URL ?? process.env.REDLINE_TEST_DATABASE_URL;
  if (pgUrl) {
    const pg = await openDb({ databaseUrl: pgUrl });
    await pg.db.execute('truncate reviews');
    console.log(
      `ingest, PostgreSQL, batches of 500: ${Math.round(await ingest(pg, total))} reviews/s`,
    );
    await pg.db.execute('truncate reviews');
    await pg.close();
  } else {
    console.log('ingest, PostgreSQL: skipped (set REDLINE_BENCH_DATABASE_URL)');
  }
  const database = await openDb({});
  const server = await serve(database);
  const inBrowser = await timeExtensionSync(server.url, server.token, 'bench', 10_000);
  await server.app.close();
  await database.close();
  console.log(
    inBrowser === null
      ? 'sync 10,000 queued reviews, built extension in Chromium: skipped (no build or no browser)'
      : `sync 10,000 queued reviews, built extension in Chromium → backend (PGlite): ${inBrowser.toFixed(1)} s`,
  );
  const seconds = await syncQueued(10_000);
  console.log(
    `sync 10,000 queued reviews, outbox sender → backend (PGlite): ${seconds.toFixed(1)} s`,
  );
  const exportCount = Number(process.env.REDLINE_BENCH_EXPORT ?? 100_000);
  const targets: [string, () => Promise<OpenDb>][] = [['PGlite', () => openDb({})]];
  if (pgUrl) targets.push(['PostgreSQL', () => openDb({ databaseUrl: pgUrl })]);
  for (const [name, open] of targets) {
    const database = await open();
    await database.db.execute('truncate reviews');
    const exp = await exportBench(database, exportCount);
    await database.db.execute('truncate reviews');
    await database.close();
    console.log(
      `export ${exportCount.toLocaleString('en')} reviews as chat JSONL from ${name}, streamed: ` +
        `${exp.seconds.toFixed(1)} s, ${exp.lines} lines, peak live JS heap growth ${exp.peakMb.toFixed(0)} MB`,
    );
  }
}
