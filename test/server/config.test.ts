import { describe, expect, it } from 'vitest';
import { configFromEnv, isAllowedOrigin } from '@/server/src/config';

describe('backend settings', () => {
  it('defaults to loopback, the embedded database and extension origins', () => {
    expect(configFromEnv({})).toEqual({
      host: '127.0.0.1',
      port: 8787,
      databaseUrl: undefined,
      dataDir: '.redline-server/data',
      bodyLimit: 4 * 1024 * 1024,
      rateLimitMax: 240,
      rateLimitWindowMs: 60_000,
      corsOrigins: 'any-extension',
      logLevel: 'info',
      trustProxy: false,
      teamName: null,
    });
  });

  it('reads the environment, ignoring nonsense numbers', () => {
    const config = configFromEnv({
      PORT: 'eighty',
      DATABASE_URL: 'postgres://db/redline',
      REDLINE_BODY_LIMIT: '1000',
      REDLINE_CORS_ORIGINS: ' chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa , ',
      REDLINE_TRUST_PROXY: '1',
    });
    expect(config).toMatchObject({
      port: 8787,
      databaseUrl: 'postgres://db/redline',
      bodyLimit: 1000,
      corsOrigins: ['chrome-extension://aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'],
      trustProxy: true,
    });
  });

  it('allows only extension origins by default', () => {
    expect(
      isAllowedOrigin('chrome-extension://abcdefghijklmnopabcdefghijklmnop', 'any-extension'),
    ).toBe(true);
    expect(
      isAllowedOrigin('moz-extension://0c1d2e3f-4a5b-4c6d-8e9f-0a1b2c3d4e5f', 'any-extension'),
    ).toBe(true);
    expect(isAllowedOrigin('https://mail.google.com', 'any-extension')).toBe(false);
    expect(isAllowedOrigin('chrome-extension://evil.example', 'any-extension')).toBe(false);
  });
});
