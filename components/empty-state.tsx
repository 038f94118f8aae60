/** What a new user sees before the first review: how to get one. */
export function EmptyState() {
  return (
    <section className="empty" aria-label="No reviews yet" data-testid="empty-state">
      <h2>No reviews yet</h2>
      <p>Redline starts a review when an AI draft lands in a composer. To get your first one:</p>
      <ol>
        <li>Open Gmail and start a new e-mail or a reply.</li>
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
