import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHARTS_JS } from './manager-charts';
import { CLIENT_JS } from './manager-client';
import { RENDER_JS } from './manager-render';
import { MANAGER_CSS } from './manager-styles';

// What the dashboard loads besides its HTML, by path. uPlot comes from node_modules (the
// version the popup bundles; no CDN) and the colours from the popup's own stylesheets.

const require = createRequire(import.meta.url);
const popupStyles = (name: string) =>
  fileURLToPath(new URL(`../../../entrypoints/popup/styles/${name}`, import.meta.url));

export interface Asset {
  type: string;
  body: string;
}

const css = 'text/css; charset=utf-8';
const js = 'text/javascript; charset=utf-8';

/** Read once, at start-up: a missing file fails the start, not a manager's page view. */
export function managerAssets(): Map<string, Asset> {
  return new Map([
    [
      '/manager/uplot.js',
      { type: js, body: readFileSync(require.resolve('uplot/dist/uPlot.iife.min.js'), 'utf8') },
    ],
    [
      '/manager/uplot.css',
      { type: css, body: readFileSync(require.resolve('uplot/dist/uPlot.min.css'), 'utf8') },
    ],
    ['/manager/theme.css', { type: css, body: readFileSync(popupStyles('theme.css'), 'utf8') }],
    ['/manager/base.css', { type: css, body: readFileSync(popupStyles('base.css'), 'utf8') }],
    ['/manager/manager.css', { type: css, body: MANAGER_CSS }],
    ['/manager/charts.js', { type: js, body: CHARTS_JS }],
    ['/manager/render.js', { type: js, body: RENDER_JS }],
    ['/manager.js', { type: js, body: CLIENT_JS }],
  ]);
}
