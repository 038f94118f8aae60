import cors from '@fastify/cors';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerAdminRoutes } from './admin/admin-routes';
import { registerBookAdminRoute } from './book/book-admin-route';
import { registerBookRoutes } from './book/book-routes';
import { rateLimitKey } from './auth/require-principal';
import { isAllowedOrigin, type ServerConfig } from './config';
import type { OpenDb } from './db/open-db';
import { errorHandler } from './errors';
import { loggerOptions } from './logger';
import { registerExportRoutes } from './routes/export-routes';
import { registerIngestRoute } from './routes/ingest-route';
import { registerManagerRoutes } from './routes/manager-routes';
import { registerMetaRoutes } from './routes/meta-routes';
import { registerScorecardRoutes } from './routes/scorecard-routes';

export interface AppOptions {
  database: OpenDb;
  config: Pick<
    ServerConfig,
    'bodyLimit' | 'rateLimitMax' | 'rateLimitWindowMs' | 'corsOrigins' | 'logLevel'
  > &
    Partial<Pick<ServerConfig, 'trustProxy' | 'teamName'>>;
  /** Where logs go (tests read them to prove no text leaks); stdout by default. */
  logStream?: NodeJS.WritableStream;
  /** Enables the loopback admin channel for the token CLI (embedded database only). */
  adminSecret?: string;
}

/** The reference backend as a Fastify instance, not yet listening. */
export async function buildApp({
  database,
  config,
  logStream,
  adminSecret,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config.logLevel, logStream),
    bodyLimit: config.bodyLimit,
    trustProxy: config.trustProxy ?? false,
  });
  app.setErrorHandler(errorHandler);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send({
      error: 'not-found',
      message: `No route ${request.method} ${request.url.split('?')[0]}.`,
    });
  });

  // Extension pages and service workers call us cross-origin; no host permission is needed
  // because we answer CORS, for extension origins only.
  await app.register(cors, {
    origin: (origin, callback) =>
      callback(null, !origin || isAllowedOrigin(origin, config.corsOrigins)),
    methods: ['GET', 'POST', 'OPTIONS'],
    allowedHeaders: ['authorization', 'content-type'],
    exposedHeaders: ['retry-after'],
    maxAge: 600,
  });
  await app.register(rateLimit, {
    max: config.rateLimitMax,
    timeWindow: config.rateLimitWindowMs,
    // Per authenticated principal; per address for everything else (no or unknown token).
    keyGenerator: (request) => rateLimitKey(database.db, request),
    errorResponseBuilder: (_request, context) => ({
      statusCode: 429,
      error: 'rate-limited',
      message: `Too many requests; retry in ${Math.ceil(context.ttl / 1000)} s.`,
    }),
  });

  registerMetaRoutes(app, database, config.teamName ?? null);
  registerIngestRoute(app, database.db);
  registerManagerRoutes(app, database.db);
  registerScorecardRoutes(app, database.db);
  registerExportRoutes(app, database.db);
  registerBookRoutes(app, database.db);
  if (adminSecret) {
    registerAdminRoutes(app, database.db, adminSecret);
    registerBookAdminRoute(app, database.db, adminSecret);
  }
  return app;
}
