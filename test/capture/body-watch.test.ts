// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TYPING_QUIET_MS, watchBody, type BodySignal } from '@/lib/capture/body-watch';

const PARAGRAPH =
  'Hi Ana, thank you for the call today. As promised, here is a summary of the renewal terms we ' +
  'discussed: a twelve month term, the same seat count, and a five percent uplift.';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const body = document.createElement('div');
  body.contentEditable = 'true';
  document.body.append(body);
  const signals: BodySignal[] = [];
  const stop = new AbortController();
  watchBody(body, (s) => signals.push(s), { requireTrusted: false }, stop.signal);
  return { body, signals, stop };
}

function paste(body: HTMLElement, text: string) {
  const event = new Event('paste', { bubbles: true, cancelable: true });
  Object.defineProperty(event, 'clipboardData', { value: { getData: () => text } });
  body.dispatchEvent(event);
  body.append(document.createTextNode(text));
}

function type(body: HTMLElement, text: string) {
  for (const char of text) {
    body.dispatchEvent(new KeyboardEvent('keydown', { key: char, bubbles: true }));
    body.append(document.createTextNode(char));
  }
}

const kinds = (signals: BodySignal[]) =>
  signals
    .filter((s) => s.type !== 'act')
    .map((s) => (s.type === 'arrival' ? `arrival:${s.via}` : s.type));

describe('body watch', () => {
  afterEach(() => document.body.replaceChildren());

  it('a substantial paste is an arrival by paste', async () => {
    const { body, signals } = setup();
    body.textContent = 'Hi Ana,';
    await settle();
    signals.length = 0;
    paste(body, PARAGRAPH);
    await settle();
    expect(kinds(signals)).toEqual(['arrival:paste']);
    // The draft is what was pasted, not what the compose held before.
    expect(signals.find((s) => s.type === 'arrival')).toMatchObject({ text: PARAGRAPH });
  });

  it('a short paste (an address, a link) is only a change', async () => {
    const { body, signals } = setup();
    paste(body, 'ana@acme.com');
    await settle();
    expect(kinds(signals)).toEqual(['changed']);
  });

  it('a keystroke-free insertion of a paragraph is an arrival by insertion', async () => {
    const { body, signals } = setup();
    body.innerHTML = `<div>${PARAGRAPH}</div>`;
    await settle();
    expect(kinds(signals)).toEqual(['arrival:insertion']);
  });

  it('a tool replacing a draft with another of the same length is still an arrival', async () => {
    const { body, signals } = setup();
    body.textContent = 'x'.repeat(PARAGRAPH.length);
    await settle();
    signals.length = 0;
    body.innerHTML = `<div>${PARAGRAPH}</div>`;
    await settle();
    expect(kinds(signals)).toEqual(['arrival:insertion']);
  });

  it('typing is never an arrival, however much is typed', async () => {
    const { body, signals } = setup();
    type(body, PARAGRAPH);
    await settle();
    expect(kinds(signals).every((kind) => kind === 'changed')).toBe(true);
    expect(signals.filter((s) => s.type === 'act' && s.keystroke)).toHaveLength(PARAGRAPH.length);
  });

  it("a grammar tool's one-word replacement without keystrokes is a change, not a draft", async () => {
    const { body, signals } = setup();
    type(body, 'Thanks for you time.');
    await settle();
    signals.length = 0;
    body.textContent = 'Thanks for your time.';
    await settle();
    expect(kinds(signals)).toEqual(['changed']);
  });

  it('shortcuts are acts but not keystrokes', () => {
    const { body, signals } = setup();
    body.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }),
    );
    expect(signals).toEqual([{ type: 'act', keystroke: false }]);
  });

  it('stops with its signal', async () => {
    const { body, signals, stop } = setup();
    stop.abort();
    paste(body, PARAGRAPH);
    await settle();
    expect(signals).toEqual([]);
  });
});

describe('body watch while typing', () => {
  afterEach(() => {
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('typing into a text node is reported by its keys alone, and full watching resumes', async () => {
    vi.useFakeTimers();
    const { body, signals } = setup();
    const text = document.createTextNode('Hi');
    body.append(text);
    await vi.advanceTimersByTimeAsync(0);
    signals.length = 0;
    for (const char of ' Ana') {
      body.dispatchEvent(new KeyboardEvent('keydown', { key: char, bubbles: true }));
      text.data += char;
    }
    await vi.advanceTimersByTimeAsync(0);
    // The keys report the typing; the text-node edits raise no callback of their own.
    expect(signals).toEqual(Array(4).fill({ type: 'act', keystroke: true }));
    await vi.advanceTimersByTimeAsync(TYPING_QUIET_MS + 10);
    signals.length = 0;
    // Quiet again: a keystroke-free edit of the same text node is seen as it happens.
    text.data += ` ${PARAGRAPH}`;
    await vi.advanceTimersByTimeAsync(0);
    expect(kinds(signals)).toEqual(['arrival:insertion']);
  });

  it('a paste right after typing is still measured and is an arrival', async () => {
    vi.useFakeTimers();
    const { body, signals } = setup();
    const text = document.createTextNode('Hi');
    body.append(text);
    body.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true }));
    await vi.advanceTimersByTimeAsync(200);
    signals.length = 0;
    const event = new Event('paste', { bubbles: true, cancelable: true });
    Object.defineProperty(event, 'clipboardData', { value: { getData: () => PARAGRAPH } });
    body.dispatchEvent(event);
    text.data += PARAGRAPH;
    await vi.advanceTimersByTimeAsync(0);
    expect(kinds(signals)).toEqual(['arrival:paste']);
  });
});
