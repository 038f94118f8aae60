// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  FIXTURES,
  byId,
  clickLikeUser,
  keydown,
  loadFixture,
  sendButtonOf,
  settle,
  startGmail,
} from './harness';

let adapter: ReturnType<typeof startGmail>;
afterEach(() => adapter?.controller.abort());

function start(fixture: string, options?: Parameters<typeof startGmail>[0]) {
  loadFixture(fixture);
  adapter = startGmail(options);
  return adapter;
}

const dialogOf = (el: Element) => el.closest('[role="dialog"]')!;
const bodyOf = (root: ParentNode) =>
  root.querySelector<HTMLElement>('div[g_editable="true"][role="textbox"]')!;

describe('Gmail adapter: compose lifetime', () => {
  it('emits compose-gone once when the compose leaves the DOM', async () => {
    const { of } = start(FIXTURES.compose2020);
    const [found] = of('compose-found');
    dialogOf(found!.compose.body).remove();
    await settle();
    expect(of('compose-gone').map((e) => e.compose)).toEqual([found!.compose]);
    expect(found!.compose.isConnected()).toBe(false);
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(of('compose-gone')).toHaveLength(1);
  });

  it('finds a compose added later, once, and ignores typing in its body', async () => {
    loadFixture(FIXTURES.compose2020);
    const dialog = document.querySelector('[role="dialog"]')!;
    const host = dialog.parentElement!;
    dialog.remove();
    adapter = startGmail();
    expect(adapter.events).toEqual([]);
    host.appendChild(dialog); // Gmail opens the compose
    await settle();
    expect(adapter.of('compose-found')).toHaveLength(1);
    const body = adapter.of('compose-found')[0]!.compose.body;
    body.innerHTML = '<div>typed</div>';
    body.appendChild(document.createElement('div'));
    host.appendChild(document.createElement('div'));
    await settle();
    expect(adapter.events.map((e) => e.type)).toEqual(['compose-found']);
  });

  it('gives an undo-sent compose (same draft id, new DOM) the key it had', async () => {
    const { of } = start(FIXTURES.compose2020);
    const first = of('compose-found')[0]!.compose;
    const dialog = dialogOf(first.body);
    const copy = dialog.cloneNode(true);
    dialog.remove();
    await settle();
    document.body.appendChild(copy);
    await settle();
    const again = of('compose-found')[1]!.compose;
    expect(again).not.toBe(first);
    expect(again.key).toBe(first.key);
  });

  it('keeps the key when the draft id arrives after the compose was found', async () => {
    loadFixture(FIXTURES.compose2020);
    const draft = document.querySelector<HTMLInputElement>('input[name="draft"]')!;
    draft.value = 'undefined'; // Gmail's value before the first save
    adapter = startGmail();
    const first = adapter.of('compose-found')[0]!.compose;
    expect(first.key).toBe('compose:1');
    draft.value = '#msg-a:r-42';
    const dialog = dialogOf(first.body);
    const copy = dialog.cloneNode(true) as Element;
    dialog.remove();
    await settle();
    copy.querySelector<HTMLInputElement>('input[name="composeid"]')!.value = '7';
    document.body.appendChild(copy);
    await settle();
    expect(adapter.of('compose-found')[1]!.compose.key).toBe('compose:1');
  });
});

