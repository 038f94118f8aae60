import { describe, expect, it } from 'vitest';
import { tokenize } from '../../lib/classify/tokenize';

const tokens = (text: string) => tokenize(text).tokens;

describe('tokenize', () => {
  it('splits words and makes each punctuation mark its own token', () => {
    expect(tokens('Hello, world! (Really?)')).toEqual([
      'Hello',
      ',',
      'world',
      '!',
      '(',
      'Really',
      '?',
      ')',
    ]);
  });

  it('keeps inner apostrophes and hyphens inside a word', () => {
    expect(tokens("don't follow-up e-mail")).toEqual(["don't", 'follow-up', 'e-mail']);
  });

  it('treats a trailing or doubled mark as punctuation', () => {
    expect(tokens("students' a--b")).toEqual(['students', "'", 'a', '-', '-', 'b']);
  });

  it('keeps decimal and grouped numbers whole, but not abbreviations', () => {
    expect(tokens('3.5 1,000 2025. e.g.')).toEqual([
      '3.5',
      '1,000',
      '2025',
      '.',
      'e',
      '.',
      'g',
      '.',
    ]);
  });

  it('never makes whitespace a token, so spacing alone cannot change the tokens', () => {
    expect(tokens('Дм.Быков')).toEqual(tokens('Дм . Быков'));
    expect(tokens('a \n\t b')).toEqual(['a', 'b']);
  });

  it('makes each emoji one token, including skin tones, ZWJ sequences, flags and keycaps', () => {
    expect(tokens('ok👍🏽 👩‍💻 🇩🇪 1️⃣ 🏴󠁧󠁢󠁳󠁣󠁴󠁿!')).toEqual(['ok', '👍🏽', '👩‍💻', '🇩🇪', '1️⃣', '🏴󠁧󠁢󠁳󠁣󠁴󠁿', '!']);
  });

  it('makes each CJK ideograph and kana its own token', () => {
    expect(tokens('私は学生です。')).toEqual(['私', 'は', '学', '生', 'で', 'す', '。']);
    expect(tokens('Q3は好調')).toEqual(['Q3', 'は', '好', '調']);
  });

  it('splits Thai, written without spaces, into dictionary words', () => {
    const thai = tokens('สวัสดีครับ');
    expect(thai.length).toBeGreaterThan(1);
    expect(thai.join('')).toBe('สวัสดีครับ');
  });

  it('handles right-to-left scripts with their own punctuation', () => {
    expect(tokens('مرحبا، كيف حالك؟')).toEqual(['مرحبا', '،', 'كيف', 'حالك', '؟']);
    expect(tokens('שלום עולם!')).toEqual(['שלום', 'עולם', '!']);
  });

  it('records offsets that point back at each token', () => {
    const text = 'Hi  Ana,\nsee 私は';
    const list = tokenize(text);
    list.tokens.forEach((token, i) => {
      expect(text.slice(list.starts[i], list.ends[i])).toBe(token);
    });
  });
});
