import { Writable } from 'node:stream';
import { sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../../server/src/app';
import { createToken } from '../../../server/src/auth/tokens';
import { openDb, type OpenDb } from '../../../server/src/db/open-db';

/** What the next POST /v1/reviews meets, in order; once the script is empty, the real handler. */
export type Step =
  /** The real handler answers. */
  | { kind: 'pass' }
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  /** The handler commits, then the connection dies before the answer leaves. */
  | { kind: 'commit-then-die' }
  /** The request waits until `release()` (to stop the service worker mid-flight). */
  | { kind: 'hold'; held: () => void; release: Promise<void> };

export interface E2eBackend {
  url: string;
  port: number;
  database: OpenDb;
  script: Step[];
  /** Statuses per id from every answered batch, to prove nothing was accepted twice. */
  accepted: string[];
  posts: { count: number };
  csmToken(csmId: string, displayName?: string): Promise<string>;
  reviewCount(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * The reference backend for end-to-end tests, on in-memory PGlite, with a scripted failure
 * plan. `restart` keeps the database and the port, like a crashed process coming back.
 */
export async function startE2eBackend(
  previous?: Pick<E2eBackend, 'database' | 'port' | 'script' | 'accepted' | 'posts'>,
): Promise<E2eBackend> {
  const database = previous?.database ?? (await openDb({}));
  const script = previous?.script ?? [];
  const accepted = previous?.accepted ?? [];
  const posts = previous?.posts ?? { count: 0 };
  const silent = new Writable({ write: (_c, _e, done) => done() });
  const app: FastifyInstance = await buildApp({
    database,
    config: {
      bodyLimit: 4 * 1024 * 1024,
      rateLimitMax: 100_000,
      rateLimitWindowMs: 60_000,
      corsOrigins: 'any-extension',
      logLevel: 'warn',
    },
    logStream: silent,
  });
  const dying = new WeakSet<object>();
  const holds = new WeakMap<object, Extract<Step, { kind: 'hold' }>>();
  let closing: Promise<void> | null = null;
  const stop = () => (closing ??= app.close());
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/v1/reviews')) return;
    posts.count++;
    const step = script.shift();
    if (!step || step.kind === 'pass') return;
    if (step.kind === 'status') {
      await reply
        .code(step.status)
        .headers(step.headers ?? {})
        .send({ error: 'scripted', message: `scripted ${step.status}` });
    } else if (step.kind === 'hold') {
      holds.set(request, step);
    } else {
      dying.add(request);
    }
  });
  // Held after the body is read, so the handler still commits once released.
  app.addHook('preHandler', async (request) => {
    const hold = holds.get(request);
    if (!hold) return;
    hold.held();
    await hold.release;
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (request.url.startsWith('/v1/reviews') && typeof payload === 'string') {
      const body = JSON.parse(payload) as { results?: { id: string; status: string }[] };
      for (const r of body.results ?? []) if (r.status === 'accepted') accepted.push(r.id);
    }
    if (!dying.has(request)) return payload;
    // Committed; now the process "dies": the answer is lost and nothing listens any more
    // (a browser may transparently retry a request whose reused connection dropped).
    request.raw.socket.destroy();
    void stop();
    return payload;
  });
  const url = await app.listen({ host: '127.0.0.1', port: previous?.port ?? 0 });
  const port = Number(new URL(url).port);
  return {
    url,
    port,
    database,
    script,
    accepted,
    posts,
    csmToken: async (csmId, displayName) =>
      (await createToken(database.db, { role: 'csm', csmId, displayName: displayName ?? null }))
        .token,
    reviewCount: async () => {
      const result = (await database.db.execute(
        sql`select count(*)::int as n from reviews where not deleted`,
      )) as unknown as { rows: { n: number }[] };
      return result.rows[0]!.n;
    },
    stop,
  };
}
