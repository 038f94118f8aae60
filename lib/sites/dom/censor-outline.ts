// An outline of a DOM subtree that is safe to log: tag names, a few structural attributes
// verbatim, the presence and length of attributes that may carry people's words (tooltips,
// labels, values, addresses), and never a text node. Editable regions are not entered at all:
// their markup is the user's.
import type { CensoredOutline } from '@/lib/log';

/** Attributes whose values are the site's own identifiers, printed when they look like one. */
const VERBATIM = [
  'role',
  'name',
  'type',
  'g_editable',
  'contenteditable',
  'selector',
  'command',
  'aria-haspopup',
  'aria-expanded',
  'aria-multiline',
  'hidden',
  // Outlook's test ids (e.g. ComposeSendButton) are its only stable names for controls.
  'data-testid',
];
/** Attributes that may hold user text or site copy: only their length is shown. */
const LENGTH_ONLY = [
  'data-tooltip',
  'aria-label',
  'value',
  'email',
  'data-hovercard-id',
  'placeholder',
  'title',
  'alt',
];
const IDENTIFIER = /^[\w:.-]{0,32}$/;
const CLASS_TOKEN = /^[A-Za-z_][\w-]{0,24}$/;
const MAX_CLASSES = 6;

export interface OutlineOptions {
  maxDepth?: number;
  maxNodes?: number;
  maxChars?: number;
}

function isEditable(el: Element): boolean {
  const ce = el.getAttribute('contenteditable');
  return (ce !== null && ce !== 'false') || el.getAttribute('g_editable') === 'true';
}

function describe(el: Element): string {
  let out = el.localName;
  const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter((c) => CLASS_TOKEN.test(c));
  for (const c of classes.slice(0, MAX_CLASSES)) out += `.${c}`;
  for (const attr of VERBATIM) {
    const value = el.getAttribute(attr);
    if (value === null) continue;
    out += IDENTIFIER.test(value) ? `[${attr}=${value}]` : `[${attr}=…(${value.length})]`;
  }
  for (const attr of LENGTH_ONLY) {
    const value = el.getAttribute(attr);
    if (value !== null) out += `[${attr}=…(${value.length})]`;
  }
  return out;
}

export function censorOutline(root: Element, options: OutlineOptions = {}): CensoredOutline {
  // Gmail nests a compose 20-30 elements deep: the depth limit must reach the footer.
  const { maxDepth = 40, maxNodes = 600, maxChars = 32_000 } = options;
  const lines: string[] = [];
  let chars = 0;
  let nodes = 0;
  const stack: Array<[Element, number]> = [[root, 0]];
  while (stack.length > 0) {
    const [el, depth] = stack.pop()!;
    if (nodes >= maxNodes || chars >= maxChars) {
      lines.push('… (outline truncated)');
      break;
    }
    nodes++;
    const indent = '  '.repeat(depth);
    const children = el.childElementCount;
    let line = indent + describe(el);
    if (isEditable(el)) line += ` {editable, ${children} children omitted}`;
    else if (depth >= maxDepth && children > 0) line += ` {${children} children beyond depth}`;
    lines.push(line);
    chars += line.length + 1;
    if (isEditable(el) || depth >= maxDepth) continue;
    for (let child = el.lastElementChild; child; child = child.previousElementSibling) {
      stack.push([child, depth + 1]);
    }
  }
  return lines.join('\n') as CensoredOutline;
}
