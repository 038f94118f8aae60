import { createShadowHost } from './shadow-host';

const CSS = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; }
.notice { font: 13px/1.4 system-ui, sans-serif; color: #5c1a12; background: #fff4f2; max-width: 360px;
  border: 1px solid #e8b4ac; border-radius: 10px; padding: 10px 12px; }
button { all: unset; cursor: pointer; margin-left: 8px; text-decoration: underline; }
`;

/**
 * The browser refused Redline more storage: the CSM should know their reviews are waiting, not
 * lost. Shown once per page until dismissed; the queue keeps retrying underneath.
 */
export function showStorageNotice(doc: Document, message: string): () => void {
  const ui = createShadowHost(doc, CSS, 'redline-notice');
  const notice = doc.createElement('div');
  notice.className = 'notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = message;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = 'Dismiss';
  close.addEventListener('click', () => ui.remove());
  notice.append(close);
  ui.root.append(notice);
  doc.body.append(ui.host);
  return ui.remove;
}
