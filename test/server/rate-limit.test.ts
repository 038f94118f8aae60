import { afterEach, describe, expect, it } from 'vitest';
import { BACKENDS } from './support/test-databases';
import { startTestServer, type TestServer } from './support/test-server';

const LIMIT = 5;

describe.each(BACKENDS)('rate limit on %s', (backend) => {
  let server: TestServer;
  afterEach(() => server.close());

  const me = (authorization?: string) =>
    fetch(`${server.url}/v1/me`, { headers: authorization ? { authorization } : {} }).then(
      (res) => res.status,
    );

  it('keys on the principal: other spellings of the same token neither reset nor escape it', async () => {
    server = await startTestServer(backend, { rateLimitMax: LIMIT });
    const ana = await server.csmToken('ana');
    for (let i = 0; i < LIMIT; i++) expect(await me(`Bearer ${ana}`)).toBe(200);
    for (const spelling of [`Bearer ${ana}`, `bearer ${ana}`, `BEARER ${ana}`, `Bearer  ${ana}`])
      expect(await me(spelling)).toBe(429);
    // Another CSM has a bucket of its own.
    expect(await me(`Bearer ${await server.csmToken('bo')}`)).toBe(200);
  });

  it('limits failed authentication per address, invented tokens included', async () => {
    server = await startTestServer(backend, { rateLimitMax: LIMIT });
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 3; i++) statuses.push(await me(`Bearer rl_invented${i}`));
    expect(statuses.slice(0, LIMIT)).toEqual(Array(LIMIT).fill(401));
    expect(statuses.slice(LIMIT)).toEqual([429, 429, 429]);
    expect(await me()).toBe(429);
    expect(await me('Basic abc')).toBe(429);
    // A real principal is not punished for what others from the address did.
    expect(await me(`Bearer ${await server.csmToken('ana')}`)).toBe(200);
  });
});
