import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where Debian's Chromium reads machine-wide mandatory policies. */
export const POLICY_DIR = process.env.REDLINE_POLICY_DIR ?? '/etc/chromium/policies/managed';

/**
 * The id Chromium gives an unpacked extension without a manifest key: the SHA-256 of its
 * absolute path, first 32 hex digits, each digit 0-f written as a letter a-p.
 */
export function unpackedExtensionId(absolutePath: string): string {
  const hex = createHash('sha256').update(absolutePath).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}

export interface PolicyFile {
  path: string;
  remove(): void;
}

/**
 * Writes a policy for one extension, as IT would push it. The directory is machine-wide: the
 * caller removes the file in `finally`/`afterAll` so no other browser ever sees it.
 */
export function writeExtensionPolicy(extensionId: string, values: unknown): PolicyFile {
  const created: string[] = [];
  let dir = POLICY_DIR;
  while (!existsSync(dir)) {
    created.unshift(dir);
    dir = join(dir, '..');
  }
  for (const missing of created) mkdirSync(missing);
  const path = join(POLICY_DIR, `redline-e2e-${process.pid}.json`);
  writeFileSync(path, JSON.stringify({ '3rdparty': { extensions: { [extensionId]: values } } }));
  return {
    path,
    remove() {
      rmSync(path, { force: true });
      // Leave the machine as it was: only directories this call made, and only when empty.
      for (const made of [...created].reverse()) {
        if (existsSync(made) && readdirSync(made).length === 0) rmdirSync(made);
      }
    },
  };
}
