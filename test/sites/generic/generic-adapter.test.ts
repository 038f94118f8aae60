// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GAINSIGHT_SELECTORS } from '@/lib/sites/gainsight/selectors';
import { CONFIRM_WATCH_MS } from '@/lib/sites/generic/confirm-watch';
import { click, ctrlEnter, GENERIC_FIXTURES, loadFixture, startGeneric } from './harness';

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

// Per editor kind: which element is the body, the subject it reads, and its Send control.
const KINDS = [
  {
    file: '2026-12-01-textarea.html',
    body: 'textarea',
    subject: 'Re: invoice question',
    send: 'button[type=submit]',
  },
  {
    file: '2026-12-01-quill.html',
    body: '.ql-editor',
    subject: 'Quarterly check-in',
    send: '[aria-label="Send email"]',
  },
  {
    file: '2026-12-01-prosemirror.html',
    body: '.ProseMirror',
    subject: 'Renewal next steps',
    send: '[aria-label=Send]',
  },
  {
    file: '2026-12-01-ckeditor5.html',
    body: '.ck-editor__editable',
    subject: 'Onboarding kickoff',
    send: 'input[type=submit]',
  },
  {
    file: '2026-12-01-draftjs.html',
    body: '.public-DraftEditor-content',
    subject: 'Expansion idea',
    send: 'button',
  },
  {
    file: '2026-12-01-lexical.html',
    body: '[data-lexical-editor]',
    subject: 'Check-in',
    send: '[aria-label=Senden]',
  },
  {
    file: '2026-12-01-froala.html',
    body: '.fr-element',
    subject: 'Renewal',
    send: 'button[type=submit]',
  },
  {
    file: '2026-12-01-gainsight-edit-email.html',
    body: '.email-body',
    subject: 'Renewal planning for Globex',
    send: 'button.primary',
  },
  {
    file: '2026-12-01-gainsight-cta-send-email.html',
    body: '.rte-body',
    subject: 'Your renewal with us',
    send: 'button[type=submit]',
  },
] as const;

