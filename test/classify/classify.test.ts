import { describe, expect, it } from 'vitest';
import {
  classify,
  ClassifyThresholdsSchema,
  DEFAULT_THRESHOLDS,
  normalizeForReview,
  type ClassifyResult,
} from '../../lib/classify';
import { tokenize } from '../../lib/classify/tokenize';
import { EditMetricsSchema } from '../../lib/review/metrics-schema';

const DRAFT =
  'Hi Ana,\n\nThanks for the call today. As discussed, I will send the renewal quote by Friday and ' +
  'set up a review of your usage next week.\n\nBest,\nSam';

const changed = (result: ClassifyResult) => result.parts.filter((part) => part.kind !== 'kept');

describe('classify: approve', () => {
  it('identical texts: approve, everything kept, empty diff', () => {
    const result = classify(DRAFT, DRAFT);
    expect(result.outcome).toBe('approve');
    expect(result.wordsKept).toBe(result.draftWords);
    expect(result.draftWords).toBe(tokenize(normalizeForReview(DRAFT)).tokens.length);
    expect(result).toMatchObject({ wordsAdded: 0, wordsRemoved: 0, editRate: 0, retention: 1 });
    expect(result.spacingOnly).toBe(false);
    expect(result.parts).toEqual([{ kind: 'kept', text: normalizeForReview(DRAFT) }]);
  });

  it('whitespace-only changes (NBSP, CRLF, zero-width, blank lines) are approve, spacing only', () => {
    const sent = DRAFT.replace(/\n/g, '\r\n\r\n')
      .replace('the call', 'the\u00A0call')
      .replace('Friday', 'Fri\u200Bday  ');
    const result = classify(DRAFT, sent);
    expect(result.outcome).toBe('approve');
    expect(changed(result)).toEqual([]);
    expect(result.spacingOnly).toBe(true);
  });

  it('line-ending style and invisible characters alone are not even a spacing change', () => {
    const result = classify(DRAFT, `\uFEFF${DRAFT.replace(/\n/g, '\r\n')}`);
    expect(result.outcome).toBe('approve');
    expect(result.spacingOnly).toBe(false);
  });

  it('a signature added by the composer is not an edit', () => {
    const result = classify(DRAFT, `${DRAFT}\n\n-- \nSam Reed\nCustomer Success | Acme`);
    expect(result.outcome).toBe('approve');
    expect(changed(result)).toEqual([]);
    expect(result.sentWords).toBe(result.draftWords);
    expect(result.spacingOnly).toBe(false);
  });

  it('quoted history below the reply is not an edit', () => {
    const sent = `${DRAFT}\n\nOn Mon, 3 Nov 2025 at 10:02, Ana <a@x.com> wrote:\n> Can you send the quote?\n> Ana`;
    const result = classify(DRAFT, sent);
    expect(result.outcome).toBe('approve');
    expect(changed(result)).toEqual([]);
  });

  it('signature and quote found by the adapter (hints) are not edits', () => {
    const sent = `${DRAFT}\n\nSam Reed\nAcme\n\nAna asked: can you send the quote?`;
    const result = classify(DRAFT, sent, undefined, {
      sent: { signature: 'Sam ReedAcme', quoted: 'Ana asked: can you send the quote?' },
    });
    expect(result.outcome).toBe('approve');
    expect(changed(result)).toEqual([]);
    // Without the hints the same text is an edit: the hints are what made it approve.
    expect(classify(DRAFT, sent).outcome).toBe('edit');
  });

  it('Дм.Быков → Дм . Быков (tokenisation only) is approve with spacingOnly', () => {
    const result = classify('Дм.Быков - No way out : :', 'Дм . Быков - No way out : :');
    expect(result.outcome).toBe('approve');
    expect(result.spacingOnly).toBe(true);
    expect(result.editRate).toBe(0);
    expect(result.parts).toEqual([{ kind: 'kept', text: 'Дм . Быков - No way out : :' }]);
  });

  it('curly quotes put in by autocorrect are not an edit', () => {
    const result = classify(`We're "ready".`, 'We\u2019re \u201Cready\u201D.');
    expect(result.outcome).toBe('approve');
  });
});

