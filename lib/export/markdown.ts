import type { DiffPart } from '../classify/types';

/** Backslash-escapes Markdown and inline HTML so e-mail text renders as the words it is. */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_{}[\]()#+\-.!|<>~&]/g, '\\$&');
}

/** A code fence longer than any backtick run inside the text, so the text cannot close it. */
export function fenceFor(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}

/** Moves a marker past the part's leading whitespace: "  word" → "  [-word-]". */
function mark(text: string, open: string, close: string): string {
  const lead = /^\s*/.exec(text)?.[0] ?? '';
  return `${lead}${open}${text.slice(lead.length)}${close}`;
}

/**
 * A word diff as plain text in git's `--word-diff=plain` notation: `[-removed-]` and
 * `{+added+}`. Marked by characters, not colour, so it survives any viewer and a printout.
 */
export function plainWordDiff(parts: readonly DiffPart[]): string {
  return parts
    .map((part) =>
      part.kind === 'kept'
        ? part.text
        : part.kind === 'removed'
          ? mark(part.text, '[-', '-]')
          : mark(part.text, '{+', '+}'),
    )
    .join('');
}
