// Every Gmail selector Redline relies on, in one place. Each says where it matches, which
// fixture in test/fixtures/gmail/ shows it, and when it was last seen working. Gmail's class
// names are hashed and change between releases: we match roles and attributes only. Labels
// (aria-label, data-tooltip, menu text) are localised: they are used only where no structural
// hint exists, and say so. test/sites/gmail/selectors.test.ts checks every string constant
// here against the fixtures.
//
// Fixtures: 2020 = gmail-compose-2020.html (a real capture, ~2020-10); 2014 =
// gmail-2014-thread-list-no-compose.html (real, 2014-12, negative case); 2026 = the
// reconstructed 2026-11-23-*.html files (built from the 2020 structure plus the fixtures
// README's notes on newer Gmail: no live capture behind them).

// ── Compose discovery ─────────────────────────────────────────────────────────────────────

/**
 * The editable message body, in every kind of compose (pop-up, inline reply, full-screen,
 * pop-out). Structural: `g_editable` is Gmail's own marker; the body's aria-label ("Message
 * Body") is localised and not used. Newer Gmail adds `writingsuggestions` and classes such as
 * `aiL`, which this ignores. Shown: 2020, 2026. Last seen: 2020-10 (real), 2026-11-23.
 */
export const COMPOSE_BODY = 'div[g_editable="true"][role="textbox"]';

/**
 * Pop-up compose windows ("moles"; full-screen compose is the same dialog enlarged): the dialog
 * is the compose root when it holds exactly one body. Shown: 2020, 2026 two-composes.
 * Last seen: 2020-10, 2026-11-23.
 */
export const COMPOSE_DIALOG = '[role="dialog"]';

/**
 * The compose's hidden form fields. A compose without a dialog (inline reply or forward,
 * pop-out window) has its root at the nearest ancestor of the body that holds one of these:
 * in the 2020 capture the `form` (recipients, subject, these inputs) and the body-and-footer
 * table are siblings in one cell, so that cell holds body, fields and the Send button.
 * `draft` holds the draft id ("#msg-a:r-…"), "undefined" or empty before the first save;
 * `composeid` a per-page compose number. Shown: 2020, 2026. Last seen: 2020-10, 2026-11-23.
 */
export const DRAFT_ID_INPUT = 'input[name="draft"]';
export const COMPOSE_ID_INPUT = 'input[name="composeid"]';

// ── Fields ────────────────────────────────────────────────────────────────────────────────

/** Subject line. Shown: 2020, 2026. Last seen: 2020-10, 2026-11-23. */
export const SUBJECT_INPUT = 'input[name="subjectbox"]';

/**
 * Hidden subject copy Gmail keeps in the form; an inline reply's subjectbox is hidden and may
 * be empty (it inherits the thread's subject), so this is the fallback. Shown: 2020, 2026
 * inline reply. Last seen: 2020-10, 2026-11-23.
 */
export const SUBJECT_HIDDEN_INPUT = 'input[type="hidden"][name="subject"]';

/**
 * Old recipient fields: plain textareas holding what was typed, one per row. Shown: 2020
 * (empty), 2026 two-composes (first mole). Last seen: 2020-10.
 */
export const TO_TEXTAREA = 'textarea[name="to"]';
export const CC_TEXTAREA = 'textarea[name="cc"]';
export const BCC_TEXTAREA = 'textarea[name="bcc"]';

/**
 * Newer recipient fields: an `<input>` combobox per row (To, Cc, Bcc) holding only the text
 * not yet turned into a chip. Structural form; the old To textarea is also a combobox, but a
 * textarea, so this matches newer Gmail only. Shown: 2026. Last seen: 2026-11-23.
 */
export const RECIPIENT_COMBOBOX = 'input[role="combobox"]';

/**
 * The newer To field by its label. Localised ("To recipients" in English only): listed as the
 * documented variant and matched alongside {@link RECIPIENT_COMBOBOX}, never alone.
 * Shown: 2026. Last seen: 2026-11-23.
 */
export const TO_COMBOBOX_LABELLED = 'input[aria-label="To recipients"]';

