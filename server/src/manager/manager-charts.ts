// Client script: the dashboard's uPlot charts (the popup's chart library, served from
// node_modules). Weekly override rate in %, the 18-32 % band shaded behind it; colours are the
// popup's CSS roles, read when a chart is drawn so dark mode gets dark colours.

export const CHARTS_JS = `'use strict';
(function () {
  const charts = [];
  function colors() {
    const css = getComputedStyle(document.documentElement);
    const v = (name, fallback) => css.getPropertyValue(name).trim() || fallback;
    return { text: v('--muted', '#555'), grid: v('--grid', '#ddd'), line: v('--accent', '#b3261e'),
      band: v('--band', 'rgba(46,160,67,0.15)') };
  }
  const weekLabel = (seconds) => new Date(seconds * 1000).toLocaleDateString('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });
  // weeks: Monday keys (UTC); rates: fractions or null (no reviews that week).
  function rateChart(target, weeks, rates, band, opts) {
    const c = colors();
    const small = !!(opts && opts.small);
    const xs = weeks.map((w) => Date.parse(w + 'T00:00:00Z') / 1000);
    const ys = rates.map((r) => (r === null ? null : Math.round(r * 1000) / 10));
    const axis = { stroke: c.text, grid: { stroke: c.grid, width: 1 }, ticks: { show: false } };
    const options = {
      width: small ? 220 : Math.max(320, Math.min(target.clientWidth || 900, 1100)),
      height: small ? 56 : 200,
      legend: { show: !small, live: false },
      cursor: { show: !small },
      tzDate: (ts) => new Date(ts * 1000),
      scales: { x: { time: false }, y: { range: (_u, _min, max) => [0, Math.max(50, (max || 0) + 5)] } },
      axes: small ? [{ show: false }, { show: false }] : [
        { ...axis, splits: () => xs, values: (_u, ticks) => ticks.map(weekLabel) },
        { ...axis, size: 48, values: (_u, ticks) => ticks.map((t) => t + ' %') },
      ],
      series: [{}, { label: (opts && opts.label) || 'Override rate', stroke: c.line, width: small ? 1.5 : 2,
        spanGaps: false, points: { show: true, size: small ? 5 : 6 } }],
      hooks: { drawClear: [(u) => {
        const top = u.valToPos(band.high * 100, 'y', true);
        const bottom = u.valToPos(band.low * 100, 'y', true);
        u.ctx.save();
        u.ctx.fillStyle = c.band;
        u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
        u.ctx.restore();
      }] },
    };
    target.replaceChildren();
    const chart = new uPlot(options, [xs, ys], target);
    charts.push(chart);
    return chart;
  }
  function destroyCharts() {
    while (charts.length) charts.pop().destroy();
  }
  window.redlineCharts = { rateChart, destroyCharts };
})();
`;
