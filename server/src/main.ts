// `npm run server`: the reference backend on the embedded database, or on PostgreSQL when
// DATABASE_URL is set. Logs are JSON lines on stdout; a refusal to start is one line in words.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { removeAdminFile, writeAdminFile } from './admin/admin-file';
import { whyNotStart } from './already-running';
import { buildApp } from './app';
import { configFromEnv } from './config';
import { openDb } from './db/open-db';

const config = configFromEnv();
const embedded = !config.databaseUrl;
const refusal = await whyNotStart({
  host: config.host,
  port: config.port,
  dataDir: embedded ? config.dataDir : null,
});
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(1);
}
if (embedded) mkdirSync(config.dataDir, { recursive: true });
const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const adminSecret = embedded ? randomBytes(32).toString('hex') : undefined;
const app = await buildApp({ database, config, ...(adminSecret ? { adminSecret } : {}) });
let address: string;
try {
  address = await app.listen({ host: config.host, port: config.port });
} catch (error) {
  // Lost a race for the port with another start: the same words, and the database closed.
  await database.close();
  const why =
    (error as { code?: string }).code === 'EADDRINUSE'
      ? await whyNotStart({ ...config, dataDir: null })
      : null;
  process.stderr.write(
    `${why ?? `Redline could not listen on ${config.host}:${config.port}: ${(error as Error).message}`}\n`,
  );
  process.exit(1);
}
if (embedded) {
  const loopback = `http://127.0.0.1:${new URL(address).port}`;
  writeAdminFile(config.dataDir, loopback, adminSecret!);
}
app.log.info({ address, database: database.kind }, 'redline backend listening');

// Ctrl+C reaches both the start script and this process; the second signal must not cut the
// clean close short (an embedded database closed mid-write needs recovery on the next start).
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(1), 15_000).unref();
    void app
      .close()
      .then(() => database.close())
      // Only now may the token CLI open the data directory itself.
      .then(() => embedded && removeAdminFile(config.dataDir))
      .then(() => process.exit(0));
  });
}
