import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminFilePath } from '@/server/src/admin/admin-file';
import { openDb } from '@/server/src/db/open-db';

// The start script and the token CLI as a person runs them: real processes, real signals.

const freePort = () =>
  new Promise<number>((done) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

interface Run {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
}

function start(command: string[], env: Record<string, string>): Run {
  const child = spawn(process.execPath, command, {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let text = '';
  child.stdout!.on('data', (chunk) => (text += String(chunk)));
  child.stderr!.on('data', (chunk) => (text += String(chunk)));
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  return { child, output: () => text, exited };
}

const healthy = async (url: string) => {
  try {
    return (await fetch(`${url}/healthz`)).ok;
  } catch {
    return false;
  }
};

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-start-'));
  const dataDir = join(dir, 'data');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('says in words that Redline already runs, and SIGTERM stops it with a clean close', async () => {
    const port = await freePort();
    const env = { PORT: String(port), REDLINE_DATA_DIR: dataDir };
    const url = `http://127.0.0.1:${port}`;
    const first = start(['scripts/start.mjs', '--no-build'], env);
    try {
      await expect.poll(() => healthy(url), { timeout: 90_000, interval: 250 }).toBe(true);
      await expect.poll(() => existsSync(adminFilePath(dataDir)), { timeout: 10_000 }).toBe(true);

      const second = start(['scripts/start.mjs', '--no-build'], env);
      expect(await second.exited).toBe(1);
      expect(second.output()).toContain(`Redline already runs at ${url}`);
      expect(second.output()).not.toMatch(/EADDRINUSE|\n\s+at /);

      // The backend alone, started twice on the same data directory, says it too.
      const again = start(['--import', 'tsx', 'server/src/main.ts'], {
        ...env,
        PORT: String(await freePort()),
      });
      expect(await again.exited).toBe(1);
      expect(again.output()).toMatch(/Redline already runs at http:\/\/127\.0\.0\.1:\d+ \(process/);

      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(await healthy(url)).toBe(false);
      expect(existsSync(adminFilePath(dataDir))).toBe(false);
    } finally {
      first.child.kill('SIGKILL');
    }
    // Closed cleanly: the embedded database opens again at once.
    const reopened = await openDb({ dataDir });
    await reopened.db.execute('select 1');
    await reopened.close();
  }, 240_000);
});

describe('token CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-cli-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([
    [['create', '--csm']],
    [['create', '--bogus']],
    [['revoke']],
    [['name', '--csm', 'ana']],
    [[]],
  ])('prints its usage, not a stack, for %j', async (args) => {
    const cli = start(['--import', 'tsx', 'server/src/token-cli.ts', ...args], {
      REDLINE_DATA_DIR: join(dir, 'data'),
    });
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain('Usage:');
    expect(cli.output()).not.toMatch(/\n\s+at |ERR_PARSE_ARGS/);
  });

  it('creates a CSM with its name, renames it, and lists it by that name', async () => {
    const env = { REDLINE_DATA_DIR: join(dir, 'named') };
    const cli = (...args: string[]) => {
      const run = start(['--import', 'tsx', 'server/src/token-cli.ts', ...args], env);
      return run.exited.then((code) => ({ code, output: run.output() }));
    };
    expect((await cli('create', '--csm', 'ana', '--name', 'Ana')).output).toMatch(/rl_\S{43}/);
    expect(await cli('name', '--csm', 'ana', '--name', 'Ana Lima')).toMatchObject({ code: 0 });
    expect((await cli('list')).output).toMatch(/#1\tcsm\tana\tAna Lima\tactive/);
    expect((await cli('name', '--csm', 'bo', '--name', 'Bo')).code).toBe(1);
    // Four processes, each opening the embedded database: heavy on a busy machine.
  }, 240_000);
});