describe('classify: edit and reject', () => {
  it('a light edit is an edit with counts and parts that say what changed', () => {
    const sent = DRAFT.replace('by Friday', 'by Thursday').replace('next week', 'next week, ok');
    const result = classify(DRAFT, sent);
    expect(result.outcome).toBe('edit');
    expect(result).toMatchObject({ wordsRemoved: 1, wordsAdded: 3 });
    expect(result.wordsKept).toBe(result.draftWords - 1);
    expect(result.editRate).toBeCloseTo(4 / result.draftWords, 10);
    expect(result.retention).toBeCloseTo((result.draftWords - 1) / result.draftWords, 10);
    expect(changed(result)).toEqual([
      { kind: 'removed', text: ' Friday' },
      { kind: 'added', text: ' Thursday' },
      { kind: 'added', text: ', ok' },
    ]);
  });

  it('a punctuation change is an edit', () => {
    const result = classify('Thanks for the call.', 'Thanks for the call!');
    expect(result.outcome).toBe('edit');
    expect(changed(result)).toEqual([
      { kind: 'removed', text: '.' },
      { kind: 'added', text: '!' },
    ]);
  });

  it('a change of case is an edit', () => {
    const result = classify('see you on monday', 'see you on Monday');
    expect(result.outcome).toBe('edit');
    expect(result).toMatchObject({ wordsAdded: 1, wordsRemoved: 1, wordsKept: 3 });
  });

  it('a heavy rewrite keeping little of the draft is a reject', () => {
    const sent = 'Ana, quick note: pricing is attached, call me when you can.';
    const result = classify(DRAFT, sent);
    expect(result.retention).toBeLessThan(0.3);
    expect(result.outcome).toBe('reject');
    expect(result.diffMode).toBe('word');
  });

  it('a discarded draft is a reject with everything removed', () => {
    const result = classify(DRAFT, null);
    const draftWords = tokenize(normalizeForReview(DRAFT)).tokens.length;
    expect(result).toMatchObject({
      outcome: 'reject',
      draftWords,
      sentWords: 0,
      wordsAdded: 0,
      wordsRemoved: draftWords,
      wordsKept: 0,
      editRate: 1,
      retention: 0,
      spacingOnly: false,
    });
    expect(result.parts).toEqual([{ kind: 'removed', text: normalizeForReview(DRAFT) }]);
  });

  it('an empty draft with a written reply retains nothing: reject', () => {
    const result = classify('  \n', 'Hello Ana, here is the plan.');
    expect(result).toMatchObject({ outcome: 'reject', draftWords: 0, retention: 0, wordsAdded: 8 });
    expect(result.editRate).toBe(8);
  });

  it('empty draft and empty sent text: approve with retention 1', () => {
    const result = classify('', '\n-- \nSam');
    expect(result).toMatchObject({ outcome: 'approve', draftWords: 0, sentWords: 0, retention: 1 });
    expect(result.parts).toEqual([]);
  });
});

describe('classify: scripts', () => {
  it('counts emoji as tokens: a changed skin tone is an edit, a ZWJ sequence one token', () => {
    expect(classify('Thanks 🙏 👩‍💻', 'Thanks 🙏 👩‍💻').draftWords).toBe(3);
    const result = classify('Great news 🎉', 'Great news 🎉🎉');
    expect(result).toMatchObject({ outcome: 'edit', wordsAdded: 1, draftWords: 3 });
    expect(classify('Thanks 🙏', 'Thanks 🙏🏽')).toMatchObject({ wordsAdded: 1, wordsRemoved: 1 });
  });

  it('diffs CJK per character', () => {
    const result = classify('我们下周开会。', '我们下周二开会。');
    expect(result).toMatchObject({
      outcome: 'edit',
      draftWords: 7,
      wordsAdded: 1,
      wordsRemoved: 0,
    });
    expect(changed(result)).toEqual([{ kind: 'added', text: '二' }]);
  });

  it('handles Arabic and Hebrew: bidi marks are not edits, words are', () => {
    const arabic = 'شكرا على الاجتماع، سنرسل العرض غدا.';
    expect(classify(arabic, `\u200F${arabic.replace(' ', ' \u200E')}`).outcome).toBe('approve');
    const edited = classify(arabic, arabic.replace('غدا', 'اليوم'));
    expect(edited).toMatchObject({ outcome: 'edit', wordsAdded: 1, wordsRemoved: 1 });
    const hebrew = classify('תודה על הפגישה היום.', 'תודה רבה על הפגישה היום.');
    expect(hebrew).toMatchObject({
      outcome: 'edit',
      wordsAdded: 1,
      wordsRemoved: 0,
      draftWords: 5,
    });
  });
});

