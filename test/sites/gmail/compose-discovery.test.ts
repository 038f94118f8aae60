// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import type { ComposeHandle } from '@/lib/sites/site-adapter';
import { findDiscardButton, findSendButton } from '@/lib/sites/gmail/controls';
import { FIXTURES, byId, loadFixture, sendButtonOf, startGmail } from './harness';

let stop: (() => void) | undefined;
afterEach(() => stop?.());

function found(fixture: string): ComposeHandle[] {
  loadFixture(fixture);
  const adapter = startGmail();
  stop = () => adapter.controller.abort();
  return adapter.of('compose-found').map((e) => e.compose);
}

describe('Gmail compose discovery on the 2020 capture', () => {
  it('finds exactly one compose', () => {
    expect(found(FIXTURES.compose2020)).toHaveLength(1);
  });

  it('resolves body, subject, To and Send inside the same compose root (the dialog)', () => {
    const [compose] = found(FIXTURES.compose2020);
    const root = compose!.root;
    expect(root.getAttribute('role')).toBe('dialog');
    expect(compose!.body.getAttribute('g_editable')).toBe('true');
    for (const selector of ['input[name="subjectbox"]', 'textarea[name="to"]']) {
      expect(root.contains(document.querySelector(selector))).toBe(true);
    }
    const send = findSendButton(root, compose!.body);
    expect(send).toBe(sendButtonOf(document));
    expect(root.contains(send)).toBe(true);
    expect(root.contains(compose!.body)).toBe(true);
  });

  it('matches Send although its tooltip carries bidi marks', () => {
    const [compose] = found(FIXTURES.compose2020);
    const send = findSendButton(compose!.root, compose!.body)!;
    expect(send.getAttribute('data-tooltip')).toBe('Send \u202a(Ctrl-Enter)\u202c');
    expect(findDiscardButton(compose!.root, compose!.body)?.getAttribute('aria-label')).toMatch(
      /^Discard draft/,
    );
  });

  it('matches Send when a bidi mark leads its label and no footer group is left', () => {
    loadFixture(FIXTURES.compose2020);
    const send = sendButtonOf(document);
    send.setAttribute('data-tooltip', '\u202bSend \u202a(Ctrl-Enter)\u202c\u202c');
    send.removeAttribute('aria-label');
    send.closest('[role="group"]')!.removeAttribute('role');
    const adapter = startGmail();
    stop = () => adapter.controller.abort();
    const compose = adapter.of('compose-found')[0]!.compose;
    expect(findSendButton(compose.root, compose.body)).toBe(send);
    expect(adapter.of('selector-drift')).toEqual([]);
  });

  it('falls back to the first footer button for Send when labels are not English', () => {
    const [compose] = found(FIXTURES.compose2020);
    const send = sendButtonOf(document);
    send.setAttribute('data-tooltip', 'Envoyer \u202a(Ctrl-Entr\u00e9e)\u202c');
    send.setAttribute('aria-label', 'Envoyer');
    expect(findSendButton(compose!.root, compose!.body)).toBe(send);
  });

  it('keys the compose by its draft id', () => {
    const [compose] = found(FIXTURES.compose2020);
    expect(compose!.key).toBe('draft:#msg-a:r-7673660351152959857');
  });

  it('reads text written into the body as a person sees it', () => {
    const [compose] = found(FIXTURES.compose2020);
    compose!.body.innerHTML =
      '<div>Hi Dana,</div><div><br></div><div>Thanks&nbsp;for the call.<br>Plan below.</div>' +
      '<div><br></div><div>Best,</div><br>' +
      '<div class="gmail_signature" data-smartmail="gmail_signature">Sam</div>' +
      '<div class="gmail_quote">On Mon, Dana wrote:<blockquote class="gmail_quote">Old</blockquote></div>';
    expect(compose!.readBody()).toEqual({
      text: 'Hi Dana,\n\nThanks for the call.\nPlan below.\n\nBest,',
      signature: 'Sam',
      quoted: 'On Mon, Dana wrote:\nOld',
    });
  });

  it('reads the subject and the old textarea recipients, To, Cc and Bcc', () => {
    const [compose] = found(FIXTURES.compose2020);
    (document.querySelector('input[name="subjectbox"]') as HTMLInputElement).value = 'QBR prep';
    const set = (name: string, value: string) => {
      (document.querySelector(`textarea[name="${name}"]`) as HTMLTextAreaElement).value = value;
    };
    set('to', 'Dana Reyes <Dana.Reyes@Example.com>, lee@example.net');
    set('cc', 'ops@example.org');
    set('bcc', 'lee@example.net');
    expect(compose!.readSubject()).toBe('QBR prep');
    expect(compose!.readRecipients()).toEqual([
      'dana.reyes@example.com',
      'lee@example.net',
      'ops@example.org',
    ]);
  });
});

