import { browser } from 'wxt/browser';

/** The demo composer: an extension page, so it works with no account and no host access. */
export const DEMO_PAGE = '/demo.html';

/** What a new user sees before the first review: how to get one. */
export function EmptyState() {
  return (
    <section className="empty" aria-label="No reviews yet" data-testid="empty-state">
      <h2>No reviews yet</h2>
      <p>
        <a
          href={browser.runtime.getURL(DEMO_PAGE)}
          target="_blank"
          rel="noreferrer"
          data-testid="demo-link"
        >
          Try it in the demo composer
        </a>
        : draft with its pretend AI, edit, send, and the review appears here. No account needed.
      </p>
      <p>Redline starts a review when an AI draft lands in a composer. To get your first one:</p>
      <ol>
        <li>Open Gmail (or Gainsight) and start a new e-mail or a reply.</li>
        <li>
          Paste a draft from your AI assistant (or use an “Insert” button of Gmail’s Help me write).
          A small Redline badge shows the draft is tracked.
        </li>
        <li>Edit it as you normally would, then send it or discard it.</li>
      </ol>
      <p>The review appears here at once, with its word diff. Nothing leaves your browser.</p>
    </section>
  );
}
