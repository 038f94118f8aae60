// The stand-in for a CS tool's own behaviour on a served fixture: Send refuses a compose
// without a recipient (the compose stays) and otherwise removes it, as the tool does after it
// sent; Cancel removes it. `window.insertDraft` is an AI "Insert" button: the whole draft lands
// in the body in one DOM change, with no keystroke.
(() => {
  const root = () => document.querySelector('[role=dialog], form');
  window.insertDraft = (text) => {
    const body = document.querySelector('[contenteditable=true]');
    const paragraphs = text.split('\n').map((line) => {
      const p = document.createElement('p');
      p.textContent = line;
      return p;
    });
    body.replaceChildren(...paragraphs);
  };
  document.addEventListener('click', (event) => {
    const button = event.target.closest('button');
    if (!button) return;
    const label = button.textContent.trim();
    const compose = root();
    if (!compose) return;
    if (label === 'Send') {
      const to = compose.querySelector('input[name=to]');
      if (!to || !to.value.includes('@')) {
        let error = compose.querySelector('.error');
        if (!error) {
          error = document.createElement('p');
          error.className = 'error';
          error.setAttribute('role', 'alert');
          compose.append(error);
        }
        error.textContent = 'Please add a recipient.';
        return;
      }
      setTimeout(() => compose.remove(), 50);
    } else if (label === 'Cancel') {
      compose.remove();
    }
  });
})();
