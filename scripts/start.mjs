// The main job: build the extension and say where it is and how to load it. Later the reference
// backend and the demo composer start from here too.
import { spawnSync } from 'node:child_process';
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
console.log(`
Redline is built: ${dir}

Load it in Chrome or Edge:
  1. open chrome://extensions (edge://extensions)
  2. switch on "Developer mode"
  3. "Load unpacked" and choose ${dir}

Firefox: npm run build:firefox, then about:debugging → "Load Temporary Add-on" →
  .output/firefox-mv2/manifest.json
`);