describe('classify: thresholds and result shape', () => {
  const sent = DRAFT.replace('Thanks for the call today.', 'Good talking today, thanks.');

  it('the reject threshold is configurable', () => {
    const base = classify(DRAFT, sent);
    expect(base.outcome).toBe('edit');
    expect(classify(DRAFT, sent, { rejectBelowRetention: base.retention + 0.01 }).outcome).toBe(
      'reject',
    );
    expect(classify(DRAFT, sent, { rejectBelowRetention: 0 }).outcome).toBe('edit');
  });

  it('an invalid threshold falls back to the default instead of rejecting everything', () => {
    expect(classify(DRAFT, sent, { rejectBelowRetention: Number.NaN }).outcome).toBe('edit');
    expect(classify(DRAFT, sent, { rejectBelowRetention: 7 }).outcome).toBe('edit');
  });

  it('a threshold never turns an unchanged text into a reject', () => {
    expect(classify(DRAFT, DRAFT, { rejectBelowRetention: 1 }).outcome).toBe('approve');
  });

  it('validates thresholds in settings: a number in [0, 1]', () => {
    expect(ClassifyThresholdsSchema.safeParse(DEFAULT_THRESHOLDS).success).toBe(true);
    expect(DEFAULT_THRESHOLDS.rejectBelowRetention).toBe(0.3);
    expect(ClassifyThresholdsSchema.safeParse({ rejectBelowRetention: 1.2 }).success).toBe(false);
    expect(ClassifyThresholdsSchema.safeParse({ rejectBelowRetention: -0.1 }).success).toBe(false);
    expect(ClassifyThresholdsSchema.safeParse({}).success).toBe(false);
  });

  it('returns exactly the stored metrics plus outcome, parts and labels, valid for the schema', () => {
    const result = classify(DRAFT, sent);
    const { outcome: _outcome, parts: _parts, labels: _labels, ...metrics } = result;
    expect(Object.keys(result).sort()).toEqual(
      [...Object.keys(EditMetricsSchema.shape), 'outcome', 'parts', 'labels'].sort(),
    );
    expect(EditMetricsSchema.safeParse(metrics).success).toBe(true);
  });
});

describe('classify: parts', () => {
  const sent =
    'Hello Ana,\n\nthanks for the call today! As discussed, I will send the quote by Friday.';
  const result = classify(DRAFT, sent);

  it('rebuilds the sent text from kept and added parts', () => {
    const text = result.parts
      .filter((part) => part.kind !== 'removed')
      .map((part) => part.text)
      .join('');
    expect(text.trimStart()).toBe(normalizeForReview(sent));
  });

  it('rebuilds the draft tokens from kept and removed parts', () => {
    const text = result.parts
      .filter((part) => part.kind !== 'added')
      .map((part) => part.text)
      .join('');
    expect(tokenize(text).tokens).toEqual(tokenize(normalizeForReview(DRAFT)).tokens);
  });

  it('never has two consecutive parts of the same kind, nor an empty one', () => {
    result.parts.forEach((part, i) => {
      expect(part.text.trim()).not.toBe('');
      expect(part.kind).not.toBe(result.parts[i + 1]?.kind);
    });
  });

  it('puts removed before added within one change and spaces a rewritten first word', () => {
    expect(result.parts.slice(0, 2)).toEqual([
      { kind: 'removed', text: 'Hi' },
      { kind: 'added', text: ' Hello' },
    ]);
  });
});
