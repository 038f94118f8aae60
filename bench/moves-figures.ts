// Moves counted once, against the old metrics (every moved word removed and added): outcomes,
// edit rates and the HTER correlation on the real edit pairs, and the kinds of edit found.
// Quality figures, not timings; prints, never asserts.
import { pathToFileURL } from 'node:url';
import { classify, DEFAULT_THRESHOLDS, type ClassifyResult } from '../lib/classify';
import type { Outcome } from '../lib/review/vocabulary';
import { loadEditPairs, mean, pearson, spearman, type EditPair } from '../test/support/edit-pairs';

/** What the metrics said before moves were counted: derived from the same diff. */
function before(result: ClassifyResult): { outcome: Outcome; editRate: number } {
  const editRate = (result.wordsAdded + result.wordsRemoved) / Math.max(result.draftWords, 1);
  const retention =
    result.draftWords === 0 ? result.retention : result.wordsKept / result.draftWords;
  const unchanged = result.wordsAdded === 0 && result.wordsRemoved === 0;
  const outcome: Outcome = unchanged
    ? 'approve'
    : retention < DEFAULT_THRESHOLDS.rejectBelowRetention
      ? 'reject'
      : 'edit';
  return { outcome, editRate };
}

const slices: [string, (pair: EditPair) => boolean][] = [
  ['LAMP', (p) => p.source_id.startsWith('lamp-')],
  ['MLQE-PE', (p) => p.source_id.startsWith('mlqe-pe:')],
  ['DeFacto', (p) => p.source_id.startsWith('defacto:')],
];

const tally = (outcomes: readonly Outcome[]) =>
  (['approve', 'edit', 'reject'] as const)
    .map((o) => `${o} ${outcomes.filter((x) => x === o).length}`)
    .join(' / ');

export function printMoveFigures(): void {
  const pairs = loadEditPairs();
  const results = pairs.map((pair) => classify(pair.ai_text, pair.human_text));
  console.log(`moves counted once (edit pairs, ${pairs.length}): before → after`);
  for (const [name, inSlice] of slices) {
    const idx = pairs.flatMap((pair, i) => (inSlice(pair) ? [i] : []));
    const now = idx.map((i) => results[i]!);
    const then = now.map(before);
    const moved = now.filter((r) => (r.wordsMoved ?? 0) > 0).length;
    console.log(
      `  ${name.padEnd(8)} ${String(idx.length).padStart(3)} pairs: ${tally(then.map((r) => r.outcome))} → ${tally(now.map((r) => r.outcome))}; mean edit rate ${mean(then.map((r) => r.editRate)).toFixed(3)} → ${mean(now.map((r) => r.editRate)).toFixed(3)}; ${moved} with moves, ${now.reduce((s, r) => s + (r.wordsMoved ?? 0), 0)} moved tokens`,
    );
  }
  const mlqe = pairs.flatMap((pair, i) =>
    typeof pair.label_if_any.hter === 'number'
      ? [{ hter: pair.label_if_any.hter, r: results[i]! }]
      : [],
  );
  const hters = mlqe.map((m) => m.hter);
  const thenRates = mlqe.map((m) => before(m.r).editRate);
  const nowRates = mlqe.map((m) => m.r.editRate);
  console.log(
    `  HTER (MLQE-PE): Pearson ${pearson(thenRates, hters).toFixed(3)} → ${pearson(nowRates, hters).toFixed(3)}, Spearman ${spearman(thenRates, hters).toFixed(3)} → ${spearman(nowRates, hters).toFixed(3)}`,
  );
  const counts = new Map<string, number>();
  for (const result of results)
    for (const label of result.labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  console.log(
    `  kinds of edit over the pairs: ${[...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([l, n]) => `${l} ${n}`)
      .join(', ')}`,
  );
  // A reordering of a CSM mail: the case the change is for.
  const sentences = [
    'Your renewal is due on the last day of March.',
    'Usage grew across every team this quarter.',
    'We added single sign-on and audit exports in February.',
    'I can walk your admins through the new reports next week.',
  ];
  const reordered = classify(
    sentences.join(' '),
    [sentences[2], sentences[0], sentences[3], sentences[1]].join(' '),
  );
  const old = before(reordered);
  console.log(
    `  four sentences reordered: edit rate ${old.editRate.toFixed(2)} → ${reordered.editRate.toFixed(2)}, outcome ${old.outcome} → ${reordered.outcome}, labels ${reordered.labels.join(', ')}`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) printMoveFigures();
