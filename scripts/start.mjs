// The main job: build the extension, then start the reference backend on its embedded database
// (PostgreSQL instead when DATABASE_URL is set) and say how to load the extension, make a token
// and point the extension at the backend. Runs until Ctrl+C (or SIGTERM), which stops the backend
// and closes its database cleanly. `npm start -- --no-build` skips the build.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

const host = process.env.HOST ?? '127.0.0.1';
const port = process.env.PORT ?? '8787';
const url = `http://127.0.0.1:${port}`;
const dataDir = resolve(process.env.REDLINE_DATA_DIR ?? '.redline-server/data');

let child = null;
let stopping = false;
const say = (text) => process.stdout.write(`${text}\n`);

// Forwarded once: the backend closes its database and exits, then so do we.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    if (!child || child.exitCode !== null) process.exit(0);
    child.kill(signal);
    setTimeout(() => child.kill('SIGKILL'), 20_000).unref();
  });
}

/** Runs a command to its end; resolves with its exit code. */
function run(command, args) {
  return new Promise((done) => {
    child = spawn(command, args, { stdio: 'inherit' });
    child.on('exit', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

/** The port is taken: probably Redline already runs. Said before a minute of building. */
async function portTaken() {
  const free = await new Promise((done) => {
    const probe = createServer();
    probe.once('error', () => done(false));
    probe.listen({ host, port: Number(port), exclusive: true }, () =>
      probe.close(() => done(true)),
    );
  });
  if (free) return null;
  try {
    const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(15_000) });
    if ((await res.json()).ok === true)
      return `Redline already runs at ${url}: use that one, or stop it first (Ctrl+C where it runs), or start another with PORT=...`;
  } catch {
    // Not Redline: said below.
  }
  return `Port ${port} on ${host} is taken by another program: start Redline with another PORT, e.g. PORT=8788 npm start.`;
}

const taken = await portTaken();
if (taken) {
  process.stderr.write(`${taken}\n`);
  process.exit(1);
}

const dir = resolve('.output/chrome-mv3');
const noBuild = process.argv.includes('--no-build');
if (!noBuild) {
  const code = await run(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['wxt', 'build']);
  if (code !== 0 || stopping) process.exit(code);
}
const built = existsSync(resolve(dir, 'manifest.json'));
if (!built && !noBuild) {
  process.stderr.write(`The extension is not built: ${dir}/manifest.json is missing.\n`);
  process.exit(1);
}
const database = process.env.DATABASE_URL
  ? 'PostgreSQL (DATABASE_URL)'
  : `the embedded database in ${dataDir}`;
const extensionHelp = `
Redline is built: ${dir}

Load it in Chrome or Edge:
  1. open chrome://extensions (edge://extensions)
  2. switch on "Developer mode"
  3. "Load unpacked" and choose ${dir}
  4. Try it without any account: click Redline's toolbar icon → "Try it in the demo composer"
     (the page is demo.html inside the extension): Draft with AI, edit, Send, then see the
     review and its diff in the popup.

Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" →
  .output/firefox-mv2/manifest.json
`;
// `--no-build` on a clone that was never built still starts the backend, and says what to do.
if (!built) {
  say(`
The extension is not built yet (--no-build): run npm run build, then load ${dir}.
`);
}
say(`${built ? extensionHelp : ''}
The team backend is starting at ${url} on ${database}.
  Make a CSM token (in another terminal):   npm run server:token -- create --csm ana --name "Ana"
  Make a manager token:                     npm run server:token -- create --manager --name "Lead"
  Point the extension at it: Redline → Options → Sync endpoint ${url} and the access token
    → Save (the backend says whose token it is).
  Manager's view: ${url}/manager (paste the manager token).
Stop with Ctrl+C.
`);

// Node runs the backend itself (tsx as a loader), so signals reach it with nothing in between.
const code = await run(process.execPath, ['--import', 'tsx', 'server/src/main.ts']);
process.exit(code);
