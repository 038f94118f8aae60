// `npm run server:token -- <command>`: the admin CLI for access tokens. Tokens are printed once
// and stored only as sha-256 hashes.
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CsmIdSchema } from '../../lib/sync/wire-format';
import { readAdminFile } from './admin/admin-file';
import { directTokenAdmin, remoteTokenAdmin, type TokenAdmin } from './admin/token-admin';
import { configFromEnv } from './config';
import { openDb } from './db/open-db';

const USAGE = `Usage:
  npm run server:token -- create --csm <csm-id> [--name "Display Name"]   a CSM's token (creates
                                                                          the CSM, or renames it)
  npm run server:token -- create --manager [--name "Label"]              a manager's token
  npm run server:token -- name --csm <csm-id> --name "Display Name"      rename a CSM
  npm run server:token -- list
  npm run server:token -- revoke <token-id>
Uses DATABASE_URL when set, else the embedded database in REDLINE_DATA_DIR (.redline-server/data).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

function readArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        csm: { type: 'string' },
        manager: { type: 'boolean' },
        name: { type: 'string' },
      },
    });
  } catch (error) {
    // parseArgs says what is wrong ("Option '--csm <value>' argument missing"): no stack.
    fail((error as Error).message);
  }
}

const { positionals, values } = readArgs();
const [command, arg] = positionals;
if (!command || !['create', 'list', 'revoke', 'name'].includes(command)) fail('Say what to do.');
if (command === 'create' && !values.manager && !values.csm)
  fail('create needs --csm <id> or --manager.');
if (command === 'name' && (!values.csm || !values.name?.trim()))
  fail('name needs --csm <id> and --name "Display Name".');
if (values.name !== undefined && (!values.name.trim() || values.name.length > 200))
  fail('A display name is 1-200 characters.');
if (command === 'revoke' && !/^\d+$/.test(arg ?? '')) fail('revoke needs a token id (see list).');
if (values.csm && !CsmIdSchema.safeParse(values.csm).success) {
  fail('A CSM id is 1-64 letters, digits, ".", "_", "@" or "-", starting with a letter or digit.');
}

const config = configFromEnv();
// The embedded database is one process's: with the server running, go through it.
const running = config.databaseUrl ? null : readAdminFile(config.dataDir);
let admin: TokenAdmin;
let close = async () => {};
if (running) {
  admin = remoteTokenAdmin(running);
} else {
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const opened = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  admin = directTokenAdmin(opened.db);
  close = opened.close;
}
try {
  if (command === 'create') {
    const role = values.manager ? 'manager' : 'csm';
    const { id, token } = await admin.create({
      role,
      csmId: values.csm ?? null,
      displayName: values.name?.trim() ?? null,
    });
    process.stdout.write(
      `Created ${role} token #${id}${values.csm ? ` for CSM "${values.csm}"` : ''}. ` +
        `It is shown only now:\n\n  ${token}\n\n`,
    );
  } else if (command === 'list') {
    for (const t of await admin.list()) {
      const state = t.revokedAt ? `revoked ${new Date(t.revokedAt).toISOString()}` : 'active';
      process.stdout.write(
        `#${t.id}\t${t.role}\t${t.csmId ?? '-'}\t${t.displayName ?? '-'}\t${state}\n`,
      );
    }
  } else if (command === 'name') {
    const renamed = await admin.rename(values.csm!, values.name!.trim());
    process.stdout.write(
      renamed
        ? `CSM "${values.csm}" is now shown as "${values.name!.trim()}".\n`
        : `No CSM "${values.csm}" yet: create a token for it first.\n`,
    );
    if (!renamed) process.exitCode = 1;
  } else {
    const id = Number(arg);
    process.stdout.write((await admin.revoke(id)) ? `Revoked #${id}.\n` : `No token #${id}.\n`);
  }
} catch (error) {
  process.stderr.write(`The token command failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
} finally {
  await close();
}
