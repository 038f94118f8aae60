// The main job: build the extension, then start the reference backend on its embedded database
// (PostgreSQL instead when DATABASE_URL is set) and say how to load the extension, make a token
// and point the extension at the backend. Runs until Ctrl+C.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const run = (args) => {
  const result = spawnSync('npx', args, { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

run(['wxt', 'build']);
const dir = resolve('.output/chrome-mv3');
if (!existsSync(resolve(dir, 'manifest.json'))) {
  console.error(`Build finished but ${dir}/manifest.json is missing.`);
  process.exit(1);
}
const port = process.env.PORT ?? '8787';
const url = `http://127.0.0.1:${port}`;
const database = process.env.DATABASE_URL
  ? 'PostgreSQL (DATABASE_URL)'
  : `the embedded database in ${resolve(process.env.REDLINE_DATA_DIR ?? '.redline-server/data')}`;
console.log(`
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

The team backend is starting at ${url} on ${database}.
  Make a CSM token (in another terminal):   npm run server:token -- create --csm ana --name "Ana"
  Make a manager token:                     npm run server:token -- create --manager --name "Lead"
  Point the extension at it: Redline → Options → Sync endpoint ${url}, Access token,
    CSM id "ana" → Save → Test connection.
  Manager's view: ${url}/manager (paste the manager token).
Stop with Ctrl+C.
`);

const server = spawn('npx', ['tsx', 'server/src/main.ts'], {
  stdio: 'inherit',
  env: { ...process.env, PORT: port },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
