import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCaptureHandler, InvalidMessageError } from '@/lib/background/capture-handlers';
import { createDeleteEverythingHandler } from '@/lib/background/delete-everything';
import { ForbiddenSenderError, type SenderInfo } from '@/lib/background/sender-check';
import { createReviewEditHandler } from '@/lib/background/setup-review-edits';
import type { RedlineDb } from '@/lib/db/redline-db';
import { ReviewSiteMismatchError, UnknownReviewError } from '@/lib/reviews/capture-reducer';
import { createReviewEditService } from '@/lib/reviews/review-edit-service';
import { createReviewService } from '@/lib/reviews/review-service';
import { DEFAULT_SETTINGS } from '@/lib/settings/settings-schema';
import { captureScript, DRAFT } from '../support/capture-messages';
import { seededRandom } from '../support/review-factory';
import { dropDb, freshDb } from '../support/test-db';

const OWN_ID = 'redline-test-id';
const ORIGIN = 'chrome-extension://redline-test-id';
const GMAIL = { id: OWN_ID, url: 'https://mail.google.com/mail/u/0/', tab: { id: 1 } };
// The real review is Outlook's: no sender below may change it (a Gmail tab may only make its own).
const OUTLOOK = { id: OWN_ID, url: 'https://outlook.office.com/mail/', tab: { id: 9 } };
const SENDERS: SenderInfo[] = [
  GMAIL,
  { id: OWN_ID, url: 'https://evil.example/', tab: { id: 2 } },
  { id: OWN_ID, url: 'https://mail.google.com.evil.example/', tab: { id: 2 } },
  { id: OWN_ID, url: `${ORIGIN}/popup.html` },
  { id: 'another-extension', url: 'https://mail.google.com/', tab: { id: 3 } },
  { id: OWN_ID, url: 'https://mail.google.com/' },
  { id: OWN_ID, origin: 'null', url: 'about:blank', tab: { id: 4 } },
  {},
];
const CAPTURE_TYPES = [
  'draftSeen',
  'textChanged',
  'sent',
  'discarded',
  'untracked',
  'reason',
] as const;
const EDIT_TYPES = [
  'star',
  'note',
  'setTaskType',
  'setOutcome',
  'setRejectReason',
  'delete',
] as const;
const EXPECTED_REFUSALS = [
  InvalidMessageError,
  ForbiddenSenderError,
  UnknownReviewError,
  ReviewSiteMismatchError,
];

/** Random JSON-like values: every type, odd keys, deep nesting, big strings. */
function junk(random: () => number, depth = 0): unknown {
  const roll = random();
  if (depth > 3 || roll < 0.15)
    return [null, undefined, true, 0, -1, 1e308, NaN][Math.floor(random() * 7)];
  if (roll < 0.35)
    return ['', 'gmail', '\uD83D', 'x'.repeat(Math.floor(random() * 3000)), '__proto__'][
      Math.floor(random() * 5)
    ];
  if (roll < 0.5)
    return Array.from({ length: Math.floor(random() * 5) }, () => junk(random, depth + 1));
  const out: Record<string, unknown> = {};
  const keys = [
    'reviewId',
    'seq',
    'site',
    'at',
    'text',
    'draftText',
    'sentText',
    'subject',
    'confirm',
    'starred',
    'constructor',
    '__proto__',
  ];
  for (let i = 0; i < 1 + Math.floor(random() * 6); i++)
    out[keys[Math.floor(random() * keys.length)]!] = junk(random, depth + 1);
  return out;
}

/** A valid message with one thing wrong (or, now and then, nothing wrong). */
function mutated(random: () => number, base: Record<string, unknown>): unknown {
  const copy: Record<string, unknown> = { ...base };
  const keys = Object.keys(copy);
  const key = keys[Math.floor(random() * keys.length)]!;
  const roll = random();
  if (roll < 0.2) delete copy[key];
  else if (roll < 0.4) copy[key] = junk(random);
  else if (roll < 0.5)
    copy.site = ['outlook', 'demo', 'generic', 'gainsight'][Math.floor(random() * 4)];
  else if (roll < 0.6) copy.recipientDomains = Array.from({ length: 3000 }, (_, i) => `d${i}.com`);
  else if (roll < 0.65) copy.draftText = 'x'.repeat(2_000_001);
  else if (roll < 0.7) copy.seq = Number.MAX_SAFE_INTEGER + 2;
  return copy;
}

