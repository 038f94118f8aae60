import { randomUUID } from 'node:crypto';
import type { StoredReview } from '@/lib/db/records';
import { OUTCOMES, TASK_TYPES, type Outcome } from '@/lib/review/vocabulary';
import { dayKey, weekKey } from '@/lib/time/calendar';

/** A deterministic pseudo-random generator so generated data sets are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function openReview(overrides: Partial<StoredReview> = {}): StoredReview {
  const draftSeenAt = overrides.draftSeenAt ?? Date.UTC(2026, 10, 20, 10);
  return {
    id: randomUUID(),
    site: 'gmail',
    source: 'paste',
    status: 'open',
    draftSeenAt,
    updatedAt: draftSeenAt,
    endedAt: null,
    endReason: null,
    activeMs: 0,
    keystrokes: 0,
    taskMs: null,
    subject: 'Quarterly business review',
    recipientDomains: ['acme.com'],
    recipientAddresses: [],
    taskType: 'qbr',
    taskTypeSource: 'guessed',
    outcome: null,
    outcomeSource: 'computed',
    metrics: null,
    draftText: 'Hi Ana, here is the agenda for our review.',
    currentText: 'Hi Ana, here is the agenda for our review.',
    sentText: null,
    rejectReason: null,
    starred: false,
    note: '',
    revision: 1,
    captureSeq: 1,
    day: null,
    week: null,
    sentWeek: null,
    ...overrides,
  };
}

/** A finished review with consistent derived fields (day, week, task time). */
export function finishedReview(
  outcome: Outcome,
  endedAt: number,
  overrides: Partial<StoredReview> = {},
): StoredReview {
  const base = openReview(overrides);
  const taskMs = overrides.taskMs ?? 10 * 60_000;
  const discarded = overrides.sentText === null;
  const sentText = discarded ? null : (overrides.sentText ?? base.draftText);
  return {
    ...base,
    status: 'finished',
    draftSeenAt: endedAt - taskMs,
    endedAt,
    endReason: discarded ? 'discarded' : 'sent',
    taskMs,
    outcome,
    metrics: {
      draftWords: 10,
      sentWords: 10,
      wordsAdded: outcome === 'approve' ? 0 : 3,
      wordsRemoved: outcome === 'approve' ? 0 : 3,
      wordsKept: outcome === 'approve' ? 10 : 7,
      editRate: outcome === 'approve' ? 0 : 0.6,
      retention: outcome === 'approve' ? 1 : 0.7,
      diffMode: 'word',
      spacingOnly: false,
    },
    sentText,
    currentText: sentText ?? base.draftText,
    day: dayKey(endedAt),
    week: weekKey(endedAt),
    sentWeek: discarded ? null : weekKey(endedAt),
    ...(overrides.status ? { status: overrides.status } : {}),
  };
}

/**
 * `count` finished reviews spread over the `days` days before `now`, with varied outcomes, task
 * types, recipient organisations and times — the shape of a real CSM's year.
 */
export function generateReviews(
  count: number,
  now: number,
  days: number,
  seed = 42,
): StoredReview[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const reviews: StoredReview[] = [];
  for (let i = 0; i < count; i++) {
    const endedAt = now - Math.floor(random() * days * 86_400_000);
    const outcome = random() < 0.7 ? 'approve' : pick(OUTCOMES);
    const discarded = outcome === 'reject' && random() < 0.5;
    reviews.push(
      finishedReview(outcome, endedAt, {
        taskType: pick(TASK_TYPES),
        taskMs: Math.floor(60_000 + random() * 60 * 60_000),
        activeMs: Math.floor(random() * 20 * 60_000),
        recipientDomains: [`customer${Math.floor(random() * 300)}.com`],
        ...(discarded ? { sentText: null } : {}),
      }),
    );
  }
  return reviews;
}
