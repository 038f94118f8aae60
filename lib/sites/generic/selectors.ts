// The generic composer's default selector set: what any CS tool's e-mail composer looks like to
// Redline when no site-specific adapter exists. Each entry says which editor it is for, which
// fixture in test/fixtures/generic/ shows it, and when it was last checked against the editor's
// public documentation and code (no live capture of a customer's site is behind them). A team
// replaces this set for one site from the options page (lib/sites/generic/selector-set.ts).
import type { GenericSelectorSet } from './selector-set';

// ── Bodies ─────────────────────────────────────────────────────────────────────────────────

/**
 * Any editable region the page itself made editable. Structural and editor-agnostic: every
 * rich-text editor below renders one of these (an outermost one per editor; nested editable
 * islands such as a table cell widget are inside it). Shown: every fixture. Last seen: 2026-12-01.
 */
export const CONTENTEDITABLE =
  '[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]';

/** Multi-line plain-text composers (many helpdesk reply boxes). Shown: textarea. 2026-12-01. */
export const TEXTAREA = 'textarea';

/** Quill: the editor root. Shown: quill. Last seen: 2026-12-01 (Quill 2 docs). */
export const QUILL_EDITOR = '.ql-editor';
/** Quill's hidden paste catcher, contenteditable too: never a body. Shown: quill. 2026-12-01. */
export const QUILL_CLIPBOARD = '.ql-clipboard';
/** ProseMirror and TipTap (TipTap renders a ProseMirror view). Shown: prosemirror. 2026-12-01. */
export const PROSEMIRROR = '.ProseMirror';
/** CKEditor 5 editing root (classic, inline, balloon). Shown: ckeditor5, zendesk. 2026-12-01. */
export const CKEDITOR5 = '.ck-editor__editable';
/** Zendesk agent workspace's composer (CKEditor 5). Shown: zendesk. Last seen: 2026-12-01. */
export const ZENDESK_COMPOSER = '[data-test-id="omnicomposer-rich-text-ckeditor"]';
/** CKEditor 4 wysiwyg area: the iframe's `<body class="cke_editable">`. Shown: ckeditor4. */
export const CKEDITOR4_BODY = 'body.cke_editable';
/** TinyMCE's iframe body (`#tinymce.mce-content-body`). Shown: tinymce. Last seen: 2026-12-01. */
export const TINYMCE_BODY = 'body.mce-content-body';
/** Draft.js content root. Shown: draftjs. Last seen: 2026-12-01. */
export const DRAFTJS = '.public-DraftEditor-content';
/** Lexical root element. Shown: lexical. Last seen: 2026-12-01. */
export const LEXICAL = '[data-lexical-editor="true"]';
/** Froala editing element. Shown: froala. Last seen: 2026-12-01. */
export const FROALA = '.fr-element';

/** Every body kind, most specific first. */
export const BODY_SELECTORS = [
  ZENDESK_COMPOSER,
  CKEDITOR5,
  PROSEMIRROR,
  QUILL_EDITOR,
  DRAFTJS,
  LEXICAL,
  FROALA,
  CKEDITOR4_BODY,
  TINYMCE_BODY,
  CONTENTEDITABLE,
  TEXTAREA,
];

/**
 * Editable things that are never an e-mail body: Quill's clipboard, recipient and search
 * fields (comboboxes and single-line textboxes), read-only and hidden areas. 2026-12-01.
 */
export const NOT_BODY_SELECTORS = [
  QUILL_CLIPBOARD,
  '[role="combobox"]',
  '[role="searchbox"]',
  '[aria-multiline="false"]',
  '[aria-readonly="true"]',
  '[aria-hidden="true"]',
  'textarea[readonly]',
  'textarea[disabled]',
  '[name="to" i], [name="cc" i], [name="bcc" i]',
];

// ── Compose containers and fields ─────────────────────────────────────────────────────────

