// Stands in for Outlook on the web's own scripts on the saved markup served in end-to-end tests:
// just enough behaviour for a compose's life. Send (the Send button or Ctrl+Enter) removes the
// compose when it has a recipient and shows an error bar otherwise; the send notification's
// "Undo" brings the compose back as NEW nodes rendered from the page's template (as Outlook's
// React view does), holding the text it was sent with; Discard removes it; Copilot's "Keep it"
// puts the card's draft into the body in one go. "More send options" opens its menu in the layer
// at the end of the page, outside the compose; "Schedule send" there sends that compose.
(() => {
  const BODY = '[id^="editorParent_"] [role="textbox"][contenteditable="true"]';
  const unitOf = (el) => {
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      if (node.querySelector?.('[id^="editorParent_"]')) return node;
    }
    return null;
  };
  // Outlook renders a compose from its state: keep each compose's markup as first rendered.
  const templates = new Map();
  for (const body of document.querySelectorAll(BODY)) {
    const unit = unitOf(body);
    if (unit) templates.set(unit, unit.cloneNode(true));
  }
  let mounts = 10;

  const toField = (unit) => unit.querySelector('[role="textbox"][aria-label="To"]');
  const hasRecipient = (unit) => {
    const to = toField(unit);
    return !!to && (/@/.test(to.textContent) || to.querySelector('[title*="@"]') !== null);
  };

  const status = document.createElement('div');
  status.id = 'fake-outlook-status';
  status.setAttribute('role', 'status');
  document.body.append(status);

  function refuse(unit) {
    if (unit.querySelector('[role="alert"]')) return;
    const bar = document.createElement('div');
    bar.setAttribute('role', 'alert');
    bar.textContent = 'This message must have at least one recipient.';
    unit.querySelector('[role="toolbar"]').after(bar);
  }

  function remount(sent, parent, next) {
    const template = templates.get(sent) ?? sent;
    const fresh = template.cloneNode(true);
    fresh.querySelector('[id^="editorParent_"]').id = `editorParent_${mounts++}`;
    fresh.querySelector(BODY).innerHTML = sent.querySelector(BODY).innerHTML;
    const to = toField(fresh);
    if (to) to.innerHTML = toField(sent).innerHTML;
    const subject = fresh.querySelector('input[aria-label="Add a subject"]');
    if (subject) subject.value = sent.querySelector('input[aria-label="Add a subject"]').value;
    templates.set(fresh, template);
    parent.insertBefore(fresh, next);
  }

  function send(unit) {
    if (!hasRecipient(unit)) {
      refuse(unit);
      return;
    }
    unit.querySelector('[role="alert"]')?.remove();
    const parent = unit.parentNode;
    const next = unit.nextSibling;
    setTimeout(() => {
      unit.remove();
      status.textContent = 'Sending…';
      const undo = document.createElement('button');
      undo.type = 'button';
      undo.id = 'fake-outlook-undo';
      undo.textContent = 'Undo';
      undo.onclick = () => {
        status.textContent = '';
        remount(unit, parent, next);
      };
      status.append(' ', undo);
    }, 50);
  }

  const isSend = (button) =>
    (button.closest('[data-testid="ComposeSendButton"]') &&
      !button.hasAttribute('aria-haspopup')) ||
    button.getAttribute('name') === 'Send';

  document.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    const unit = button && unitOf(button);
    if (!unit) return;
    if (isSend(button)) send(unit);
    else if (button.getAttribute('aria-label') === 'Discard') unit.remove();
    else if (button.textContent === 'Keep it') {
      const card = button.closest('[data-copilot-card]');
      const body = unit.querySelector(BODY);
      const draft = document.createElement('div');
      draft.className = 'elementToProof';
      draft.textContent = card.querySelector('[aria-live]').textContent;
      body.firstElementChild.replaceWith(draft);
      card.remove();
    }
  });
  document.addEventListener('click', (event) => {
    const opener = event.target.closest?.('button[aria-haspopup][aria-controls]');
    if (opener) {
      const menu = document.getElementById(opener.getAttribute('aria-controls'));
      if (!menu) return;
      menu.hidden = !menu.hidden;
      opener.setAttribute('aria-expanded', String(!menu.hidden));
      return;
    }
    const item = event.target.closest?.('[role="menuitem"]');
    const menu = item && item.closest('[role="menu"]');
    if (!menu) return;
    menu.hidden = true;
    const owner = document.querySelector(`[aria-controls="${menu.id}"]`);
    if (!owner) return;
    owner.setAttribute('aria-expanded', 'false');
    const unit = unitOf(owner);
    if (unit && /schedule send/i.test(item.textContent)) send(unit);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
    const unit = event.target.closest && unitOf(event.target);
    if (unit) send(unit);
  });
})();
