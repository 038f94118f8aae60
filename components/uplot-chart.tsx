import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';

/**
 * A uPlot chart owned by React: made once per `opts`, fed new data in place (a live update does
 * not rebuild the canvas), destroyed on unmount. `label` names the chart for screen readers;
 * each chart also has its numbers as a table beside it.
 */
export function UplotChart({
  opts,
  data,
  label,
}: {
  opts: uPlot.Options;
  data: uPlot.AlignedData;
  label: string;
}) {
  const target = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  const latest = useRef(data);

  // Declared first so it runs first on mount: the chart below is built with the current data.
  useEffect(() => {
    latest.current = data;
    chart.current?.setData(data);
  }, [data]);

  useEffect(() => {
    if (!target.current) return;
    chart.current = new uPlot(opts, latest.current, target.current);
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [opts]);

  return <div ref={target} className="chart" role="img" aria-label={label} />;
}

/** Theme colours for the canvas, read from the page's CSS so dark mode follows the system. */
export function chartColors() {
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--muted', '#555'),
    grid: v('--grid', '#ddd'),
    line1: v('--accent', '#b3261e'),
    line2: v('--accent-2', '#1f6feb'),
    band: v('--band', 'rgba(46, 160, 67, 0.15)'),
    bench: v('--bench', '#8a6d00'),
  };
}
