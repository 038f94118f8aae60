import { describe, expect, it } from 'vitest';
import { readSyncConfig, syncSettingsItem, syncTokenItem } from '@/lib/settings/sync-settings-item';
import { checkEndpoint } from '@/lib/settings/sync-settings-schema';
import { testConnection } from '@/lib/sync/test-connection';

describe('sync endpoint', () => {
  it('requires https, except plain http to this machine', () => {
    expect(checkEndpoint('https://redline.example.com/')).toEqual({
      ok: true,
      url: 'https://redline.example.com',
    });
    expect(checkEndpoint('https://example.com/team/redline/')).toEqual({
      ok: true,
      url: 'https://example.com/team/redline',
    });
    expect(checkEndpoint('http://localhost:8787')).toEqual({
      ok: true,
      url: 'http://localhost:8787',
    });
    expect(checkEndpoint('http://127.0.0.1:8787')).toEqual({
      ok: true,
      url: 'http://127.0.0.1:8787',
    });
    expect(checkEndpoint('http://redline.example.com')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/https/),
    });
    expect(checkEndpoint('ftp://example.com')).toMatchObject({ ok: false });
    expect(checkEndpoint('redline.example.com')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/not a web address/),
    });
    expect(checkEndpoint('https://user:pw@example.com')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/token/),
    });
  });
});

describe('sync config', () => {
  it('is off, with the reason, until endpoint, token and CSM id are all set', async () => {
    expect(await readSyncConfig()).toEqual({
      ready: false,
      reason: 'Sync is off: no endpoint is set.',
      off: true,
    });
    await syncSettingsItem.setValue({
      endpoint: 'https://r.example.com',
      csmId: 'ana',
      csmName: 'Ana',
    });
    expect(await readSyncConfig()).toMatchObject({
      ready: false,
      reason: expect.stringMatching(/token/),
    });
    await syncTokenItem.setValue('rl_x');
    expect(await readSyncConfig()).toEqual({
      ready: true,
      endpoint: 'https://r.example.com',
      token: 'rl_x',
      csmId: 'ana',
    });
  });

  it('keeps the token in its own storage.local key, apart from the settings', async () => {
    await syncSettingsItem.setValue({
      endpoint: 'https://r.example.com',
      csmId: 'ana',
      csmName: 'Ana',
    });
    await syncTokenItem.setValue('rl_secret');
    const { browser } = await import('wxt/browser');
    const all = await browser.storage.local.get(null);
    expect(all.syncToken).toBe('rl_secret');
    expect(JSON.stringify(all.syncSettings)).not.toContain('rl_secret');
    expect(await browser.storage.sync.get(null)).toEqual({});
  });
});

describe('Test connection', () => {
  const input = { endpoint: 'https://r.example.com', token: 'rl_x', csmId: 'ana' };
  const answer =
    (status: number, body: unknown): typeof fetch =>
    async () =>
      new Response(JSON.stringify(body), { status });

  it('says what is wrong, in words', async () => {
    const unreachable: typeof fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    expect((await testConnection(input, unreachable)).message).toMatch(
      /Could not reach r\.example\.com.*CORS/,
    );
    expect((await testConnection(input, answer(401, {}))).message).toMatch(
      /does not know this access token/,
    );
    expect((await testConnection(input, answer(404, {}))).message).toMatch(/not a Redline backend/);
    expect(
      (
        await testConnection(
          input,
          answer(200, { role: 'manager', csmId: null, displayName: 'Lead' }),
        )
      ).message,
    ).toMatch(/manager token/);
    expect(
      (await testConnection(input, answer(200, { role: 'csm', csmId: 'bo', displayName: 'Bo' })))
        .message,
    ).toMatch(/belongs to CSM id "bo", not "ana"/);
    const limited = await testConnection({ ...input, csmId: '' }, answer(429, {}));
    expect(limited).toMatchObject({ ok: false, message: expect.stringMatching(/slow down/) });
    expect(
      (await testConnection({ ...input, endpoint: 'http://r.example.com' }, answer(200, {}))).ok,
    ).toBe(false);
  });

  it('learns who the token belongs to from the token alone', async () => {
    const me = { role: 'csm', csmId: 'ana', displayName: 'Ana Lima', team: 'Acme CS' } as const;
    const ok = await testConnection(
      { endpoint: 'https://r.example.com/', token: ' rl_x ' },
      answer(200, me),
    );
    expect(ok).toEqual({
      ok: true,
      me,
      endpoint: 'https://r.example.com',
      message: 'Connected to r.example.com as Ana Lima (ana), team Acme CS.',
    });
    const unnamed = await testConnection(
      { endpoint: 'https://r.example.com', token: 'rl_x' },
      answer(200, { role: 'csm', csmId: 'bo', displayName: null }),
    );
    expect(unnamed.message).toBe('Connected to r.example.com as CSM bo.');
  });

  it('names the field a problem is about', async () => {
    const check = (endpoint: string, token: string, fetchFn: typeof fetch) =>
      testConnection({ endpoint, token }, fetchFn).then((r) => (r.ok ? null : r.field));
    expect(await check('ftp://x', 'rl_x', answer(200, {}))).toBe('endpoint');
    expect(await check('https://r.example.com', ' ', answer(200, {}))).toBe('token');
    expect(await check('https://r.example.com', 'rl_x', answer(401, {}))).toBe('token');
  });
});
