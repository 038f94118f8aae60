import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The embedded database (PGlite) belongs to one process at a time. While the server runs, the
 * token CLI must not open the data directory itself: it asks the running server instead, over
 * loopback, with a one-run secret from this file (mode 0600, removed on shutdown).
 */
export interface AdminFile {
  pid: number;
  url: string;
  secret: string;
}

export const adminFilePath = (dataDir: string) => resolve(dataDir, '..', 'server-admin.json');

export function writeAdminFile(dataDir: string, url: string, secret: string): AdminFile {
  const file: AdminFile = { pid: process.pid, url, secret };
  writeFileSync(adminFilePath(dataDir), JSON.stringify(file), { mode: 0o600 });
  return file;
}

export function removeAdminFile(dataDir: string): void {
  rmSync(adminFilePath(dataDir), { force: true });
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** The running server's admin channel, or null when no live server owns the data directory. */
export function readAdminFile(dataDir: string): AdminFile | null {
  try {
    const file = JSON.parse(readFileSync(adminFilePath(dataDir), 'utf8')) as AdminFile;
    return alive(file.pid) ? file : null;
  } catch {
    return null;
  }
}
