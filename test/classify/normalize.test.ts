import { describe, expect, it } from 'vitest';
import { normalizeForReview } from '../../lib/classify';

describe('normalizeForReview: characters', () => {
  it('composes Unicode (NFC) so é typed two ways is one text', () => {
    expect(normalizeForReview('Cafe\u0301')).toBe('Café');
  });

  it('turns CRLF and CR into one line break and collapses blank lines', () => {
    expect(normalizeForReview('Hi Ana,\r\n\r\nthanks.\rBye')).toBe('Hi Ana,\nthanks.\nBye');
  });

  it('drops invisible format characters', () => {
    const noisy = '\uFEFFHel\u200Blo\u00AD \u200Eworld\u2060\u202A!\u202C\u2066x\u2069';
    expect(normalizeForReview(noisy)).toBe('Hello world!x');
  });

  it('keeps the zero-width joiner inside an emoji sequence, drops it elsewhere', () => {
    expect(normalizeForReview('dev 👩\u200D💻 a\u200Db')).toBe('dev 👩\u200D💻 ab');
  });

  it('folds curly quotes and apostrophes to straight ones', () => {
    expect(
      normalizeForReview('\u201CWe\u2019re in,\u201D she said \u201Eja\u201C \u2018ok\u2019'),
    ).toBe('"We\'re in," she said "ja" \'ok\'');
  });

  it('collapses every kind of horizontal space, including no-break ones, to one space', () => {
    expect(normalizeForReview('a\u00A0\u00A0b\u202Fc\u2007d\te   f\u3000g')).toBe('a b c d e f g');
  });

  it('trims lines and the whole text', () => {
    expect(normalizeForReview('  \n  Hello  \n   world \n\n')).toBe('Hello\nworld');
  });
});

describe('normalizeForReview: signature and quoted history', () => {
  it('drops the signature from a "-- " line on, and from a bare "--" line', () => {
    expect(normalizeForReview('Thanks!\n-- \nAna Lopez\nCSM')).toBe('Thanks!');
    expect(normalizeForReview('Thanks!\n--\nAna')).toBe('Thanks!');
    expect(normalizeForReview('Thanks!\n--\u00A0\nAna')).toBe('Thanks!');
  });

  it('keeps a line that merely contains dashes', () => {
    expect(normalizeForReview('Before -- after\n--- \nnext')).toBe('Before -- after\n---\nnext');
  });

  it('drops an English reply header and everything after it', () => {
    const text =
      'See you Monday.\n\nOn Mon, 3 Nov 2025 at 10:02, Ana <a@x.com> wrote:\n> Can we meet?\n\nlater text';
    expect(normalizeForReview(text)).toBe('See you Monday.');
  });

  it('recognises a reply header Gmail wrapped onto two lines', () => {
    const text =
      'Sure.\nOn Mon, 3 Nov 2025 at 10:02, Ana Lopez <\nana.lopez@example.com> wrote:\n> hi';
    expect(normalizeForReview(text)).toBe('Sure.');
  });

  it('does not take an ordinary sentence starting with "On" for a header', () => {
    expect(normalizeForReview('On Monday we review the plan.\nThanks')).toBe(
      'On Monday we review the plan.\nThanks',
    );
  });

  it.each([
    ['German', 'Am Mo., 3. Nov. 2025 um 10:02 Uhr schrieb Ana <a@x.com>:'],
    ['French', 'Le lun. 3 nov. 2025 à 10:02, Ana <a@x.com> a écrit\u00A0:'],
    ['Spanish', 'El lun, 3 nov 2025 a las 10:02, Ana (<a@x.com>) escribió:'],
    ['Outlook separator', '-----Original Message-----'],
  ])('drops a %s reply header and what follows', (_name, header) => {
    expect(normalizeForReview(`Danke.\n\n${header}\nold text`)).toBe('Danke.');
  });

  it("drops Outlook's From/Sent block with the underscore rule above it", () => {
    const text =
      'Body text\n\n________________________________\nFrom: Ana <a@x.com>\nSent: Monday, 3 November 2025 10:02\nTo: Sam\nSubject: Re: QBR\n\nold';
    expect(normalizeForReview(text)).toBe('Body text');
  });

  it('keeps a From: line that is not followed by Sent/Date (it is content)', () => {
    expect(normalizeForReview('From: our side, all good.\nThanks')).toBe(
      'From: our side, all good.\nThanks',
    );
  });

  it('drops ">"-quoted lines between reply lines (inline replies) the draft did not have', () => {
    const sent = '> question one\nAnswer one.\n>> nested\nAnswer two.';
    expect(normalizeForReview(sent, undefined, 'Answer one.\nAnswer two.')).toBe(
      'Answer one.\nAnswer two.',
    );
  });

  it('keeps a ">" line of the writer\'s own between text lines', () => {
    const text = 'Steps:\n> open the admin page\nthen save.';
    expect(normalizeForReview(text)).toBe(text);
    expect(normalizeForReview(text, undefined, text)).toBe(text);
  });

  it('keeps a text made only of ">" lines: it is content, not history (seen in MT output)', () => {
    expect(normalizeForReview("> It 's like a music school .")).toBe(
      "> It 's like a music school .",
    );
  });

  it('the signature before the quote: both go', () => {
    const text = 'Yes.\n-- \nAna\n\nOn Mon, 3 Nov 2025 at 10:02, Sam <s@x.com> wrote:\n> ok?';
    expect(normalizeForReview(text)).toBe('Yes.');
  });
});

describe('normalizeForReview: adapter hints', () => {
  it('removes the signature the adapter read, whatever its line breaks', () => {
    const text = 'Thanks for the call.\n\nAna Lopez\nCustomer Success, Acme';
    // textContent of block nodes loses the line breaks innerText has.
    expect(normalizeForReview(text, { signature: 'Ana LopezCustomer Success, Acme' })).toBe(
      'Thanks for the call.',
    );
  });

  it('removes quoted history the adapter found even without a header line', () => {
    const text = 'Works for me.\n\nAna wrote earlier: can we meet on Friday?';
    expect(normalizeForReview(text, { quoted: 'Ana wrote earlier: can we meet on Friday?' })).toBe(
      'Works for me.',
    );
  });

  it('does not cut a word in two to remove a short hint', () => {
    expect(normalizeForReview('We grow bananas.', { signature: 'ana' })).toBe('We grow bananas.');
    expect(normalizeForReview('We grow bananas.\nana', { signature: 'ana' })).toBe(
      'We grow bananas.',
    );
  });

  it('removes nothing when the hint is not in the text', () => {
    expect(normalizeForReview('Hello there', { signature: 'Someone Else' })).toBe('Hello there');
  });

  it('normalises the hint like the text (curly quotes, no-break spaces)', () => {
    expect(normalizeForReview("Hi.\nAna's team", { signature: 'Ana\u2019s\u00A0team' })).toBe(
      'Hi.',
    );
  });
});
