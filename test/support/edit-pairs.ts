// The real machine-text → human-edit pairs (see test/data/edit-pairs/PROVENANCE.md) and the
// statistics the tests and the bench compute on them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { classify } from '../../lib/classify';

const PAIRS_PATH = fileURLToPath(new URL('../data/edit-pairs/sample_pairs.jsonl', import.meta.url));

export interface EditPair {
  source_id: string;
  ai_text: string;
  human_text: string;
  label_if_any: Record<string, unknown>;
}

export function loadEditPairs(): EditPair[] {
  return readFileSync(PAIRS_PATH, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as EditPair);
}

export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const mx = mean(xs);
  const my = mean(ys);
  let cov = 0;
  let vx = 0;
  let vy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] ?? my;
    cov += (x - mx) * (y - my);
    vx += (x - mx) ** 2;
    vy += (y - my) ** 2;
  });
  return cov / Math.sqrt(vx * vy);
}

/** Pearson on ranks; ties share their mean rank (HTER has many exact zeros). */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(ranks(xs), ranks(ys));
}

function ranks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const out = new Array<number>(values.length).fill(0);
  for (let i = 0; i < order.length;) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j++;
    for (let k = i; k <= j; k++) out[order[k]?.index ?? 0] = (i + j) / 2 + 1;
    i = j + 1;
  }
  return out;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / Math.max(values.length, 1);
}

export interface HterCorrelation {
  pairs: number;
  pearson: number;
  spearman: number;
  /** Mean edit rate per published HTER bucket, in the dataset's bucket order. */
  bucketMeans: { bucket: string; pairs: number; meanEditRate: number }[];
}

/** Edit rate of every MLQE-PE pair against its published HTER. */
export function hterCorrelation(pairs: readonly EditPair[] = loadEditPairs()): HterCorrelation {
  const mlqe = pairs.filter((pair) => typeof pair.label_if_any.hter === 'number');
  const rates = mlqe.map((pair) => classify(pair.ai_text, pair.human_text).editRate);
  const hters = mlqe.map((pair) => pair.label_if_any.hter as number);
  const byBucket = new Map<string, number[]>();
  mlqe.forEach((pair, i) => {
    const bucket = String(pair.label_if_any.hter_bucket);
    byBucket.set(bucket, [...(byBucket.get(bucket) ?? []), rates[i] ?? 0]);
  });
  const bucketMeans = [...byBucket]
    .map(([bucket, values]) => ({ bucket, pairs: values.length, meanEditRate: mean(values) }))
    .sort((a, b) => a.meanEditRate - b.meanEditRate);
  return {
    pairs: mlqe.length,
    pearson: pearson(rates, hters),
    spearman: spearman(rates, hters),
    bucketMeans,
  };
}