/**
 * Recipient chips: the committed addresses, each element carrying an `email` attribute. Must be
 * read only inside a compose root and outside its body (the thread list and message headers
 * carry `email` attributes too — see the 2014 capture). Shown: 2026. Last seen: 2026-11-23.
 */
export const RECIPIENT_CHIP = '[email]';

// ── Controls ──────────────────────────────────────────────────────────────────────────────

/**
 * Candidates for Send and Discard: `div[role=button]`, then told apart by label (see
 * {@link LABEL_PREFIXES}) after stripping the invisible bidi marks Gmail puts round the
 * keyboard hint ("Send \u202a(Ctrl-Enter)\u202c"). Shown: 2020, 2026. Last seen: 2020-10,
 * 2026-11-23.
 */
export const BUTTON = 'div[role="button"]';

/**
 * The compose footer toolbar; its first button is Send. Structural fallback for Send when the
 * labels are not English (heuristic: true in the 2020 capture). Shown: 2020, 2026.
 * Last seen: 2020-10, 2026-11-23.
 */
export const FOOTER_GROUP = '[role="group"]';

/**
 * "Schedule send" in the "More send options" menu. `selector="scheduledSend"` is structural;
 * the menu may render outside the compose root (in the 2020 capture it sits beside the inline
 * container, inside the dialog). Shown: 2020, 2026. Last seen: 2020-10, 2026-11-23.
 */
export const SCHEDULE_SEND_ITEM = '[role="menuitem"][selector="scheduledSend"]';

/** Any menu item: the text fallback for Schedule send looks inside these. Shown: 2020, 2026. */
export const MENU_ITEM = '[role="menuitem"]';

// ── Body regions set aside ────────────────────────────────────────────────────────────────

/**
 * Quoted history in a reply or forward (`div.gmail_quote` around the attribution and
 * `blockquote.gmail_quote`). Stable for over a decade, also in sent mail. Not in the 2020
 * capture (empty body). Shown: 2026 inline reply. Last seen: 2026-11-23.
 */
export const QUOTE = '.gmail_quote';

/**
 * The automatic signature. Two markers, old class and newer data attribute, on one element in
 * current Gmail. Shown: 2026 inline reply. Last seen: 2026-11-23.
 */
export const SIGNATURE = '.gmail_signature, [data-smartmail="gmail_signature"]';

/**
 * The "-- " Gmail puts before a signature in newer versions; belongs with the signature.
 * Shown: 2026 inline reply. Last seen: 2026-11-23.
 */
export const SIGNATURE_PREFIX = '.gmail_signature_prefix';

// ── Thread view (outcome tracking) ─────────────────────────────────────────────────────────

/**
 * The open conversation's subject heading; its `data-thread-perm-id` ("thread-f:…" for a thread
 * started by someone else, "thread-a:r…" for one the CSM started) names the thread. Structural
 * attribute, seen in public extension code since about 2019. Thread views the CSM left stay in
 * the DOM hidden, so only the one inside the visible main region counts. Shown: 2026 inline
 * reply, 2026 thread-with-reply. Last seen: 2026-12-02.
 */
export const THREAD_HEADING = 'h2[data-thread-perm-id]';

/**
 * The older hexadecimal thread id Gmail puts on the same heading; used when the permanent id is
 * missing. Shown: 2026 thread-with-reply. Last seen: 2026-12-02.
 */
export const THREAD_LEGACY_HEADING = 'h2[data-legacy-thread-id]';

/** The heading attributes above, in order of preference. */
export const THREAD_ID_ATTRIBUTES = ['data-thread-perm-id', 'data-legacy-thread-id'] as const;

/** The region holding the thread view (and an inline reply). Shown: 2026. Last seen: 2026-12-02. */
export const MAIN_REGION = '[role="main"]';

/**
 * One message of the thread, expanded or collapsed: the element carrying its id. Structural.
 * Shown: 2026 inline reply, 2026 thread-with-reply. Last seen: 2026-12-02.
 */
export const THREAD_MESSAGE = '[data-message-id]';

/**
 * The sender: the first element with an `email` attribute in a message, which is its header's
 * "from" (the "to me" details and any quoted addresses come after it). Shown: 2026.
 * Last seen: 2026-12-02.
 */
export const MESSAGE_SENDER = '[email]';