describe('Gmail adapter: presend and discard', () => {
  it('click on Send → one presend(click), though Gmail buttons get mouseup and click', () => {
    const { of } = start(FIXTURES.compose2020);
    const compose = of('compose-found')[0]!.compose;
    // On the button's text node, as a real click on the label lands.
    clickLikeUser(sendButtonOf(document).firstChild!);
    expect(of('presend')).toEqual([{ type: 'presend', compose, via: 'click', scheduled: false }]);
  });

  it('pressing Send again right after a refused send is a second presend', () => {
    const { of } = start(FIXTURES.compose2020);
    clickLikeUser(sendButtonOf(document));
    clickLikeUser(sendButtonOf(document));
    expect(of('presend')).toHaveLength(2);
  });

  it('Ctrl+Enter in the body, Cmd+Enter in the subject → presend(keyboard)', () => {
    const { of } = start(FIXTURES.twoComposes);
    const [a, b] = of('compose-found').map((e) => e.compose);
    keydown(a!.body, { key: 'Enter', ctrlKey: true });
    keydown(b!.root.querySelector('input[name="subjectbox"]')!, { key: 'Enter', metaKey: true });
    expect(of('presend').map((e) => [e.compose, e.via, e.scheduled])).toEqual([
      [a, 'keyboard', false],
      [b, 'keyboard', false],
    ]);
  });

  it('Enter or Space on the focused Send button → presend(keyboard); typing does not', () => {
    const { of } = start(FIXTURES.newCompose);
    const compose = of('compose-found')[0]!.compose;
    keydown(compose.body, { key: 'Enter' });
    keydown(compose.body, { key: ' ' });
    expect(of('presend')).toEqual([]);
    keydown(byId('m1-send'), { key: ' ' });
    expect(of('presend')).toEqual([
      { type: 'presend', compose, via: 'keyboard', scheduled: false },
    ]);
  });

  it('Schedule send → presend with scheduled: true', () => {
    const { of } = start(FIXTURES.compose2020);
    const compose = of('compose-found')[0]!.compose;
    clickLikeUser(document.querySelector('[selector="scheduledSend"] img')!);
    expect(of('presend')).toEqual([{ type: 'presend', compose, via: 'click', scheduled: true }]);
  });

  it('Enter in the send-options menu on the highlighted Schedule send → scheduled presend', () => {
    const { of } = start(FIXTURES.newCompose);
    const compose = of('compose-found')[0]!.compose;
    const menu = byId('m1-sbddm');
    menu.setAttribute('aria-activedescendant', 'm1-schedule');
    keydown(menu, { key: 'Enter' });
    expect(of('presend')).toEqual([{ type: 'presend', compose, via: 'keyboard', scheduled: true }]);
  });

  it('attributes a schedule-send menu outside the compose root to the compose last used', () => {
    const { of } = start(FIXTURES.inlineReply);
    const compose = of('compose-found')[0]!.compose;
    const item = byId('r1-schedule');
    expect(compose.root.contains(item)).toBe(false);
    clickLikeUser(byId('r1-more-send'));
    clickLikeUser(item);
    expect(of('presend')).toEqual([{ type: 'presend', compose, via: 'click', scheduled: true }]);
  });

  it('sends from the right compose when two are open', () => {
    const { of } = start(FIXTURES.twoComposes);
    const b = of('compose-found')[1]!.compose;
    clickLikeUser(byId('mb-send'));
    expect(of('presend').map((e) => e.compose)).toEqual([b]);
  });

  it('discard button and Ctrl+Shift+D → discard-requested; other buttons → nothing', () => {
    const { of, events } = start(FIXTURES.twoComposes);
    const [a, b] = of('compose-found').map((e) => e.compose);
    clickLikeUser(byId('ma-discard'));
    keydown(b!.body, { key: 'D', ctrlKey: true, shiftKey: true });
    clickLikeUser(byId('ma-more-send'));
    clickLikeUser(a!.root.querySelector('[command="Files"]')!);
    expect(events.filter((e) => e.type !== 'compose-found')).toEqual([
      { type: 'discard-requested', compose: a },
      { type: 'discard-requested', compose: b },
    ]);
  });

  it('ignores untrusted events unless told otherwise', () => {
    const { of } = start(FIXTURES.compose2020, {});
    clickLikeUser(sendButtonOf(document));
    keydown(bodyOf(document), { key: 'Enter', ctrlKey: true });
    expect(of('presend')).toEqual([]);
    expect(of('compose-found')).toHaveLength(1);
  });

  it('stops every event when the signal aborts', async () => {
    const { events, controller } = start(FIXTURES.compose2020);
    controller.abort();
    const before = events.length;
    clickLikeUser(sendButtonOf(document));
    keydown(bodyOf(document), { key: 'Enter', ctrlKey: true });
    clickLikeUser(document.querySelector('[selector="scheduledSend"]')!);
    dialogOf(bodyOf(document)).remove();
    await settle();
    expect(events).toHaveLength(before);
  });
});

describe('Gmail adapter: selector drift', () => {
  afterEach(() => vi.useRealTimers());

  /** The 2026 compose after a Gmail release renamed and restructured its footer. */
  function loadWithoutSend() {
    loadFixture(FIXTURES.newCompose);
    const send = byId('m1-send');
    send.removeAttribute('data-tooltip');
    send.removeAttribute('aria-label');
    const group = send.closest('[role="group"]')!;
    group.removeAttribute('role');
    return { send, group };
  }

  it('reports a compose whose Send button is gone, with an outline free of its text', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    loadWithoutSend();
    adapter = startGmail();
    // The compose is still tracked: keyboard sends and removal are still seen.
    expect(adapter.of('compose-found')).toHaveLength(1);
    expect(adapter.of('selector-drift')).toEqual([]); // not before the compose had time to render
    vi.advanceTimersByTime(5000);
    const [drift, ...more] = adapter.of('selector-drift');
    expect(more).toEqual([]);
    expect(drift!.selector).toContain('div[role="button"]');
    expect(drift!.outline).toContain('[g_editable=true]');
    expect(drift!.outline).toContain('input[name=draft]');
    for (const secret of ['Dana', 'renewal', 'Q3', 'analytics', 'example.com', 'Sam', '#msg']) {
      expect(drift!.outline).not.toContain(secret);
    }
  });

  it('does not report a footer that renders after the body', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { group } = loadWithoutSend();
    adapter = startGmail();
    group.setAttribute('role', 'group');
    vi.advanceTimersByTime(5000);
    expect(adapter.of('selector-drift')).toEqual([]);
  });

  it('does not treat an editor in a dialog without Send or compose ids as a compose', async () => {
    document.body.innerHTML =
      '<div role="dialog"><div g_editable="true" role="textbox" contenteditable="true"></div></div>';
    adapter = startGmail();
    document.body.appendChild(document.createElement('div'));
    await settle();
    expect(adapter.events).toEqual([]);
  });

  it('finds a compose whose id fields render after its body', async () => {
    loadFixture(FIXTURES.inlineReply);
    const form = document.querySelector('#r1-cell form')!;
    const inputs = [...form.querySelectorAll('input[type="hidden"]')];
    for (const input of inputs) input.remove();
    adapter = startGmail();
    expect(adapter.events).toEqual([]);
    form.append(...inputs);
    await settle();
    expect(adapter.of('compose-found').map((e) => e.compose.key)).toEqual([
      'draft:#msg-a:r-1000000000000000004',
    ]);
  });
});