/**
 * Where one compose ends, when the page marks it: a dialog or a form. Without one, the compose
 * is the largest ancestor of the body that holds no other body. Shown: every fixture. 2026-12-01.
 */
export const ROOT_SELECTORS = ['[role="dialog"]', 'dialog', 'form'];

/** Subject fields by name, label or placeholder (English labels; name attributes are not). */
export const SUBJECT_SELECTORS = [
  'input[name*="subject" i]',
  'input[aria-label*="subject" i]',
  'input[placeholder*="subject" i]',
  'input[data-test-id*="subject" i]',
];

/** Recipient fields and chips; addresses are pulled from their values and text. 2026-12-01. */
export const RECIPIENT_SELECTORS = [
  'input[type="email"]',
  'input[name="to" i], input[name="cc" i], input[name="bcc" i]',
  'input[name*="recipient" i], textarea[name="to" i]',
  '[aria-label="To" i], [aria-label="Cc" i], [aria-label="Bcc" i]',
  '[data-email]',
];

/** Controls that Send and Discard are looked for among. */
export const CONTROL_SELECTORS = [
  'button',
  '[role="button"]',
  'input[type="submit"]',
  'input[type="button"]',
  'a[href]',
];

/** Quoted history and signatures marked in the DOM by common editors and mail tools. */
export const QUOTE_SELECTORS = ['blockquote[type="cite"]', '.gmail_quote', '#divRplyFwdMsg'];
export const SIGNATURE_SELECTORS = ['.signature', '[data-signature]', '#Signature'];

// ── Labels (data, not selectors) ───────────────────────────────────────────────────────────

/**
 * What a Send control's accessible name starts with, by language, lower-case. "Send" must not
 * match "Sending…" or "Sender": a label matches when it is the word, or the word followed by a
 * non-letter ("Send email", "Send (Ctrl+Enter)").
 */
export const SEND_LABELS = [
  'send', // en
  'send email',
  'send now',
  'reply', // helpdesks: "Reply" / "Submit as …" posts the message
  'submit',
  'senden', // de
  'absenden',
  'envoyer', // fr
  'enviar', // es, pt
  'invia', // it
  'verzenden', // nl
  'versturen',
  'skicka', // sv
  'lähetä', // fi
  'wyślij', // pl
  'odeslat', // cs
  'отправить', // ru
  'надіслати', // uk
  'gönder', // tr
  '送信', // ja
  '发送', // zh-Hans
  '傳送', // zh-Hant
  '보내기', // ko
  'إرسال', // ar
  'שלח', // he
];

/**
 * Labels that start like Send but do not send the e-mail to its recipients: "Send test email"
 * (Gainsight's email editor, HubSpot, Mailchimp) goes to the writer only. Checked first.
 */
export const NOT_SEND_LABELS = ['send test', 'send a test', 'send me a test', 'test senden'];

/** Discard / cancel controls, by language, lower-case. */
export const DISCARD_LABELS = [
  'discard',
  'cancel',
  'delete draft',
  'verwerfen',
  'abbrechen',
  'annuler',
  'supprimer',
  'descartar',
  'cancelar',
  'annulla',
  'elimina',
  'verwijderen',
  'annuleren',
  'avbryt',
  'kasta',
  'peruuta',
  'odrzuć',
  'anuluj',
  'zrušit',
  'отменить',
  'удалить',
  'скасувати',
  'vazgeç',
  'iptal',
  '破棄',
  'キャンセル',
  '放弃',
  '取消',
  '삭제',
  '취소',
  'إلغاء',
  'ביטול',
];

/** The default set, as data. */
export const DEFAULT_GENERIC_SELECTORS: GenericSelectorSet = {
  bodies: BODY_SELECTORS,
  notBodies: NOT_BODY_SELECTORS,
  roots: ROOT_SELECTORS,
  subject: SUBJECT_SELECTORS,
  recipients: RECIPIENT_SELECTORS,
  send: [],
  discard: [],
  quote: QUOTE_SELECTORS,
  signature: SIGNATURE_SELECTORS,
};
