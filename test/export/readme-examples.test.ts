import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportLines, type LineForm, type LineFormat } from '@/lib/export';
import { finishedReview } from '../support/review-factory';

// README's "one line of each" export format must be what the code writes for the review it
// describes: a renewal reply whose draft the CSM edited.
const README = readFileSync('README.md', 'utf8');
const block = /One line of each[^\n]*\n\n```jsonl\n([\s\S]*?)\n```/.exec(README);

const ORDER: [LineFormat, LineForm][] = [
  ['chat', 'standard'],
  ['preference', 'standard'],
  ['trl', 'standard'],
  ['unpaired', 'standard'],
  ['trl', 'conversational'],
  ['unpaired', 'conversational'],
];

describe('the export examples in README', () => {
  it('are lines the exports write for the review they describe, in the order named', () => {
    expect(block, 'README has the "One line of each" jsonl block').not.toBeNull();
    const shown = block![1]!.split('\n');
    expect(shown).toHaveLength(ORDER.length);
    const review = finishedReview('edit', Date.UTC(2026, 10, 20, 10), {
      taskType: 'renewal',
      subject: 'Renewal terms',
      context: 'Can we renew with three seats?',
      draftText: 'Hi Ana, the renewal is five seats at a 5% uplift.',
      sentText: 'Hi Ana, the renewal is three seats, no uplift.',
    });
    ORDER.forEach(([format, form], i) => {
      expect(exportLines(format, review, form), `${format} ${form}`).toContain(shown[i]);
    });
  });
});
