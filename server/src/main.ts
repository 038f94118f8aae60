// `npm run server`: the reference backend on the embedded database, or on PostgreSQL when
// DATABASE_URL is set. Logs are JSON lines on stdout.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { removeAdminFile, writeAdminFile } from './admin/admin-file';
import { buildApp } from './app';
import { configFromEnv } from './config';
import { openDb } from './db/open-db';

const config = configFromEnv();
const embedded = !config.databaseUrl;
if (embedded) mkdirSync(config.dataDir, { recursive: true });
const database = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
const adminSecret = embedded ? randomBytes(32).toString('hex') : undefined;
const app = await buildApp({ database, config, ...(adminSecret ? { adminSecret } : {}) });
const address = await app.listen({ host: config.host, port: config.port });
if (embedded) {
  const loopback = `http://127.0.0.1:${new URL(address).port}`;
  writeAdminFile(config.dataDir, loopback, adminSecret!);
}
app.log.info({ address, database: database.kind }, 'redline backend listening');

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    if (embedded) removeAdminFile(config.dataDir);
    void app
      .close()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}
