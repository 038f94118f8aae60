// Collects text into lines the way a browser lays it out, without a layout engine: runs of
// source whitespace collapse to one space, a block boundary ends a line only if the line has
// something on it (so `<div><br></div>` is one empty line, not two), `<br>` always ends one.

const COLLAPSIBLE_RUN = /[ \t\n\r\f]+/g;
const HAS_CONTENT = /[^ \t\n\r\f]/;
const EDGE_SPACE = /^ | $/g;
const NBSP = /\u00a0/g;
const BLANK = /^\s*$/;

export interface LineBuilder {
  text(value: string): void;
  /** A block boundary: ends the current line if it holds anything visible. */
  softBreak(): void;
  /** A `<br>`: always ends the current line, even an empty one. */
  hardBreak(): void;
  /** A paragraph boundary: like a soft break, and the next content starts after a blank line. */
  paragraphGap(): void;
  /** The lines so far, without leading or trailing blank lines. */
  result(): string;
}

export function createLineBuilder(): LineBuilder {
  const lines: string[] = [];
  let parts: string[] = [];
  let hasContent = false;
  let wantGap = false;

  const finishLine = (): string => {
    // Collapse before turning &nbsp; into spaces: a non-breaking space never collapses.
    const line = parts.join('').replace(COLLAPSIBLE_RUN, ' ').replace(EDGE_SPACE, '');
    const visible = line.replace(NBSP, ' ');
    return BLANK.test(visible) ? '' : visible;
  };
  const reset = () => {
    parts = [];
    hasContent = false;
  };

  const softBreak = () => {
    if (hasContent) lines.push(finishLine());
    reset();
  };

  return {
    text(value) {
      if (!value) return;
      if (!hasContent && HAS_CONTENT.test(value)) {
        if (wantGap && lines.length > 0 && lines[lines.length - 1] !== '') lines.push('');
        wantGap = false;
        hasContent = true;
      }
      parts.push(value);
    },
    softBreak,
    hardBreak() {
      lines.push(hasContent ? finishLine() : '');
      reset();
    },
    paragraphGap() {
      softBreak();
      wantGap = lines.length > 0;
    },
    result() {
      softBreak();
      let start = 0;
      let end = lines.length;
      while (start < end && lines[start] === '') start++;
      while (end > start && lines[end - 1] === '') end--;
      return lines.slice(start, end).join('\n');
    },
  };
}
