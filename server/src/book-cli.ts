// `npm run book -- import FILE`: replaces the book of business with a CSV file, checked row by
// row first; a bad file imports nothing and every problem is printed with its line and column.
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { readAdminFile } from './admin/admin-file';
import { describeProblem, importBook, type BookImportResult } from './book/book-import';
import { MAX_BOOK_BYTES } from './book/parse-book';
import { configFromEnv } from './config';
import { openDb } from './db/open-db';

const USAGE = `Usage:
  npm run book -- import <file.csv>   replace the book of business with this file

The file has a header row with the columns account, domains, csm_id and optionally arr, segment;
domains are separated by ";" or spaces, e.g.
  account,domains,csm_id,arr,segment
  Acme Corp,acme.com;acme.io,ana,120000,Enterprise
Uses DATABASE_URL when set, else the embedded database in REDLINE_DATA_DIR (.redline-server/data).`;

function fail(message: string): never {
  process.stderr.write(`${message}\n\n${USAGE}\n`);
  process.exit(2);
}

const [command, file, ...extra] = process.argv.slice(2);
if (command !== 'import') fail(command ? `Unknown command "${command}".` : 'Say what to do.');
if (!file) fail('import needs the path of a CSV file.');
if (extra.length > 0) fail(`Unexpected argument "${extra[0]}".`);

let text: string;
try {
  if (statSync(file).size > MAX_BOOK_BYTES)
    fail(
      `${file} is over ${MAX_BOOK_BYTES / 1024 / 1024} MiB; split the book or remove unused columns.`,
    );
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(
    `Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}.`,
  );
}

async function viaServer(url: string, secret: string): Promise<BookImportResult> {
  const response = await fetch(`${url}/admin/book`, {
    method: 'PUT',
    headers: { 'x-redline-admin': secret, 'content-type': 'text/csv' },
    body: text,
  });
  if (!response.ok)
    throw new Error(`the running server refused (${response.status}): ${await response.text()}`);
  return (await response.json()) as BookImportResult;
}

const config = configFromEnv();
// The embedded database is one process's: with the server running, go through it.
const running = config.databaseUrl ? null : readAdminFile(config.dataDir);
try {
  let result: BookImportResult;
  if (running) result = await viaServer(running.url, running.secret);
  else {
    if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
    const opened = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    try {
      result = await importBook(opened.db, text, Date.now());
    } finally {
      await opened.close();
    }
  }
  if (result.ok) {
    process.stdout.write(
      `Imported ${result.accounts} account(s) with ${result.domains} domain(s) for ${result.csms} CSM(s); the previous book was replaced.\n`,
    );
  } else {
    process.stderr.write(`${result.message}\n`);
    for (const problem of result.problems) process.stderr.write(`  ${describeProblem(problem)}\n`);
    if (result.problemCount > result.problems.length)
      process.stderr.write(`  … and ${result.problemCount - result.problems.length} more.\n`);
    process.exitCode = 1;
  }
} catch (error) {
  process.stderr.write(`The book import failed: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
