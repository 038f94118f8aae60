// Gainsight NXT (*.gainsightcloud.com): the generic composer with a Gainsight default set.
// No public reference describes Gainsight's editor DOM. Its documentation (support.gainsight.com,
// read 2026-12-01) describes where CSMs write: Cockpit email tasks ("Validate email" opens an
// "Edit Email" dialog with To, subject, a rich-text body and Send), Send Email from a CTA with a
// template, Email Assist, Group Send (a sent Group Send can be recalled within two minutes) and
// Timeline entries. So this set is the generic one, narrowed to what those screens share: a
// dialog or a form around To, Subject, body and Send, minus the "Send Test Email" button those
// screens also show, which is not a send. A team that sees a miss replaces any field
// from the options page (README: "When Redline misses a composer").
// Fixture: test/fixtures/generic/2026-12-01-gainsight-edit-email.html (reconstructed from the
// documentation above, not a capture).
import { DEFAULT_GENERIC_SELECTORS } from '@/lib/sites/generic/selectors';
import type { GenericSelectorSet } from '@/lib/sites/generic/selector-set';

/** The "Edit Email" dialog and the CTA "Send Email" panel. Last seen: 2026-12-01 (docs). */
export const GAINSIGHT_ROOTS = ['[role="dialog"]', 'dialog', 'form', '.modal-content'];

// "Send Test Email" (sends the draft to the CSM only) is never a send: NOT_SEND_LABELS in the
// generic set covers it for every site.

/** Timeline's activity editor and Email Assist's prompt box are not e-mail bodies. 2026-12-01. */
export const GAINSIGHT_NOT_BODIES = [
  ...DEFAULT_GENERIC_SELECTORS.notBodies,
  '[aria-label*="prompt" i]',
  '[placeholder*="prompt" i]',
];

export const GAINSIGHT_SELECTORS: GenericSelectorSet = {
  ...DEFAULT_GENERIC_SELECTORS,
  roots: GAINSIGHT_ROOTS,
  notBodies: GAINSIGHT_NOT_BODIES,
};
