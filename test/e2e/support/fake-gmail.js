// Stands in for Gmail's own scripts on the saved Gmail markup served in end-to-end tests: just
// enough behaviour for a compose's life. Send (click or Ctrl+Enter) removes the compose when it
// has a recipient and refuses with an error otherwise, then shows Gmail's sent notice (its
// links name the conversation); "Undo" brings the same compose back;
// Discard removes it; Gmail's draft autosave is imitated so a reload restores the body.
(() => {
  const UNIT = '[role=dialog], [data-fake-compose]';
  const bodies = () => [...document.querySelectorAll('div[g_editable="true"][role="textbox"]')];
  const unitOf = (el) => {
    const dialog = el.closest('[role=dialog]');
    if (dialog) return dialog;
    let node = el;
    while (node && !node.querySelector?.('input[name=draft]')) node = node.parentElement;
    return node;
  };
  const draftId = (unit) => unit.querySelector('input[name=draft]')?.value || 'no-draft';
  const label = (el) =>
    (el.getAttribute('data-tooltip') || el.getAttribute('aria-label') || '').replace(
      /[\u202a-\u202e]/g,
      '',
    );
  const hasRecipient = (unit) =>
    [...unit.querySelectorAll('textarea[name=to], input[aria-label="To recipients"]')].some(
      (field) => field.value.trim() !== '',
    ) || unit.querySelector('[email]') !== null;

  // Autosave: Gmail keeps drafts; after a reload the compose comes back with its text.
  const saved = JSON.parse(sessionStorage.getItem('fake-gmail.drafts') || '{}');
  for (const body of bodies()) {
    const id = draftId(unitOf(body));
    if (saved[id] !== undefined) body.innerHTML = saved[id];
  }
  setInterval(() => {
    const drafts = {};
    for (const body of bodies()) drafts[draftId(unitOf(body))] = body.innerHTML;
    sessionStorage.setItem('fake-gmail.drafts', JSON.stringify(drafts));
  }, 200);

  // Gmail's stylesheets are not part of the saved markup: give its controls a size so a real
  // (trusted) click can reach them.
  const style = document.createElement('style');
  style.textContent =
    '[role=button][data-tooltip], textarea[name=to] { display: inline-block !important; ' +
    'min-width: 16px; min-height: 16px; visibility: visible !important; }';
  document.head.append(style);

  const status = document.createElement('div');
  status.id = 'fake-gmail-status';
  document.body.append(status);

  function send(unit) {
    if (!hasRecipient(unit)) {
      status.textContent = 'Please specify at least one recipient.';
      return;
    }
    const parent = unit.parentNode;
    const next = unit.nextSibling;
    setTimeout(() => {
      unit.remove();
      status.textContent = 'Message sent.';
      const undo = document.createElement('button');
      undo.id = 'fake-gmail-undo';
      undo.textContent = 'Undo';
      undo.onclick = () => {
        parent.insertBefore(unit, next);
        status.textContent = 'Sending undone.';
      };
      status.append(' ', undo, ' ', notice(unit));
    }, 50);
  }

  // Gmail's "Message sent · Undo · View message" notice names the sent message's conversation
  // in its links' `param` (test/fixtures/gmail/2026-12-02-new-mail-sent-notice.html): here the
  // compose's hidden `rt` field when the fixture has one, else a thread-a id from the draft id.
  function notice(unit) {
    const thread =
      unit.querySelector('input[name=rt]')?.value ||
      '#thread-a:' + draftId(unit).replace(/^#msg-a:/, '');
    const links = document.createElement('span');
    links.className = 'vh';
    for (const [id, text] of [
      ['link_undo', 'Undo'],
      ['link_vsm', 'View message'],
    ]) {
      const link = document.createElement('span');
      link.id = id;
      link.setAttribute('param', id === 'link_vsm' ? thread + '|' + draftId(unit) : thread);
      link.textContent = text;
      links.append(link);
    }
    document.querySelector('.vh')?.remove();
    return links;
  }

  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('[role=button]');
    const unit = button && unitOf(button);
    if (!unit) return;
    if (/^Send(?![A-Za-z])/.test(label(button))) send(unit);
    else if (/^Discard/.test(label(button))) unit.remove();
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const unit = event.target.closest && unitOf(event.target);
    if (unit) send(unit);
  });
  void UNIT;
})();