/**
 * The message's time, fallback: a span whose `title` holds the full local date ("Tue, Nov 24,
 * 2026, 10:15 AM"; Gmail's class is `g3`, not used). Read only when the message's ids carry no
 * time (see {@link MESSAGE_ID_ATTRIBUTES}). The first title that parses as an English date
 * wins; a localised title ("Mi., 25. Nov. 2026, 08:02") does not parse, so a message with
 * neither stays undated and is not counted. Minute precision. Shown: 2026 thread-with-reply,
 * 2026 thread-localised-dates. Last seen: 2026-12-02.
 */
export const MESSAGE_TIME = 'span[title]';

/**
 * A message's hexadecimal id ("18c2f3a9b0d1e2f3"), on the same element as its
 * `data-message-id`. Its leading bits are the time Gmail took the message in, in milliseconds
 * (lib/sites/gmail/thread-message-time.ts says where that was checked), so it dates a message
 * in any display language. Seen in public extension code reading thread views
 * (`div.adn.ads[data-legacy-message-id]`), 2023-2026. Shown: 2026 thread-with-reply, 2026
 * thread-localised-dates. Last seen: 2026-12-02.
 */
export const THREAD_MESSAGE_LEGACY = '[data-legacy-message-id]';

/**
 * The message element's id attributes, read for its time: the legacy hex id first, else
 * `data-message-id="#msg-f:<decimal>"` (the same number in decimal). `#msg-a:r…` ids (the CSM's
 * own, made in the page) carry no time. Last seen: 2026-12-02.
 */
export const MESSAGE_ID_ATTRIBUTES = {
  legacy: 'data-legacy-message-id',
  id: 'data-message-id',
} as const;

// ── After a send (new mail's conversation) ─────────────────────────────────────────────────

/**
 * The links of the "Message sent · Undo · View message" notice Gmail shows after a send:
 * `span#link_undo` and `span#link_vsm` inside the notice (`.vh`, not used). Their `param`
 * attribute names the sent message's conversation ("#thread-a:r-4302…" for one the CSM
 * started), the id its thread view's heading carries later (see {@link THREAD_HEADING}); the
 * part after a "|", when present, is not needed. Ids and `param` are structural (the link text
 * is localised). Seen in public code: test automation waiting for `#link_vsm` (2016-2024) and an
 * extension that rewrites the notice, copying Gmail's markup with `id="link_undo"
 * param="#thread-a:r-…"` (2023). Optional: without the notice, a new mail is simply not
 * followed for replies. Shown: 2026 new-mail-sent-notice. Last seen: 2026-12-02.
 */
export const SENT_NOTICE_LINK = '#link_vsm[param], #link_undo[param]';

// ── Not selectors ─────────────────────────────────────────────────────────────────────────

/**
 * Label prefixes (English, localised by Gmail) telling buttons apart. Compared after
 * normalizeLabel(); `send` must be followed by a non-letter so "Sending…" does not match.
 */
export const LABEL_PREFIXES = {
  send: /^Send(?![A-Za-z])/,
  discard: /^Discard(?![A-Za-z])/,
  scheduleSend: /^Schedule send/i,
} as const;

/** Selectors that exist only in newer Gmail: the meta-test wants them in a 2026 fixture. */
export const NEWER_GMAIL_ONLY: ReadonlySet<string> = new Set([
  'RECIPIENT_COMBOBOX',
  'TO_COMBOBOX_LABELLED',
  'RECIPIENT_CHIP',
  'SIGNATURE_PREFIX',
  'THREAD_HEADING',
  'THREAD_LEGACY_HEADING',
  'THREAD_MESSAGE',
  'THREAD_MESSAGE_LEGACY',
  'SENT_NOTICE_LINK',
]);

/** Every recipient field, old and new, in one query. */
export const RECIPIENT_FIELDS = [
  TO_TEXTAREA,
  CC_TEXTAREA,
  BCC_TEXTAREA,
  RECIPIENT_COMBOBOX,
  TO_COMBOBOX_LABELLED,
].join(', ');

/** Either hidden id input: marks the container that holds one compose's fields. */
export const COMPOSE_ID_INPUTS = `${DRAFT_ID_INPUT}, ${COMPOSE_ID_INPUT}`;
