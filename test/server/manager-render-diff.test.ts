// @vitest-environment jsdom
// The dashboard's client script draws an example's word diff: moved text is marked as moved, in
// words and by element class, never as HTML.
import { beforeAll, describe, expect, it } from 'vitest';
import { RENDER_JS } from '../../server/src/manager/manager-render';

interface Render {
  renderExamples(summary: unknown, labels: Record<string, string>, api: unknown): void;
}

beforeAll(() => {
  new Function(RENDER_JS)();
});

const summary = {
  csms: [
    {
      csmId: 'csm-1',
      displayName: 'Sam',
      starred: [
        {
          id: 'r1',
          subject: 'Renewal',
          outcome: 'edit',
          taskType: 'renewal',
          draftChars: 90,
          sentChars: 90,
          note: null,
        },
      ],
    },
  ],
};

async function openExample(parts: unknown[]): Promise<Element> {
  document.body.innerHTML = '<div id="examples"></div>';
  const render = (window as unknown as { redlineRender: Render }).redlineRender;
  render.renderExamples(summary, { renewal: 'Renewal brief' }, async () => ({ parts }));
  const box = document.querySelector('details.example') as HTMLDetailsElement;
  box.open = true;
  box.dispatchEvent(new Event('toggle'));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return box;
}

describe('manager dashboard example diff', () => {
  it('marks moved parts where they left and arrived, with a legend in words', async () => {
    const box = await openExample([
      { kind: 'removed', text: 'Thanks for the call today', moved: true },
      { kind: 'kept', text: ' The quote is attached' },
      { kind: 'added', text: ' Thanks for the call today', moved: true },
      { kind: 'removed', text: ' <b>Friday</b>' },
      { kind: 'added', text: ' Monday' },
    ]);
    const from = box.querySelector('.diff del.moved')!;
    const to = box.querySelector('.diff ins.moved')!;
    expect(from.getAttribute('title')).toBe('moved from here');
    expect(to.getAttribute('title')).toBe('moved here');
    expect(from.textContent).toBe('moved from here: Thanks for the call today');
    expect([...box.querySelectorAll('.diff del:not(.moved)')].map((el) => el.textContent)).toEqual([
      ' <b>Friday</b>',
    ]);
    expect(box.querySelector('.diff b')).toBeNull();
    expect(box.querySelector('.diff-legend')?.textContent).toContain('moved from');
  });

  it('shows no moved legend when nothing moved', async () => {
    const box = await openExample([
      { kind: 'kept', text: 'The price is' },
      { kind: 'removed', text: ' 10' },
      { kind: 'added', text: ' 5' },
    ]);
    expect(box.querySelector('.moved, .diff-legend')).toBeNull();
    expect(box.querySelector('.diff')?.textContent).toBe('The price is 10 5');
  });
});
