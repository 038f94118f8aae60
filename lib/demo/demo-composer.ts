// The demo composer's own behaviour, as a CS tool's would be: an AI assistant that inserts a
// whole draft in one go (no keystrokes, like Gmail's "Help me write" → Insert), a Send that
// refuses a message without a recipient, and a compose that goes away once sent or discarded.
// Redline's capture runs on it exactly as on a real site, through the generic adapter.
import { CANNED_DRAFTS, type CannedDraft } from './canned-drafts';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** How long the pretend assistant "thinks": long enough to be seen, short enough not to bore. */
export const DRAFTING_MS = 400;

export interface DemoComposerOptions {
  popupUrl: string;
}

function draftFragment(doc: Document, draft: CannedDraft): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  for (const text of draft.paragraphs) {
    const p = doc.createElement('p');
    p.textContent = text;
    fragment.append(p);
  }
  return fragment;
}

export function setupDemoComposer(doc: Document, { popupUrl }: DemoComposerOptions): void {
  const app = doc.getElementById('demo-app')!;
  const template = doc.getElementById('compose-template') as HTMLTemplateElement;

  const showOutcome = (message: string) => {
    const box = doc.createElement('section');
    box.className = 'outcome';
    box.setAttribute('role', 'status');
    const text = doc.createElement('p');
    text.textContent = message;
    const again = doc.createElement('button');
    again.type = 'button';
    again.textContent = 'New email';
    again.addEventListener('click', () => openCompose());
    const link = doc.createElement('a');
    link.href = popupUrl;
    link.target = '_blank';
    link.textContent = 'See the review in Redline';
    box.append(text, again, link);
    app.replaceChildren(box);
  };

  function openCompose() {
    const form = (template.content.firstElementChild as HTMLFormElement).cloneNode(
      true,
    ) as HTMLFormElement;
    const field = (name: string) => form.elements.namedItem(name) as HTMLInputElement;
    const task = form.elements.namedItem('task') as HTMLSelectElement;
    for (const draft of CANNED_DRAFTS) task.add(new Option(draft.label, draft.id));
    const body = form.querySelector<HTMLElement>('.body')!;
    const error = form.querySelector<HTMLElement>('.error')!;
    const status = form.querySelector<HTMLElement>('.assist-status')!;

    form.querySelector('[data-action="draft"]')!.addEventListener('click', () => {
      const draft = CANNED_DRAFTS.find((d) => d.id === task.value) ?? CANNED_DRAFTS[0]!;
      status.textContent = 'Drafting…';
      setTimeout(() => {
        if (!field('to').value) field('to').value = draft.to;
        if (!field('subject').value) field('subject').value = draft.subject;
        // One insertion, as an assistant's "Insert" does: the whole draft in one DOM change.
        body.replaceChildren(draftFragment(doc, draft));
        status.textContent = 'Draft inserted';
        body.focus();
      }, DRAFTING_MS);
    });
    form
      .querySelector('[data-action="discard"]')!
      .addEventListener('click', () => showOutcome('Draft discarded.'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const to = field('to').value.trim();
      // Like a real client: no valid recipient, no send; the compose stays as it was.
      if (!to.split(/[,;]\s*/).every((address) => EMAIL.test(address))) {
        error.textContent = 'Add a valid recipient before sending.';
        error.hidden = false;
        return;
      }
      showOutcome(`Sent to ${to}. (Nothing left your browser: this is the demo.)`);
    });
    app.replaceChildren(form);
    field('to').focus();
  }

  openCompose();
}
