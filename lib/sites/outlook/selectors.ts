// Every Outlook-on-the-web selector Redline relies on, in one place. Each says where it matches,
// which fixture in test/fixtures/outlook/ shows it, and when it was last seen. Outlook's class
// names are hashed (`dFCbN`, `_17Wvdm…`) and change about yearly: only ids, roles, test ids and
// attributes are used. Labels (aria-label, title) are localised: used only beside a structural
// hint or as a documented English-only fallback, and say so. The site meta-test
// (test/sites/site-registry.test.ts) checks every string constant here against the fixtures.
//
// Fixtures: all 2026-12-01-*.html, written on 2026-12-01 from public documentation and public
// code that works with Outlook on the web (no live capture behind them). "Last seen" below is
// the date the public sources were read; "before 2023" marks variants older code relies on.

// ── Compose discovery ─────────────────────────────────────────────────────────────────────

/**
 * Any editable textbox: the body, and also the To / Cc / Bcc fields (contenteditable textboxes
 * holding persona pills). Told apart by {@link EDITOR_PARENT} and {@link BODY_LABELLED}; never
 * a body on its own. Shown: every compose fixture. Last seen: 2026-12-01.
 */
export const EDITABLE_TEXTBOX = 'div[role="textbox"][contenteditable="true"]';

/**
 * The body's container, `#editorParent_N` (N counts composes in the page and changes when a
 * compose is remounted, so it is never a key). Structural and not localised: the primary body
 * marker. Shown: every compose fixture. Last seen: 2026-12-01.
 */
export const EDITOR_PARENT = '[id^="editorParent_"]';

/**
 * The body by its label: "Message body" in current builds, "Message body, press Alt+F10 to
 * exit" in older ones; a prefix match covers both. English only (localised): a body is found
 * by this alone only when it is not a recipient field. Shown: every compose fixture (older
 * label: 2026-12-01-new-mail.html's second variant). Last seen: 2026-12-01.
 */
export const BODY_LABELLED = `${EDITABLE_TEXTBOX}[aria-label^="Message body"]`;

/**
 * The reading pane's rendered message: `#UniqueMessageBody_N[aria-label="Message body"]`, with
 * the same label as the compose body but not editable. Never a compose. Shown: reading pane,
 * inline reply. Last seen: 2026-12-01.
 */
export const READING_PANE_BODY = '[id^="UniqueMessageBody"]';

// ── Fields ────────────────────────────────────────────────────────────────────────────────

/**
 * Recipient fields by label (To, Cc, Bcc), contenteditable textboxes with persona pills inside.
 * Localised: recipients are read from every editable textbox of the compose that is not the
 * body; these labels only document what that finds in English. Shown: new mail, inline reply.
 * Last seen: 2026-12-01.
 */
export const TO_FIELD_LABELLED = `${EDITABLE_TEXTBOX}[aria-label="To"]`;
export const CC_FIELD_LABELLED = `${EDITABLE_TEXTBOX}[aria-label="Cc"]`;

/**
 * Subject: `input[id^=subjectLine]` in public test code before 2023; the "Add a subject"
 * placeholder label in current builds (localised). Optional: an inline reply has no subject
 * field (the thread's subject applies). Shown: new mail. Last seen: 2026-12-01.
 */
export const SUBJECT_INPUT_ID = 'input[id^="subjectLine"]';
export const SUBJECT_INPUT_LABELLED = 'input[aria-label="Add a subject"]';

// ── Controls ──────────────────────────────────────────────────────────────────────────────

/**
 * The Send split button's wrapper (newer builds). Its first button that opens no menu is
 * Send; the one with `aria-haspopup` is "More send options" (schedule send). Structural, not
 * localised: the primary Send marker. Shown: new mail, inline reply, undo, refused send,
 * Copilot. Last seen: 2026-12-01.
 */
export const SEND_WRAPPER = '[data-testid="ComposeSendButton"]';
export const SEND_IN_WRAPPER = `${SEND_WRAPPER} button:not([aria-haspopup])`;
export const MORE_SEND_OPTIONS = `${SEND_WRAPPER} button[aria-haspopup]`;

/**
 * Send before 2023: `button[name="Send"]` (structural). Shown: 2026-12-01-new-mail.html's
 * older compose. Last seen: public code of 2021-2022.
 */
export const SEND_NAMED = 'button[name="Send"]';

/**
 * Send by label or tooltip ("Send", "Send (Ctrl+Enter)"). English only: a fallback for a build
 * that lost both structural markers. Shown: every compose fixture. Last seen: 2026-12-01.
 */
export const SEND_LABELLED = 'button[aria-label="Send"], button[title="Send (Ctrl+Enter)"]';

/**
 * Discard (trash in the compose toolbar). Localised and without a structural hint: optional.
 * Elsewhere a discard still ends the review, as the compose going away without a send.
 * Shown: new mail, inline reply. Last seen: 2026-12-01.
 */
export const DISCARD_LABELLED = 'button[aria-label="Discard"]';

/**
 * Menu items. The "More send options" menu (Schedule send) renders outside the compose, in a
 * layer at the end of the page: an item chosen while that menu is open belongs to the compose
 * that opened it. Shown: new mail (menu layer). Last seen: 2026-12-01.
 */
export const MENU_ITEM = '[role="menuitem"]';

// ── Body regions set aside ────────────────────────────────────────────────────────────────

/**
 * The automatic signature: `div#Signature` (2024+ also carries `class="elementToProof"`, a
 * proofing class that new Outlook also puts on ordinary paragraphs: never used alone). Older
 * mail sometimes wraps the quoted history inside it. Shown: inline reply, new mail.
 * Last seen: 2026-12-01.
 */
export const SIGNATURE = '#Signature';
export const SIGNATURE_2024 = 'div#Signature.elementToProof';

/**
 * Where quoted history starts in a reply or forward. None of these wraps the history: it runs
 * from the first of them to the end of the body. `#appendonsend` (an empty marker div), the
 * `hr[tabindex="-1"]` separator, `#divRplyFwdMsg` (From / Sent / To / Subject). Shown: inline
 * reply, undo. Last seen: 2026-12-01.
 */
export const QUOTE_START = '#appendonsend, hr[tabindex="-1"], #divRplyFwdMsg';

/**
 * Newer builds wrap the message replied to in one container. Shown: Copilot (a reply).
 * Last seen: 2026-12-01.
 */
export const QUOTE_CONTAINER = '#mail-editor-reference-message-container';

/**
 * Nested history: ids Outlook prefixes with `x_` each time a message is quoted again
 * (`x_divRplyFwdMsg`, `x_Signature`). Always inside a quote region already; listed so a quote
 * whose start marker was deleted is still set aside. Shown: inline reply. Last seen: 2026-12-01.
 */
export const NESTED_HISTORY = '[id^="x_divRplyFwdMsg"], [id^="x_appendonsend"]';

// ── Not selectors ─────────────────────────────────────────────────────────────────────────

/** English label fallbacks for the menu item that schedules a send. */
export const LABELS = {
  scheduleSend: /^Schedule send/i,
} as const;

/** Every Send variant, old and new, in one query. */
export const SEND_ANY = [SEND_IN_WRAPPER, SEND_NAMED, SEND_LABELLED].join(', ');
