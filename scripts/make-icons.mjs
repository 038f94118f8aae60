// Renders assets/redline-icon.svg to the PNG sizes browsers and stores ask for, plus the two
// toolbar states: paused (the mark in grey) and sync trouble (the mark with an amber corner).
// Run it after changing the SVG (`node scripts/make-icons.mjs`); the PNGs are committed, builds
// never render.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const mark = readFileSync(new URL('../assets/redline-icon.svg', import.meta.url), 'utf8');
const paused = mark.replaceAll('#b3261e', '#8c959f');
const trouble = mark.replace(
  '</svg>',
  '  <circle cx="100" cy="100" r="26" fill="#ffffff"/>\n  <circle cx="100" cy="100" r="20" fill="#bf8700"/>\n  <rect x="96" y="86" width="8" height="17" rx="4" fill="#ffffff"/>\n  <circle cx="100" cy="111" r="4.5" fill="#ffffff"/>\n</svg>',
);

const variants = [
  ['icon', mark, [16, 32, 48, 128]],
  ['icon/paused', paused, [16, 32]],
  ['icon/trouble', trouble, [16, 32]],
];
for (const [dir, svg, sizes] of variants) {
  mkdirSync(new URL(`../public/${dir}/`, import.meta.url), { recursive: true });
  for (const size of sizes) {
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
    writeFileSync(new URL(`../public/${dir}/${size}.png`, import.meta.url), png);
    console.log(`public/${dir}/${size}.png`, png.length, 'bytes');
  }
}