describe('Gmail compose discovery on other pages', () => {
  it('finds nothing on the 2014 thread list', () => {
    const adapter = (loadFixture(FIXTURES.threadList2014), startGmail());
    stop = () => adapter.controller.abort();
    expect(adapter.events).toEqual([]);
  });

  it('reads the newer To combobox, its chips and the Cc row', () => {
    const [compose] = found(FIXTURES.newCompose);
    expect(compose!.body.hasAttribute('writingsuggestions')).toBe(true);
    expect(compose!.readSubject()).toBe('Renewal plan for Q3');
    expect(compose!.readRecipients()).toEqual(['dana.reyes@example.com', 'ops@example.org']);
    // Text typed but not yet a chip counts: Gmail turns it into a recipient on send.
    (document.querySelector('input[aria-label="To recipients"]') as HTMLInputElement).value =
      'kim@example.com';
    expect(compose!.readRecipients()).toEqual([
      'dana.reyes@example.com',
      'kim@example.com',
      'ops@example.org',
    ]);
    expect(compose!.readBody().text).toBe(
      'Hi Dana,\n\nThanks for walking us through the Q3 usage numbers. Here is the renewal plan ' +
        'we discussed:\nKeep the 40-seat tier\nAdd the analytics module from October\n' +
        'Happy to adjust before Friday.\n\nBest,\nSam',
    );
  });

  it('finds an inline reply (no dialog) and sets its quote and signature aside', () => {
    const [compose, ...rest] = found(FIXTURES.inlineReply);
    expect(rest).toEqual([]);
    expect(compose!.root).toBe(byId('r1-cell'));
    expect(compose!.root.closest('[role="dialog"]')).toBeNull();
    expect(findSendButton(compose!.root, compose!.body)).toBe(byId('r1-send'));
    expect(compose!.readBody()).toEqual({
      text: 'Hi Dana,\n\nYes, the renewal plan is attached.\nLet me know if the seat count looks right.',
      signature: '--\nSam Ortiz\nCustomer Success, Example Corp',
      quoted:
        'On Mon, Nov 23, 2026 at 9:14 AM Dana Reyes <dana.reyes@example.com> wrote:\n' +
        'Hi Sam, could you send the renewal plan before Friday?',
    });
    // The hidden subjectbox is empty; the thread's subject comes from the hidden copy.
    expect(compose!.readSubject()).toBe('Re: Renewal plan');
    // The received message's `email` attributes (sender, "to me") are not recipients.
    expect(compose!.readRecipients()).toEqual(['dana.reyes@example.com']);
  });

  it('gives two open composes two handles with different keys', () => {
    const composes = found(FIXTURES.twoComposes);
    expect(composes.map((c) => c.key)).toEqual([
      'draft:#msg-a:r-1000000000000000002',
      'draft:#msg-a:r-1000000000000000003',
    ]);
    const [a, b] = composes;
    expect(a!.root).not.toBe(b!.root);
    expect(a!.root.contains(b!.body)).toBe(false);
    expect(a!.readRecipients()).toEqual(['lee.park@example.net', 'kim@example.com']);
    expect(b!.readRecipients()).toEqual(['ari.stone@example.org']);
    expect([a!.readSubject(), b!.readSubject()]).toEqual([
      'Check-in next week',
      'Onboarding follow-up',
    ]);
  });
});
