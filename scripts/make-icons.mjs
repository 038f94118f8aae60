// Renders assets/redline-icon.svg to the PNG sizes browsers and stores ask for. Run it after
// changing the SVG (`node scripts/make-icons.mjs`); the PNGs are committed, builds never render.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync(new URL('../assets/redline-icon.svg', import.meta.url));
for (const size of [16, 32, 48, 128]) {
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
  writeFileSync(new URL(`../public/icon/${size}.png`, import.meta.url), png);
  console.log(`public/icon/${size}.png`, png.length, 'bytes');
}