afterEach(() => {
  vi.useRealTimers();
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('generic adapter: every editor kind', () => {
  it('has a test for every fixture', () => {
    const covered = new Set<string>([
      ...KINDS.map((k) => k.file),
      '2026-12-01-zendesk-two-tickets.html',
      '2026-12-01-ckeditor4-iframe.html',
      '2026-12-01-tinymce-iframe.html',
      '2026-12-01-shadow-root.html',
    ]);
    expect(GENERIC_FIXTURES.filter((f) => !covered.has(f))).toEqual([]);
  });

  for (const kind of KINDS) {
    it(`${kind.file}: finds the body, reads the subject, sees Send and Ctrl+Enter`, () => {
      loadFixture(kind.file);
      const before = document.querySelector(kind.body)!.outerHTML;
      const run = startGeneric(kind.file.includes('gainsight') ? GAINSIGHT_SELECTORS : undefined);
      const found = run.of('compose-found');
      expect(found).toHaveLength(1);
      const compose = found[0]!.compose;
      expect(compose.body).toBe(document.querySelector(kind.body));
      expect(compose.readSubject()).toBe(kind.subject);
      expect(compose.root.contains(compose.body)).toBe(true);
      expect(compose.root).not.toBe(compose.body);
      click(document.querySelector(kind.send)!);
      expect(run.of('presend')).toHaveLength(1);
      ctrlEnter(compose.body);
      expect(run.of('presend').map((e) => e.via)).toEqual(['click', 'keyboard']);
      // Redline never changes the editor's DOM.
      expect(document.querySelector(kind.body)!.outerHTML).toBe(before);
      run.controller.abort();
    });
  }

  it('Quill: the hidden clipboard is contenteditable too, and never a body', () => {
    loadFixture('2026-12-01-quill.html');
    const run = startGeneric();
    expect(run.of('compose-found').map((e) => e.compose.body.className)).toEqual([
      'ql-editor ql-blank',
    ]);
  });

  it('textarea: reads the value; Cancel is a discard; a search box is not a compose', () => {
    loadFixture('2026-12-01-textarea.html');
    const run = startGeneric();
    const { compose } = run.of('compose-found')[0]!;
    (compose.body as unknown as HTMLTextAreaElement).value = 'Hi Jo,\r\nthe invoice is fixed.';
    expect(compose.readBody()).toEqual({ text: 'Hi Jo,\nthe invoice is fixed.' });
    expect(compose.readRecipients()).toEqual(['jo@customer-co.com']);
    click(document.querySelector('button[type=button]')!);
    expect(run.of('discard-requested')).toHaveLength(1);
    expect(run.of('compose-found')).toHaveLength(1);
  });

  it('ProseMirror: quoted history is set aside; recipients come from the To field', () => {
    loadFixture('2026-12-01-prosemirror.html');
    const { compose } = startGeneric().of('compose-found')[0]!;
    expect(compose.readBody()).toEqual({
      text: 'Hi Sam,',
      quoted: 'On Monday Sam wrote: earlier text',
    });
    expect(compose.readRecipients()).toEqual(['sam@lee-industries.com']);
  });

  it("Gainsight: Email Assist's prompt box is not a body; Generate is not a send", () => {
    loadFixture('2026-12-01-gainsight-cta-send-email.html');
    const run = startGeneric(GAINSIGHT_SELECTORS);
    expect(run.of('compose-found').map((e) => e.compose.body.className)).toEqual(['rte-body']);
    click(document.querySelector('.email-assist button')!);
    expect(run.of('presend')).toHaveLength(0);
  });

  it('Gainsight: "Send Test Email" is not a send; Cancel is a discard', () => {
    loadFixture('2026-12-01-gainsight-edit-email.html');
    const run = startGeneric(GAINSIGHT_SELECTORS);
    const [test, cancel] = document.querySelectorAll('.modal-footer button');
    click(test!);
    expect(run.of('presend')).toHaveLength(0);
    click(cancel!);
    expect(run.of('discard-requested')).toHaveLength(1);
  });

  it('Zendesk: every open ticket has its own compose and its own Submit', () => {
    loadFixture('2026-12-01-zendesk-two-tickets.html');
    const run = startGeneric();
    const composes = run.of('compose-found').map((e) => e.compose);
    expect(composes).toHaveLength(2);
    expect(composes[0]!.root).not.toBe(composes[1]!.root);
    const submits = document.querySelectorAll('[data-test-id="submit_button-button"]');
    click(submits[1]!);
    expect(run.of('presend').map((e) => e.compose)).toEqual([composes[1]]);
  });

  for (const file of ['2026-12-01-ckeditor4-iframe.html', '2026-12-01-tinymce-iframe.html']) {
    it(`${file}: the body is the iframe's editable body; Ctrl+Enter inside it sends`, async () => {
      loadFixture(file);
      const frame = document.querySelector('iframe')!;
      const run = startGeneric();
      const { compose } = run.of('compose-found')[0]!;
      expect(compose.body).toBe(frame.contentDocument!.body);
      expect(compose.root.ownerDocument).toBe(document);
      expect(compose.contains?.(frame.contentDocument!.body.firstChild!)).toBe(true);
      ctrlEnter(frame.contentDocument!.body);
      expect(run.of('presend')).toHaveLength(1);
      frame.remove();
      await flush();
      expect(run.of('compose-gone').map((e) => e.compose)).toEqual([compose]);
    });
  }

  it('open shadow root: the editor is found, and a click inside the shadow tree sends', () => {
    loadFixture('2026-12-01-shadow-root.html');
    const shadow = document.querySelector('crm-composer')!.shadowRoot!;
    const run = startGeneric();
    const { compose } = run.of('compose-found')[0]!;
    expect(compose.body).toBe(shadow.querySelector('.body'));
    expect(compose.readSubject()).toBe('Shadow subject');
    click(shadow.querySelector('button')!);
    expect(run.of('presend')).toHaveLength(1);
  });

  it('Enter or Space on a focused role=button Send sends; a space typed in the body does not', () => {
    document.body.innerHTML =
      '<form><div contenteditable="true"><p>Hi <b>there</b></p></div>' +
      '<div role="button" tabindex="0"><span>Send</span></div></form>';
    const run = startGeneric();
    const { compose } = run.of('compose-found')[0]!;
    const key = (el: Element, k: string) =>
      el.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }));
    key(compose.body.querySelector('b')!, ' ');
    key(compose.body, 'Enter');
    // Only the control itself is activated by the key, not an element inside it.
    key(document.querySelector('[role=button] span')!, 'Enter');
    expect(run.of('presend')).toHaveLength(0);
    key(document.querySelector('[role=button]')!, ' ');
    expect(run.of('presend').map((e) => [e.compose, e.via])).toEqual([[compose, 'keyboard']]);
  });

  it('an editor added later is found; a removed compose is gone', async () => {
    document.body.innerHTML = '<main></main>';
    const run = startGeneric();
    const form = document.createElement('form');
    form.innerHTML = '<div contenteditable="true"></div><button>Send</button>';
    document.querySelector('main')!.append(form);
    await flush();
    expect(run.of('compose-found')).toHaveLength(1);
    form.remove();
    await flush();
    expect(run.of('compose-gone')).toHaveLength(1);
  });

  it('a composer emptied after Send is gone, and the same box is a new compose', async () => {
    vi.useFakeTimers();
    loadFixture('2026-12-01-draftjs.html');
    const run = startGeneric();
    const first = run.of('compose-found')[0]!.compose;
    const block = first.body.querySelector('span')!;
    block.textContent = 'A draft long enough to read';
    click(document.querySelector('button')!);
    vi.advanceTimersByTime(1000);
    expect(run.of('compose-gone')).toHaveLength(0);
    block.textContent = '';
    vi.advanceTimersByTime(500);
    expect(run.of('compose-gone').map((e) => e.compose)).toEqual([first]);
    const again = run.of('compose-found').map((e) => e.compose);
    expect(again).toHaveLength(2);
    expect(again[1]!.body).toBe(first.body);
    expect(again[1]!.key).not.toBe(first.key);
  });

  it('a keystroke after a refused Send ends the watch: emptying it later is not a send', () => {
    vi.useFakeTimers();
    loadFixture('2026-12-01-draftjs.html');
    const run = startGeneric();
    const { compose } = run.of('compose-found')[0]!;
    compose.body.querySelector('span')!.textContent = 'Some text';
    click(document.querySelector('button')!);
    compose.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Backspace', bubbles: true }));
    compose.body.querySelector('span')!.textContent = '';
    vi.advanceTimersByTime(CONFIRM_WATCH_MS);
    expect(run.of('compose-gone')).toHaveLength(0);
  });
});
