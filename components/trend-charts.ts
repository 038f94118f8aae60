import type uPlot from 'uplot';
import { OVERRIDE_BAND } from '@/lib/metrics/override-rate';
import { shortDate } from '@/lib/popup/format';
import { chartColors } from './uplot-chart';

// Options for the two trend charts. Data: x = week starts (seconds), then one array per series.

type Colors = ReturnType<typeof chartColors>;

function axes(colors: Colors, unit: string): uPlot.Axis[] {
  const axis = {
    stroke: colors.text,
    grid: { stroke: colors.grid, width: 1 },
    ticks: { show: false },
  };
  // One tick per week, on the Monday each point stands for, labelled like the tables ("Nov 17").
  const weeks: uPlot.Axis = {
    ...axis,
    splits: (u) => [...(u.data[0] as number[])],
    values: (_u, ticks) => ticks.map((t) => shortDate(t * 1000)),
  };
  return [weeks, { ...axis, size: 44, values: (_u, ticks) => ticks.map((t) => `${t}${unit}`) }];
}

/** Shades the 18-32 % band behind the weekly override rate. */
function bandHook(colors: Colors) {
  return (u: uPlot) => {
    const top = u.valToPos(OVERRIDE_BAND.high * 100, 'y', true);
    const bottom = u.valToPos(OVERRIDE_BAND.low * 100, 'y', true);
    u.ctx.save();
    u.ctx.fillStyle = colors.band;
    u.ctx.fillRect(u.bbox.left, top, u.bbox.width, bottom - top);
    u.ctx.restore();
  };
}

export function overrideTrendOptions(width: number): uPlot.Options {
  const colors = chartColors();
  return {
    width,
    height: 170,
    // Static legend (series names only): the numbers are in the table under each chart.
    legend: { live: false },
    scales: { x: { time: true }, y: { range: (_u, _min, max) => [0, Math.max(50, max ?? 0)] } },
    axes: axes(colors, '%'),
    series: [
      {},
      {
        label: 'Override rate',
        stroke: colors.line1,
        width: 2,
        points: { size: 6 },
        value: (_u, v) => (v === null ? '—' : `${Math.round(v)} %`),
      },
    ],
    hooks: { drawClear: [bandHook(colors)] },
  };
}

export function taskTimeOptions(width: number, benchmark: number | null): uPlot.Options {
  const colors = chartColors();
  const minutes = (_u: uPlot, v: number | null) => (v === null ? '—' : `${v.toFixed(1)} min`);
  return {
    width,
    height: 170,
    legend: { live: false },
    scales: {
      x: { time: true },
      y: { range: (_u, _min, max) => [0, Math.max(benchmark ?? 0, max ?? 0) * 1.15 || 10] },
    },
    axes: axes(colors, 'm'),
    series: [
      {},
      {
        label: 'Elapsed (draft → send)',
        stroke: colors.line1,
        width: 2,
        points: { size: 6 },
        value: minutes,
      },
      { label: 'Active', stroke: colors.line2, width: 2, points: { size: 6 }, value: minutes },
      ...(benchmark === null
        ? []
        : [
            {
              label: 'Benchmark with AI',
              stroke: colors.bench,
              width: 1.5,
              dash: [6, 4],
              points: { show: false },
              value: minutes,
            },
          ]),
    ],
  };
}
