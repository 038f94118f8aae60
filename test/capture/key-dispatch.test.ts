// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchBody } from '@/lib/capture/body-watch';
import { createKeyDispatch, isEditingHost, keyDispatchFor } from '@/lib/capture/key-dispatch';
import { listenForActions } from '@/lib/sites/gmail/action-listeners';
import type { ComposeTracker } from '@/lib/sites/gmail/compose-tracker';

const press = (target: EventTarget, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, ...init }));

// Each test's subscriptions end with it: a dispatcher left listening would see later tests' keys.
let ending = new AbortController();

describe('key dispatch', () => {
  afterEach(() => {
    ending.abort();
    ending = new AbortController();
    vi.restoreAllMocks();
    document.body.replaceChildren();
  });

  it('puts one keydown listener on the document however many parts subscribe', () => {
    const add = vi.spyOn(document, 'addEventListener');
    const remove = vi.spyOn(document, 'removeEventListener');
    const dispatch = createKeyDispatch(document);
    const stop = new AbortController();
    const seen: string[] = [];
    dispatch.onKey(() => seen.push('a'), stop.signal);
    dispatch.onKey(() => seen.push('b'), stop.signal);
    dispatch.onKeyIn(document.body, () => seen.push('c'), stop.signal);
    expect(add.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
    press(document.body, 'x');
    expect(seen).toEqual(['a', 'b', 'c']);
    stop.abort();
    expect(remove.mock.calls.filter(([type]) => type === 'keydown')).toHaveLength(1);
    press(document.body, 'y');
    expect(seen).toEqual(['a', 'b', 'c']);
  });

  it('gives an element the keys whose path holds it, outermost first, after the document', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('div');
    const other = document.createElement('div');
    const field = document.createElement('span');
    inner.append(field);
    outer.append(inner);
    document.body.append(outer, other);
    const dispatch = createKeyDispatch(document);
    const stop = new AbortController();
    const seen: string[] = [];
    dispatch.onKeyIn(inner, (e) => seen.push(`inner:${e.key}`), stop.signal);
    dispatch.onKeyIn(outer, (e) => seen.push(`outer:${e.key}`), stop.signal);
    dispatch.onKeyIn(other, (e) => seen.push(`other:${e.key}`), stop.signal);
    dispatch.onKey((e) => seen.push(`doc:${e.key}`), stop.signal);
    press(field, 'a');
    press(other, 'b');
    press(document.body, 'c');
    expect(seen).toEqual(['doc:a', 'outer:a', 'inner:a', 'doc:b', 'other:b', 'doc:c']);
  });

  it('reaches an element inside an open shadow root, whose keys the document sees retargeted', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const editor = document.createElement('div');
    host.attachShadow({ mode: 'open' }).append(editor);
    const seen: string[] = [];
    createKeyDispatch(document).onKeyIn(editor, (e) => seen.push(e.key), ending.signal);
    editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'q', bubbles: true, composed: true }));
    press(host, 'h');
    expect(seen).toEqual(['q']);
  });

  it('a failing part does not keep the key from the others', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const dispatch = createKeyDispatch(document);
    const signal = ending.signal;
    const seen: string[] = [];
    dispatch.onKey(() => {
      throw new TypeError('broken');
    }, signal);
    dispatch.onKeyIn(document.body, (e) => seen.push(e.key), signal);
    press(document.body, 'z');
    expect(seen).toEqual(['z']);
    expect(console.error).toHaveBeenCalledWith(expect.stringContaining('key listener failed'), {
      error: 'TypeError',
    });
  });

  it('a part may stop itself while a key is dispatched; the same function twice is two parts', () => {
    const dispatch = createKeyDispatch(document);
    const once = new AbortController();
    const always = new AbortController();
    const seen: string[] = [];
    const note = (e: KeyboardEvent) => seen.push(e.key);
    dispatch.onKeyIn(document.body, () => once.abort(), once.signal);
    dispatch.onKeyIn(document.body, note, always.signal);
    dispatch.onKeyIn(document.body, note, always.signal);
    press(document.body, '1');
    press(document.body, '2');
    expect(seen).toEqual(['1', '1', '2', '2']);
    const aborted = new AbortController();
    aborted.abort();
    dispatch.onKey(note, aborted.signal);
    press(document.body, '3');
    expect(seen).toEqual(['1', '1', '2', '2', '3', '3']);
  });

  it('is one per document: an iframe document has its own', () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    const frameDoc = frame.contentDocument!;
    expect(keyDispatchFor(document)).toBe(keyDispatchFor(document));
    expect(keyDispatchFor(frameDoc)).not.toBe(keyDispatchFor(document));
    const seen: string[] = [];
    const signal = ending.signal;
    keyDispatchFor(frameDoc).onKeyIn(frameDoc.body, (e) => seen.push(`frame:${e.key}`), signal);
    keyDispatchFor(document).onKey((e) => seen.push(`top:${e.key}`), signal);
    frameDoc.body.dispatchEvent(
      new (frame.contentWindow as unknown as typeof globalThis).KeyboardEvent('keydown', {
        key: 'f',
      }),
    );
    press(document.body, 't');
    expect(seen).toEqual(['frame:f', 'top:t']);
  });

  it('the body watch and send detection share it: one keydown listener, none on the body', () => {
    const doc = document.implementation.createHTMLDocument('compose');
    const body = doc.createElement('div');
    body.contentEditable = 'true';
    doc.body.append(body);
    const onDoc = vi.spyOn(doc, 'addEventListener');
    const onBody = vi.spyOn(body, 'addEventListener');
    const tracker = { flush: () => undefined, composeFor: () => null, all: () => [] };
    const stop = new AbortController();
    const signals: string[] = [];
    watchBody(body, (s) => signals.push(s.type), { requireTrusted: false }, stop.signal);
    listenForActions(
      doc,
      tracker as unknown as ComposeTracker,
      () => undefined,
      { requireTrusted: false },
      stop.signal,
    );
    const keydowns = [...onDoc.mock.calls, ...onBody.mock.calls].filter(([t]) => t === 'keydown');
    expect(keydowns).toHaveLength(1);
    expect(onDoc.mock.calls.filter(([t]) => t === 'keydown')).toHaveLength(1);
    press(body, 'k');
    expect(signals).toEqual(['act']);
  });

  it('tells an editing host, where Enter and Space are text, from a control', () => {
    document.body.innerHTML =
      '<div id="a" contenteditable="true"></div><div id="b" contenteditable=""></div>' +
      '<div id="c" contenteditable="plaintext-only"></div><div id="d" role="button" contenteditable="false"></div>' +
      '<div id="e" role="button"></div>';
    const host = (id: string) => isEditingHost(document.getElementById(id));
    expect(['a', 'b', 'c', 'd', 'e'].map(host)).toEqual([true, true, true, false, false]);
    expect(isEditingHost(document.createTextNode('x'))).toBe(false);
    expect(isEditingHost(null)).toBe(false);
  });
});
