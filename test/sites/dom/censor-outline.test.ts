// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { censorOutline } from '@/lib/sites/dom/censor-outline';

const SECRET = 'Confidential renewal price 48000';

function tree(): HTMLElement {
  const root = document.createElement('div');
  root.setAttribute('role', 'dialog');
  root.innerHTML =
    `<form><input name="subjectbox" value="${SECRET}" aria-label="${SECRET}">` +
    `<span email="dana@example.com" data-hovercard-id="dana@example.com">Dana</span></form>` +
    `<div role="textbox" g_editable="true" contenteditable="true" class="Am aiL">` +
    `<div class="${SECRET.replace(/ /g, '-')}">${SECRET}</div></div>` +
    `<div role="button" data-tooltip="Send \u202a(Ctrl-Enter)\u202c">${SECRET}</div>` +
    `<p title="${SECRET}">${SECRET}</p>`;
  return root;
}

describe('censorOutline', () => {
  it('shows structure and never any text, value or address', () => {
    const outline = censorOutline(tree());
    expect(outline).toContain('div[role=dialog]');
    expect(outline).toContain('input[name=subjectbox][aria-label=…(32)][value=…(32)]');
    expect(outline).toContain('[g_editable=true][contenteditable=true]');
    expect(outline).toContain('{editable, 1 children omitted}');
    for (const word of ['Confidential', 'renewal', '48000', 'dana@', 'Dana', 'Send']) {
      expect(outline).not.toContain(word);
    }
  });

  it('is limited in depth and size', () => {
    let el = document.createElement('div');
    const root = el;
    for (let i = 0; i < 50; i++) el = el.appendChild(document.createElement('div'));
    expect(censorOutline(root, { maxDepth: 5 }).split('\n')).toHaveLength(6);
    const wide = document.createElement('div');
    for (let i = 0; i < 1000; i++) wide.appendChild(document.createElement('span'));
    const lines = censorOutline(wide, { maxNodes: 20 }).split('\n');
    expect(lines).toHaveLength(21);
    expect(lines[20]).toBe('… (outline truncated)');
  });
});
