// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createOutlookAdapter } from '@/lib/sites/outlook/outlook-adapter';
import { loadFixture, settle } from '../site-fixtures';
import { BODY, FIXTURES, click, keydown, query, sendButton, startOutlook } from './harness';

let adapter: ReturnType<typeof startOutlook> | undefined;
afterEach(() => {
  adapter?.controller.abort();
  adapter = undefined;
  vi.useRealTimers();
});

function start(fixture: string) {
  adapter = startOutlook(fixture);
  return adapter;
}

describe('Outlook adapter: discovery', () => {
  it('finds the new mail body, not the To and Cc textboxes', () => {
    const { of } = start(FIXTURES.newMail);
    const found = of('compose-found');
    expect(found).toHaveLength(1);
    const compose = found[0]!.compose;
    expect(compose.body).toBe(query(BODY));
    expect(compose.root.contains(sendButton())).toBe(true);
    expect(compose.root.contains(query('[aria-label="To"]'))).toBe(true);
    expect(compose.readRecipients()).toEqual(['ana.lima@example.com']);
  });

  it('sets the signature aside and reads the subject', () => {
    const { of } = start(FIXTURES.newMail);
    const compose = of('compose-found')[0]!.compose;
    compose.body.firstElementChild!.textContent = 'Hello Ana';
    query<HTMLInputElement>('input[aria-label="Add a subject"]').value = 'Renewal terms';
    expect(compose.readBody()).toEqual({
      text: 'Hello Ana',
      signature: 'Sam Ortiz\nCustomer Success, Example Corp',
    });
    expect(compose.readSubject()).toBe('Renewal terms');
  });

  it('finds an older build body by its older label alone, with Send by name', () => {
    const { of } = start(FIXTURES.olderBuild);
    const [found] = of('compose-found');
    expect(of('compose-found')).toHaveLength(1);
    expect(found!.compose.body.getAttribute('aria-label')).toMatch(/Alt\+F10/);
    expect(found!.compose.readSubject()).toBe('Renewal terms');
    expect(found!.compose.readRecipients()).toEqual(['ana.lima@example.com']);
  });

  it('takes the reading pane for no compose at all', async () => {
    const { events } = start(FIXTURES.readingPane);
    await settle();
    expect(events).toEqual([]);
  });

  it('an inline reply: the reply only; quoted history and nested x_ history set aside', () => {
    const { of } = start(FIXTURES.inlineReply);
    expect(of('compose-found')).toHaveLength(1);
    const compose = of('compose-found')[0]!.compose;
    expect(compose.body.closest('[id^="editorParent_"]')!.id).toBe('editorParent_3');
    expect(compose.root.contains(query('#UniqueMessageBody_2'))).toBe(false);
    compose.body.firstElementChild!.textContent = 'Here is the plan.';
    const text = compose.readBody();
    expect(text.text).toBe('Here is the plan.');
    expect(text.signature).toBe('Sam Ortiz\nCustomer Success, Example Corp');
    expect(text.quoted).toContain('From: Dana Reyes');
    expect(text.quoted).toContain('Earlier message about the kick-off.');
    expect(compose.readRecipients()).toEqual(['dana.reyes@example.org']);
  });

  it('Copilot: the card is not a body; the reference container is history', () => {
    const { of } = start(FIXTURES.copilot);
    const compose = of('compose-found')[0]!.compose;
    expect(of('compose-found')).toHaveLength(1);
    expect(compose.body.contains(query('[data-copilot-card]'))).toBe(false);
    expect(compose.readBody().text).toBe('');
    expect(compose.readBody().quoted).toContain('where are we on the renewal');
  });

  it('finds a compose opened later, once, and ignores typing in it', async () => {
    const { of } = start(FIXTURES.readingPane);
    const composeHtml = (await import('../site-fixtures')).parseFixture(
      'outlook',
      FIXTURES.newMail,
    );
    const unit = document.importNode(composeHtml.querySelector('.dMm6A')!, true);
    query('#ReadingPaneContainerId').append(unit);
    await settle();
    expect(of('compose-found')).toHaveLength(1);
    const body = of('compose-found')[0]!.compose.body;
    body.append(document.createElement('div'));
    body.innerHTML = '<div>typed</div>';
    await settle();
    expect(adapter!.events.map((e) => e.type)).toEqual(['compose-found']);
  });
});

