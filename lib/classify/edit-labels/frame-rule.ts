import { phraseAt, phraseCounts, type CompiledLabelWords, type PhraseTokens } from './compile';
import type { EditView, SideView } from './edit-view';

// The frame of a mail: its greeting (with a first sentence of courtesy) and its close (closing
// line, sign-off, name). Compared as tokens, so a changed name in "Hi Ana," counts too.

// A close sits at the very end: a sign-off within the last three lines, a closing line
// ("Let me know…") within the last four. Earlier lines starting alike are body text.
const SIGN_OFF_LINES = 3;
const CLOSING_LINES = 4;
// A sign-off line is short ("Thanks, Sam", "Best regards,"): "Thanks for the call, …" is body.
const SIGN_OFF_EXTRA_TOKENS = 4;

const startsWithAny = (side: SideView, at: number, list: readonly PhraseTokens[]) =>
  list.some((phrase) => phraseAt(side.lower, at, phrase));

const isSignOffLine = (
  side: SideView,
  [from, to]: readonly [number, number],
  words: CompiledLabelWords,
) =>
  words.signOffs.some(
    (phrase) =>
      phraseAt(side.lower, from, phrase) && to - from <= phrase.length + SIGN_OFF_EXTRA_TOKENS,
  );

// The greeting ends at its comma or full stop ("Hi Ana," of "Hi Ana, thanks for…"), or its line.
const GREETING_END = /^[,.!:;—–-]$/u;

function sentenceEnd(side: SideView, from: number): number {
  for (let i = from + 1; i < side.tokens.length; i++) if (side.sentenceStart[i] === 1) return i;
  return side.tokens.length;
}

/** Tokens of the opening: a greeting line, then a first sentence when it is a courtesy. */
function opening(side: SideView, words: CompiledLabelWords): readonly string[] {
  let to = 0;
  const first = side.lines[0];
  if (first && startsWithAny(side, first[0], words.greetings)) {
    to = first[1];
    for (let i = first[0] + 1; i < first[1]; i++) {
      if (GREETING_END.test(side.tokens[i] ?? '')) {
        to = i + 1;
        break;
      }
    }
  }
  if (to < side.tokens.length && startsWithAny(side, to, words.pleasantries)) {
    to = sentenceEnd(side, to);
  }
  return side.tokens.slice(0, to);
}

/** Tokens from the first closing or sign-off line near the end to the end. */
function close(side: SideView, words: CompiledLabelWords): readonly string[] {
  const { lines } = side;
  let from = side.tokens.length;
  lines.forEach((line, index) => {
    const [start] = line;
    const fromEnd = lines.length - index;
    const signOff = fromEnd <= SIGN_OFF_LINES && isSignOffLine(side, line, words);
    const closing = fromEnd <= CLOSING_LINES && startsWithAny(side, start, words.closings);
    if ((signOff || closing) && start < from) from = start;
  });
  return side.tokens.slice(from);
}

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((token, i) => token === b[i]);

export function openingChanged(view: EditView, words: CompiledLabelWords): boolean {
  return !same(opening(view.draft, words), opening(view.sent, words));
}

export function signOffChanged(view: EditView, words: CompiledLabelWords): boolean {
  return !same(close(view.draft, words), close(view.sent, words));
}

/** Tone: hedges, apologies or intensifiers taken out or put in (counted over the whole text). */
export function toneChanged(view: EditView, words: CompiledLabelWords): boolean {
  const before = phraseCounts(view.draft.lower, words.tone);
  const after = phraseCounts(view.sent.lower, words.tone);
  return before.some((count, i) => count !== after[i]);
}
