import { describe, expect, it } from 'vitest';
import {
  createSentThreadLinker,
  LINK_WINDOW_MS,
  NOTICE_FIRST_MS,
} from '@/lib/capture/sent-thread-link';

function setup() {
  let clock = 1_000_000;
  const links: [string, string][] = [];
  const linker = createSentThreadLinker({
    now: () => clock,
    link: (reviewId, threadId) => links.push([reviewId, threadId]),
  });
  return { linker, links, tick: (ms: number) => (clock += ms) };
}

describe('linking a new mail to the conversation the page names after its send', () => {
  it('links the notice to the new mail sent just before it, once', () => {
    const { linker, links, tick } = setup();
    linker.sent('r1', null);
    tick(800);
    linker.noticed('thread-a:r-1');
    linker.noticed('thread-a:r-1');
    expect(links).toEqual([['r1', 'thread-a:r-1']]);
  });

  it('leaves an inline reply alone: its notice names the thread it already has', () => {
    const { linker, links } = setup();
    linker.sent('r1', 'thread-f:7');
    linker.noticed('thread-f:7');
    expect(links).toEqual([]);
  });

  it('links a notice seen just before the send it belongs to', () => {
    const { linker, links, tick } = setup();
    linker.sent('r0', 'thread-f:7');
    tick(1_000);
    linker.noticed('thread-a:r-2');
    tick(200);
    linker.sent('r1', null);
    expect(links).toEqual([['r1', 'thread-a:r-2']]);
  });

  it('links nothing when the notice is too late or too early for the send', () => {
    const late = setup();
    late.linker.sent('r1', null);
    late.tick(LINK_WINDOW_MS + 1);
    late.linker.noticed('thread-a:r-1');
    expect(late.links).toEqual([]);

    const early = setup();
    early.linker.noticed('thread-a:r-1');
    early.tick(NOTICE_FIRST_MS + 1);
    early.linker.sent('r1', null);
    expect(early.links).toEqual([]);
  });

  it('gives each of two new mails its own notice', () => {
    const { linker, links, tick } = setup();
    linker.sent('r1', null);
    linker.noticed('thread-a:r-1');
    tick(3_000);
    linker.sent('r2', null);
    linker.noticed('thread-a:r-2');
    expect(links).toEqual([
      ['r1', 'thread-a:r-1'],
      ['r2', 'thread-a:r-2'],
    ]);
  });
});
