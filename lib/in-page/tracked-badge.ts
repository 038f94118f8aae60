import { createShadowHost, type ShadowHost } from './shadow-host';

const CSS = `
:host { all: initial; position: absolute; top: 6px; right: 56px; z-index: 5; }
.badge { display: inline-flex; gap: 6px; align-items: center; font: 12px/1.6 system-ui, sans-serif;
  color: #7a1f1f; background: #fff4f2; border: 1px solid #e8b4ac; border-radius: 999px; padding: 0 4px 0 8px; }
.dot { width: 6px; height: 6px; border-radius: 50%; background: #c0392b; }
button { all: unset; cursor: pointer; padding: 0 6px; border-radius: 999px; color: #7a1f1f; }
button:hover, button:focus-visible { background: #f6d5cf; outline: 2px solid #c0392b; }
`;

/**
 * "AI draft tracked" on a compose, with a way out. Sits beside the body, never inside it, so it
 * can never become part of the e-mail.
 */
export function showTrackedBadge(root: Element, onUntrack: () => void): ShadowHost {
  const ui = createShadowHost(root.ownerDocument, CSS, 'redline-badge');
  const badge = root.ownerDocument.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'status');
  const dot = root.ownerDocument.createElement('span');
  dot.className = 'dot';
  const label = root.ownerDocument.createElement('span');
  label.textContent = 'AI draft tracked';
  const untrack = root.ownerDocument.createElement('button');
  untrack.type = 'button';
  untrack.textContent = 'Untrack';
  untrack.title = 'Stop tracking this draft: nothing about it is kept';
  untrack.addEventListener('click', (event) => {
    event.stopPropagation();
    onUntrack();
  });
  badge.append(dot, label, untrack);
  ui.root.append(badge);
  if (getComputedStyle(root).position === 'static')
    (root as HTMLElement).style.position = 'relative';
  root.append(ui.host);
  return ui;
}
