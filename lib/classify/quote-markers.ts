// Lines that start the part of an e-mail nobody reviewed: the automatic signature and the
// quoted history of the thread. Kept as data so a new client or language is one line here.
// Patterns run on one line with its ends trimmed, after curly quotes were folded to straight.

/** RFC 3676 signature delimiter: `-- ` alone on its line; many composers drop the space. */
export const SIGNATURE_DELIMITER = /^--$/;

/**
 * Reply headers of the common clients, by language. Headers are one sentence; Gmail sometimes
 * wraps a long one onto a second line, which the caller handles by also trying two lines joined.
 */
export const QUOTE_HEADERS: readonly RegExp[] = [
  /^On\s.+\swrote:$/, // English: "On Mon, 3 Nov 2025 at 10:02, Ana <a@x.com> wrote:"
  /^Am\s.+\sschrieb\s.+:$/, // German: "Am 03.11.2025 um 10:02 schrieb Ana <a@x.com>:"
  /^Le\s.+\sa\sécrit\s?:$/, // French: "Le lun. 3 nov. 2025 à 10:02, Ana <a@x.com> a écrit :"
  /^El\s.+\sescribió:$/, // Spanish: "El lun, 3 nov 2025 a las 10:02, Ana (<a@x.com>) escribió:"
  /^Em\s.+\sescreveu:$/, // Portuguese
  /^Il\s.+\sha\sscritto:$/, // Italian
  /^Op\s.+\sschreef\s.+:$/, // Dutch
];

/** Outlook's plain-text forward/reply separator, in the languages above. */
export const ORIGINAL_MESSAGE =
  /^-{2,}\s*(?:Original Message|Ursprüngliche Nachricht|Message d'origine|Mensaje original|Mensagem original|Messaggio originale|Oorspronkelijk bericht)\s*-{2,}$/i;

/** Outlook's header block: a From line followed closely by a Sent/Date line. */
export const OUTLOOK_FROM = /^(?:From|Von|De|Da|Van)\s?:/;
export const OUTLOOK_SENT =
  /^(?:Sent|Date|Gesendet|Datum|Envoyé|Date d'envoi|Enviado|Fecha|Inviato|Data|Verzonden)\s?:/;
/** How many lines after From the Sent line may come (Outlook puts it right after). */
export const OUTLOOK_HEADER_SPAN = 3;

/** Outlook puts a rule of underscores above its header block; it goes with the block. */
export const UNDERSCORE_RULE = /^_{8,}$/;

/** A line quoted with `>` (plain-text replies, including nested `> >`). */
export const QUOTED_LINE = /^>/;

/** Header lines are short; testing only short lines keeps a 1 MB single-line paste linear. */
export const MAX_HEADER_LINE = 400;
