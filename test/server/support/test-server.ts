import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp, type AppOptions } from '@/server/src/app';
import { createToken } from '@/server/src/auth/tokens';
import { freshDatabase, type Backend, type TestDatabase } from './test-databases';

export interface TestServer {
  url: string;
  app: FastifyInstance;
  database: TestDatabase;
  /** Every log line the server wrote, for the no-text-in-logs checks. */
  logs: string[];
  csmToken(csmId: string, displayName?: string): Promise<string>;
  managerToken(): Promise<string>;
  close(): Promise<void>;
}

export const TEST_CONFIG: AppOptions['config'] = {
  bodyLimit: 4 * 1024 * 1024,
  rateLimitMax: 10_000,
  rateLimitWindowMs: 60_000,
  corsOrigins: 'any-extension',
  logLevel: 'info',
};

/** The backend listening on a loopback port chosen by the OS, over a fresh database. */
export async function startTestServer(
  backend: Backend,
  config: Partial<AppOptions['config']> = {},
  database?: TestDatabase,
): Promise<TestServer> {
  const db = database ?? (await freshDatabase(backend));
  const logs: string[] = [];
  const logStream = new Writable({
    write(chunk, _encoding, done) {
      logs.push(String(chunk));
      done();
    },
  });
  const app = await buildApp({ database: db, config: { ...TEST_CONFIG, ...config }, logStream });
  const url = await app.listen({ host: '127.0.0.1', port: 0 });
  return {
    url,
    app,
    database: db,
    logs,
    csmToken: async (csmId, displayName = csmId) =>
      (await createToken(db.db, { role: 'csm', csmId, displayName })).token,
    managerToken: async () => (await createToken(db.db, { role: 'manager' })).token,
    close: async () => {
      await app.close();
      if (!database) await db.destroy();
    },
  };
}
