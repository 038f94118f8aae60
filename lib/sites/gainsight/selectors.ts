// Gainsight NXT (*.gainsightcloud.com): the generic composer with a Gainsight default set.
// No public reference describes Gainsight's editor DOM. Its documentation (support.gainsight.com,
// read 2026-12-01) describes where CSMs write: Cockpit email tasks ("Validate email" opens an
// "Edit Email" dialog with To, subject, a rich-text body and Send), Send Email from a CTA with a
// template, Email Assist, Group Send (a sent Group Send can be recalled within two minutes) and
// Timeline entries. So this set is the generic one (lib/sites/generic/selectors.ts, whose
// constants the site meta-test checks for Gainsight too), narrowed to what those screens share:
// a dialog or a form around To, Subject, body and Send, minus Email Assist's prompt box. "Send
// Test Email" (to the CSM only) is never a send: NOT_SEND_LABELS covers it for every site. A
// team that sees a miss replaces any field from the options page (README: "When Redline misses
// a composer").
// Fixtures (test/fixtures/generic/, reconstructed from the documentation above, not captures):
// 2026-12-01-gainsight-edit-email.html, 2026-12-01-gainsight-cta-send-email.html.
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';
import type { GenericSelectorSet } from '@/lib/sites/generic/selector-set';

/** Cockpit's "Edit Email" dialog. Shown: gainsight-edit-email. Last seen: 2026-12-01 (docs). */
export const GAINSIGHT_EDIT_EMAIL_DIALOG = '[role="dialog"], dialog, .modal-content';
/** The CTA's "Send Email" panel: a form. Shown: gainsight-cta-send-email. 2026-12-01 (docs). */
export const GAINSIGHT_SEND_EMAIL_FORM = 'form';
/**
 * Email Assist's prompt box (the CSM asks for a draft there; it is not the e-mail). Shown:
 * gainsight-cta-send-email. Last seen: 2026-12-01 (docs).
 */
export const GAINSIGHT_PROMPT_BOX = '[aria-label*="prompt" i], [placeholder*="prompt" i]';

export const GAINSIGHT_SELECTORS: GenericSelectorSet = {
  ...DEFAULT_GENERIC_SELECTORS,
  roots: [GAINSIGHT_EDIT_EMAIL_DIALOG, GAINSIGHT_SEND_EMAIL_FORM],
  notBodies: [...DEFAULT_GENERIC_SELECTORS.notBodies, GAINSIGHT_PROMPT_BOX],
};
