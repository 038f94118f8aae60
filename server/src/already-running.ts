import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { readAdminFile } from './admin/admin-file';

/** True when nothing listens on host:port yet (probed by listening for a moment). */
export function portIsFree(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => done(true)));
  });
}

/** Whether a Redline backend answers at `url` (its /healthz says which database); a busy one may be slow. */
async function isRedline(url: string): Promise<boolean> {
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(15_000) });
    const body = (await res.json()) as { ok?: unknown; database?: unknown };
    return body.ok === true && typeof body.database === 'string';
  } catch {
    return false;
  }
}

/**
 * Why this server cannot start, in words, or null when it can: another Redline already owns the
 * embedded database or the port, or some other program holds the port.
 */
export async function whyNotStart(options: {
  host: string;
  port: number;
  dataDir: string | null;
}): Promise<string | null> {
  const { host, port, dataDir } = options;
  const running = dataDir ? readAdminFile(dataDir) : null;
  if (running) {
    return (
      `Redline already runs at ${running.url} (process ${running.pid}) on the embedded database ` +
      `in ${resolve(dataDir!)}. Use that one, or stop it first (Ctrl+C where it runs).`
    );
  }
  if (await portIsFree(host, port)) return null;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  if (await isRedline(url)) {
    return `Redline already runs at ${url}. Use that one, or stop it first, or start this one with another PORT.`;
  }
  return `Port ${port} on ${host} is taken by another program. Start Redline with another PORT, e.g. PORT=8788 npm start.`;
}
