import { REJECT_REASONS, type Outcome, type RejectReason } from '../review/vocabulary';
import { createShadowHost } from './shadow-host';

export const TOAST_MS = 8_000;

const LABELS: Record<RejectReason, string> = {
  'wrong-facts': 'Wrong facts',
  'wrong-tone': 'Wrong tone',
  'too-generic': 'Too generic',
  'too-long': 'Too long',
  'not-needed': 'Not needed',
  other: 'Other',
};

const CSS = `
:host { all: initial; position: fixed; left: 16px; bottom: 16px; z-index: 2147483000; }
.toast { font: 13px/1.4 system-ui, sans-serif; color: #1d1d1f; background: #fff; max-width: 360px;
  border: 1px solid #d0d0d5; border-radius: 10px; box-shadow: 0 4px 16px rgba(0,0,0,.15); padding: 10px 12px; }
.row { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 8px; }
button { all: unset; cursor: pointer; border: 1px solid #c9c9cf; border-radius: 999px; padding: 2px 10px; }
button:hover, button:focus-visible { background: #f2f2f5; outline: 2px solid #5b5bd6; }
@media (prefers-color-scheme: dark) {
  .toast { color: #f2f2f5; background: #2a2a2e; border-color: #44444a; }
  button { border-color: #55555c; } button:hover, button:focus-visible { background: #3a3a40; }
}
`;

/**
 * After an edit or a reject: "why?" in one click. It never blocks anything and leaves on its
 * own; ignoring it is a fine answer.
 */
export function showReasonToast(
  doc: Document,
  outcome: Exclude<Outcome, 'approve'>,
  onReason: (reason: RejectReason) => void,
): () => void {
  const ui = createShadowHost(doc, CSS, 'redline-toast');
  const toast = doc.createElement('div');
  toast.className = 'toast';
  toast.setAttribute('role', 'status');
  const title = doc.createElement('div');
  title.textContent =
    outcome === 'reject' ? 'Redline: AI draft rejected. Why?' : 'Redline: AI draft edited. Why?';
  const row = doc.createElement('div');
  row.className = 'row';
  for (const reason of REJECT_REASONS) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.textContent = LABELS[reason];
    button.addEventListener('click', () => {
      onReason(reason);
      close();
    });
    row.append(button);
  }
  toast.append(title, row);
  ui.root.append(toast);
  doc.body.append(ui.host);
  const timer = setTimeout(() => close(), TOAST_MS);
  function close() {
    clearTimeout(timer);
    ui.remove();
  }
  return close;
}
