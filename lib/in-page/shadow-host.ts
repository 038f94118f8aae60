// Redline's marks on a site live in a shadow root: the site's CSS cannot restyle them and ours
// cannot leak into the site. It is open (assistive tech and tests can reach it); it holds only
// labels and buttons, never e-mail text.

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
  remove(): void;
}

export function createShadowHost(doc: Document, css: string, tag = 'redline-ui'): ShadowHost {
  const host = doc.createElement(tag);
  // Not part of the compose's text, not announced twice, never sent.
  host.setAttribute('contenteditable', 'false');
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root, remove: () => host.remove() };
}
