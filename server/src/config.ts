import { cutText } from '../../lib/text/cut-text';

// The backend's settings, from the environment with defaults that work on a laptop.

export interface ServerConfig {
  host: string;
  port: number;
  databaseUrl: string | undefined;
  /** Embedded database directory (PGlite), used when no DATABASE_URL is set. */
  dataDir: string;
  /** Largest request body, bytes. A batch above it gets 413. */
  bodyLimit: number;
  /** Requests per token (or per address without one) per minute. */
  rateLimitMax: number;
  rateLimitWindowMs: number;
  /**
   * Origins allowed by CORS. Default: any Chrome/Edge or Firefox extension origin. A team can pin
   * its own extension ids, e.g. `chrome-extension://abcdefghijklmnopabcdefghijklmnop`.
   */
  corsOrigins: readonly string[] | 'any-extension';
  logLevel: string;
  /** The team's name, answered by `GET /v1/me` (REDLINE_TEAM_NAME); null when unset. */
  teamName: string | null;
  /** Behind a TLS proxy: take the client address from X-Forwarded-For (per-address limits). */
  trustProxy: boolean;
}

const int = (value: string | undefined, fallback: number) => {
  const parsed = value === undefined ? NaN : Number(value);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
};

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const origins = env.REDLINE_CORS_ORIGINS?.split(',')
    .map((o) => o.trim())
    .filter(Boolean);
  return {
    host: env.HOST ?? '127.0.0.1',
    port: int(env.PORT, 8787),
    databaseUrl: env.DATABASE_URL || undefined,
    dataDir: env.REDLINE_DATA_DIR ?? '.redline-server/data',
    bodyLimit: int(env.REDLINE_BODY_LIMIT, 4 * 1024 * 1024),
    rateLimitMax: int(env.REDLINE_RATE_LIMIT, 240),
    rateLimitWindowMs: 60_000,
    corsOrigins: origins && origins.length > 0 ? origins : 'any-extension',
    logLevel: env.LOG_LEVEL ?? 'info',
    trustProxy: env.REDLINE_TRUST_PROXY === '1',
    teamName: cutText(env.REDLINE_TEAM_NAME?.trim() ?? '', 200) || null,
  };
}

const EXTENSION_ORIGIN = /^(?:chrome-extension:\/\/[a-p]{32}|moz-extension:\/\/[0-9a-f-]{36})$/;

export function isAllowedOrigin(origin: string, allowed: ServerConfig['corsOrigins']): boolean {
  return allowed === 'any-extension' ? EXTENSION_ORIGIN.test(origin) : allowed.includes(origin);
}
