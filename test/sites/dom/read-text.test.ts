// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readText } from '@/lib/sites/dom/read-text';

const GMAIL = {
  quoteSelector: '.gmail_quote',
  signatureSelector: '.gmail_signature, [data-smartmail="gmail_signature"]',
};

function body(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  return el;
}

describe('readText', () => {
  it('turns divs and <br> into lines, one empty line per <div><br></div>', () => {
    const el = body('<div>Hi Dana,</div><div><br></div><div>Line one<br>Line two</div>');
    expect(readText(el).text).toBe('Hi Dana,\n\nLine one\nLine two');
  });

  it('does not double a trailing <br> at the end of a block', () => {
    expect(readText(body('<div>a<br></div><div>b</div>')).text).toBe('a\nb');
    expect(readText(body('<div>a<br><br></div><div>b</div>')).text).toBe('a\n\nb');
  });

  it('reads &nbsp; as a space and collapses source whitespace like a browser', () => {
    const el = body('<div>Thanks&nbsp;for\n   the   call.</div>\n   <div>  Next  </div>');
    expect(readText(el).text).toBe('Thanks for the call.\nNext');
  });

  it('keeps a blank line between paragraphs and breaks list items', () => {
    const el = body('<p>First.</p><p>Second.</p><ul><li>one</li><li>two</li></ul>');
    expect(readText(el).text).toBe('First.\n\nSecond.\n\none\ntwo');
  });

  it('skips hidden elements and never-rendered ones', () => {
    const el = body(
      '<div>shown</div><div style="display: none">secret</div><span hidden>also</span>' +
        '<style>.x{}</style><div>end</div>',
    );
    expect(readText(el).text).toBe('shown\nend');
  });

  it('sets quoted history and the signature aside', () => {
    const el = body(
      '<div>Hi Dana,</div><div><br></div><div>See you Friday.</div><br>' +
        '<div class="gmail_signature" data-smartmail="gmail_signature">Sam<br>Example Corp</div>' +
        '<div class="gmail_quote"><div class="gmail_attr">On Mon, Dana wrote:<br></div>' +
        '<blockquote class="gmail_quote">Can we meet?<div class="gmail_signature">Dana</div>' +
        '</blockquote></div>',
    );
    expect(readText(el, GMAIL)).toEqual({
      text: 'Hi Dana,\n\nSee you Friday.',
      signature: 'Sam\nExample Corp',
      quoted: 'On Mon, Dana wrote:\nCan we meet?\nDana',
    });
  });

  it('leaves signature and quoted unset when the DOM marks neither', () => {
    expect(readText(body('<div>plain</div>'), GMAIL)).toEqual({ text: 'plain' });
  });

  it('separates table cells and rows', () => {
    const el = body('<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>');
    expect(readText(el).text).toBe('a b\nc');
  });

  it('a quote-start marker sends the rest of the body to quoted, even from a signature', () => {
    const options = { quoteFromSelector: '#appendonsend', signatureSelector: '#Signature' };
    const plain = body(
      '<div>My reply.</div><div id="appendonsend"></div><div>From: Dana</div><div>Old text</div>',
    );
    expect(readText(plain, options)).toEqual({
      text: 'My reply.',
      quoted: 'From: Dana\nOld text',
    });
    // Older Outlook mail wraps the history in the signature element.
    const wrapped = body(
      '<div>My reply.</div><div id="Signature"><div>Sam</div><div id="appendonsend"></div>' +
        '<div>From: Dana</div></div><div>Old text</div>',
    );
    expect(readText(wrapped, options)).toEqual({
      text: 'My reply.',
      signature: 'Sam',
      quoted: 'From: Dana\nOld text',
    });
  });

  // How fast is a bench figure (`npm run bench set-aside`); a loaded machine must not fail this.
  it('reads a 1 MB body in full, line by line', { timeout: 60_000 }, () => {
    const paragraph =
      '<div>The renewal covers forty seats&nbsp;and analytics.<br>Next line.</div><div><br></div>';
    // jsdom's innerHTML is superlinear on huge strings: parse a chunk, then clone it.
    const chunk = body(paragraph.repeat(100));
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 115; i++) {
      for (const node of chunk.childNodes) fragment.appendChild(node.cloneNode(true));
    }
    const el = body('');
    el.appendChild(fragment);
    expect(el.innerHTML.length).toBeGreaterThan(1_000_000);

    const { text } = readText(el);
    const first = 'The renewal covers forty seats and analytics.\nNext line.\n\nThe';
    expect(text.startsWith(first)).toBe(true);
    expect(text.split('\n')).toHaveLength(11_500 * 3 - 1);
  });
});
