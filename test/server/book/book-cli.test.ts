import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDb } from '@/server/src/db/open-db';

// `npm run book -- import FILE` as a person runs it: a real process on a real embedded database.

function book(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/book-cli.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += String(chunk)));
  child.stderr.on('data', (chunk) => (output += String(chunk)));
  return new Promise<{ code: number | null; output: string }>((done) =>
    child.on('exit', (code) => done({ code, output })),
  );
}

describe('npm run book', () => {
  const dir = mkdtempSync(join(tmpdir(), 'redline-book-'));
  const env = { REDLINE_DATA_DIR: join(dir, 'data') };
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([[[]], [['export']], [['import']], [['import', 'a.csv', 'b.csv']]])(
    'prints its usage, not a stack, for %j',
    async (args) => {
      const { code, output } = await book(args, env);
      expect(code).toBe(2);
      expect(output).toContain('Usage:');
      expect(output).toContain('account,domains,csm_id,arr,segment');
      expect(output).not.toMatch(/\n\s+at /);
    },
  );

  it('says when the file cannot be read', async () => {
    const { code, output } = await book(['import', join(dir, 'missing.csv')], env);
    expect(code).toBe(2);
    expect(output).toMatch(/Cannot read .*missing\.csv: ENOENT/);
  });

  it('imports a good file, and refuses a bad one with every problem, keeping the book', async () => {
    const good = join(dir, 'good.csv');
    writeFileSync(good, 'account,domains,csm_id\nAcme,acme.com;acme.io,ana\nBee,bee.co,bo\n');
    const imported = await book(['import', good], env);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.output).toMatch(/Imported 2 account\(s\) with 3 domain\(s\) for 2 CSM\(s\)/);

    const bad = join(dir, 'bad.csv');
    writeFileSync(bad, 'account,domains,csm_id\nNew,new.com,ana\n,x.com,ana\nZed,zed,ana\n');
    const refused = await book(['import', bad], env);
    expect(refused.code).toBe(1);
    expect(refused.output).toMatch(/Nothing was imported/);
    expect(refused.output).toMatch(/line 3, account: The account name is empty/);
    expect(refused.output).toMatch(/line 4, domains: "zed" is not a domain/);

    const database = await openDb({ dataDir: env.REDLINE_DATA_DIR });
    try {
      const result = (await database.db.execute(
        sql`select account from book_accounts order by id`,
      )) as unknown as { rows: { account: string }[] };
      expect(result.rows.map((r) => r.account)).toEqual(['Acme', 'Bee']);
    } finally {
      await database.close();
    }
  }, 240_000);
});