describe('Outlook adapter: send, discard, schedule', () => {
  it('Send click and Ctrl+Enter are presends; a keyboard activation says so', () => {
    const { of } = start(FIXTURES.newMail);
    const compose = of('compose-found')[0]!.compose;
    click(sendButton().firstElementChild!);
    click(sendButton(), 0);
    keydown(compose.body, { key: 'Enter', ctrlKey: true });
    keydown(compose.body, { key: 'Enter' });
    expect(of('presend').map((e) => [e.via, e.scheduled, e.compose])).toEqual([
      ['click', false, compose],
      ['keyboard', false, compose],
      ['keyboard', false, compose],
    ]);
  });

  it('Send by name in an older build', () => {
    const { of } = start(FIXTURES.olderBuild);
    click(query('button[name="Send"]'));
    expect(of('presend')).toHaveLength(1);
  });

  it('Discard is a discard request; other buttons are nothing', () => {
    const { of } = start(FIXTURES.newMail);
    click(query('button[aria-label="Discard"]'));
    click(query('button[aria-label="New mail"]'));
    expect(of('discard-requested')).toHaveLength(1);
    expect(of('presend')).toEqual([]);
  });

  it('Schedule send in the menu outside the compose is a scheduled presend', () => {
    const { of } = start(FIXTURES.newMail);
    click(query('button[aria-label="Send"]'));
    click(query('[role="menuitem"]'));
    expect(of('presend')).toHaveLength(1); // no menu opened: the item alone is nothing
    click(query('button[aria-label="More send options"]'));
    expect(of('presend')).toHaveLength(1);
    click(query('[role="menuitem"] span'));
    expect(of('presend').map((e) => e.scheduled)).toEqual([false, true]);
  });

  it('a compose that leaves the page is gone, once', async () => {
    const { of } = start(FIXTURES.newMail);
    const compose = of('compose-found')[0]!.compose;
    query('.dMm6A').remove();
    await settle();
    document.body.append(document.createElement('div'));
    await settle();
    expect(of('compose-gone').map((e) => e.compose)).toEqual([compose]);
  });

  it('reports drift when a compose has no Send any more', async () => {
    vi.useFakeTimers();
    const { of } = start(FIXTURES.newMail);
    query('.Tr3Gd').remove();
    vi.advanceTimersByTime(3_500);
    expect(of('selector-drift').map((e) => e.selector)).toEqual([
      expect.stringContaining('ComposeSendButton'),
    ]);
    expect(of('selector-drift')[0]!.outline).not.toContain('Sam Ortiz');
  });
});

describe('Outlook adapter: undo send remounts the compose', () => {
  const draft =
    'Hi Ana, thank you for the call today. As promised, here is a summary of the renewal terms ' +
    'we discussed: a twelve month term, the same seat count, and a five percent uplift.';

  async function sendAndRemount(remountText: string, delayMs = 0) {
    const { of } = start(FIXTURES.refusedSend);
    const first = of('compose-found')[0]!.compose;
    click(sendButton());
    const unit = query('.dMm6A');
    const parent = unit.parentElement!;
    const copy = unit.cloneNode(true) as HTMLElement;
    unit.remove();
    await settle();
    copy.querySelector('[id^="editorParent_"]')!.id = 'editorParent_5';
    copy.querySelector(BODY)!.firstElementChild!.textContent = remountText;
    if (delayMs) await new Promise((r) => setTimeout(r, delayMs));
    parent.append(copy);
    await settle();
    return { first, again: of('compose-found')[1]?.compose, of };
  }

  it('the compose back with the text it was sent with gets its old key', async () => {
    const { first, again, of } = await sendAndRemount(draft);
    expect(of('compose-gone').map((e) => e.compose)).toEqual([first]);
    expect(again).toBeDefined();
    expect(again!.body).not.toBe(first.body);
    expect(again!.key).toBe(first.key);
  });

  it('a different compose after a send gets a key of its own', async () => {
    const { first, again } = await sendAndRemount('A new message altogether.');
    expect(again!.key).not.toBe(first.key);
  });

  it('a remount that fills its body a moment later still gets the old key', async () => {
    const { of } = start(FIXTURES.refusedSend);
    const first = of('compose-found')[0]!.compose;
    click(sendButton());
    const unit = query('.dMm6A');
    const parent = unit.parentElement!;
    const copy = unit.cloneNode(true) as HTMLElement;
    unit.remove();
    await settle();
    const body = copy.querySelector(BODY)!;
    const saved = body.innerHTML;
    body.innerHTML = '';
    parent.append(copy);
    await settle();
    expect(of('compose-found')).toHaveLength(1);
    body.innerHTML = saved;
    await vi.waitFor(() => expect(of('compose-found')).toHaveLength(2), { timeout: 3_000 });
    expect(of('compose-found')[1]!.compose.key).toBe(first.key);
  });

  it('a restarted adapter (pause, settings change) gives the same compose its key', () => {
    loadFixture('outlook', FIXTURES.refusedSend);
    const outlook = createOutlookAdapter({ requireTrusted: false });
    const keys: string[] = [];
    for (let i = 0; i < 2; i++) {
      const run = new AbortController();
      outlook.start(
        document,
        (e) => e.type === 'compose-found' && keys.push(e.compose.key),
        run.signal,
      );
      run.abort();
    }
    expect(keys).toHaveLength(2);
    expect(keys[1]).toBe(keys[0]);
  });
});
