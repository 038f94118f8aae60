import { isSpaceCode } from './normalize-chars';

// Tokens are what the diff counts as "words". Whitespace is never a token, so spacing alone
// can never become an edit; everything a reader sees (words, punctuation, emoji) is one.

/** Tokens of a text with their code-unit offsets in it, for rebuilding readable diff parts. */
export interface TokenList {
  tokens: string[];
  starts: number[];
  ends: number[];
}

// One emoji as the reader sees it: flag pairs, keycaps, and pictographs with their variation
// selector, skin tone, ZWJ chains and tag sequences (subdivision flags).
const EMOJI = String.raw`\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3|\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?(?:\u200D\p{Extended_Pictographic}[\uFE0E\uFE0F]?\p{Emoji_Modifier}?)*[\u{E0020}-\u{E007F}]*`;

// A word: letters, marks and digits, joined across one inner apostrophe or hyphen (don't,
// follow-up) and across . or , between digits (3.5, 1,000). A trailing or doubled mark is
// punctuation of its own.
const WORD_CHAR = String.raw`[\p{L}\p{M}\p{N}]`;
const WORD = String.raw`${WORD_CHAR}+(?:(?:['\-\u2010\u2011]|(?<=\p{Nd})[.,](?=\p{Nd}))${WORD_CHAR}+)*`;

// Anything else visible is one token per character, with any combining marks it carries.
const OTHER = String.raw`\S\p{M}*`;

const TOKEN = new RegExp(`${EMOJI}|${WORD}|${OTHER}`, 'gu');

// Scripts written without spaces: a "word" run in them is a whole phrase. Han and kana count
// per character (the usual unit of CJK edit rates); Thai, Lao, Khmer and Myanmar need a
// dictionary, which Intl.Segmenter has.
const NEEDS_SPLIT =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;
const CJK_OR_REST =
  /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]|[^\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]+/gu;
const CJK = /^[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}]/u;

let wordSegmenter: Intl.Segmenter | undefined;

export function tokenize(text: string): TokenList {
  const list: TokenList = { tokens: [], starts: [], ends: [] };
  // One native match for all tokens, then offsets by walking the text: much faster on long
  // texts than a match object per token. Between two tokens there is only whitespace.
  const matched = text.match(TOKEN) ?? [];
  const mayNeedSplit = NEEDS_SPLIT.test(text);
  let at = 0;
  for (const token of matched) {
    while (isSpaceCode(text.charCodeAt(at))) at++;
    if (mayNeedSplit && NEEDS_SPLIT.test(token)) splitRun(token, at, list);
    else push(list, token, at);
    at += token.length;
  }
  return list;
}

function push(list: TokenList, token: string, start: number): void {
  list.tokens.push(token);
  list.starts.push(start);
  list.ends.push(start + token.length);
}

function splitRun(run: string, offset: number, list: TokenList): void {
  for (const piece of run.matchAll(CJK_OR_REST)) {
    if (CJK.test(piece[0]) || !NEEDS_SPLIT.test(piece[0])) {
      push(list, piece[0], offset + piece.index);
      continue;
    }
    wordSegmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
    for (const segment of wordSegmenter.segment(piece[0])) {
      if (segment.segment.trim() !== '')
        push(list, segment.segment, offset + piece.index + segment.index);
    }
  }
}