describe('10,000 forged or malformed messages', () => {
  let db: RedlineDb;
  beforeEach(async () => {
    db = await freshDb();
  });
  afterEach(() => dropDb(db));

  it('cause no privileged action and no crash; real captures still work afterwards', async () => {
    const service = createReviewService({ db, getSettings: async () => DEFAULT_SETTINGS });
    const capture = createCaptureHandler({ service, ownId: OWN_ID, extensionOrigin: ORIGIN });
    const edit = createReviewEditHandler({
      service: createReviewEditService({ db }),
      ownId: OWN_ID,
      extensionOrigin: ORIGIN,
    });
    const wipe = createDeleteEverythingHandler(db, OWN_ID, ORIGIN);

    // A real review, finished, that no forged message may touch.
    const real = captureScript();
    await capture('draftSeen', { ...real.draftSeen(), site: 'outlook' }, OUTLOOK);
    await capture('sent', { ...real.sent(DRAFT), site: 'outlook' }, OUTLOOK);
    const before = await db.reviews.get(real.reviewId);
    const outboxBefore = await db.outbox.count();

    const random = seededRandom(11);
    const unexpected: string[] = [];
    let accepted = 0;
    for (let i = 0; i < 10_000; i++) {
      const sender = SENDERS[Math.floor(random() * SENDERS.length)]!;
      const roll = random();
      let attempt: Promise<unknown>;
      if (roll < 0.6) {
        const type = CAPTURE_TYPES[Math.floor(random() * CAPTURE_TYPES.length)]!;
        // Aimed at the real review (forged updates) or at fresh ids.
        const script = captureScript(random() < 0.5 ? real.reviewId : undefined);
        const base =
          type === 'draftSeen'
            ? script.draftSeen()
            : type === 'sent'
              ? script.sent('changed')
              : script.discarded();
        attempt = capture(
          type,
          random() < 0.3 ? junk(random) : mutated(random, { ...base, seq: 1_000 + i }),
          sender,
        );
      } else if (roll < 0.9) {
        const type = EDIT_TYPES[Math.floor(random() * EDIT_TYPES.length)]!;
        const base = {
          reviewId: real.reviewId,
          starred: true,
          note: 'forged',
          taskType: 'risk',
          outcome: 'reject',
          rejectReason: null,
        };
        // Edits are fine from Redline's own pages; everything else must be refused.
        const from = sender.url?.startsWith(ORIGIN) ? SENDERS[0]! : sender;
        attempt = edit(type, random() < 0.5 ? junk(random) : mutated(random, base), from);
      } else {
        const from = sender.url?.startsWith(ORIGIN) ? SENDERS[1]! : sender;
        attempt = wipe(random() < 0.5 ? { confirm: 'delete everything' } : junk(random), from);
      }
      try {
        await attempt;
        accepted++;
      } catch (error) {
        if (!EXPECTED_REFUSALS.some((kind) => error instanceof kind)) {
          unexpected.push(`${(error as Error).name}: ${(error as Error).message.slice(0, 80)}`);
        }
      }
    }

    expect(unexpected).toEqual([]);
    // Forged messages reached the database only from a Gmail tab, and only as Gmail's own
    // reviews: the Outlook review is exactly as it was, its outbox entries too.
    expect(await db.reviews.get(real.reviewId)).toEqual(before);
    expect(await db.outbox.where('reviewId').equals(real.reviewId).count()).toBe(outboxBefore);
    expect(accepted).toBeGreaterThan(0);

    const next = captureScript();
    await capture('draftSeen', next.draftSeen(), GMAIL);
    await expect(capture('sent', next.sent(DRAFT), GMAIL)).resolves.toMatchObject({
      status: 'finished',
      outcome: 'approve',
    });
  }, 240_000);
});
