import { randomUUID } from 'node:crypto';
import type { WireDelete, WireUpsert } from '../../../lib/sync/wire-format';

/** A valid finished review on the wire, for `csmId`; override any field. */
export function wireReview(csmId: string, overrides: Partial<WireUpsert> = {}): WireUpsert {
  const endedAt = overrides.endedAt ?? Date.UTC(2026, 10, 20, 10);
  return {
    op: 'upsert',
    id: randomUUID(),
    revision: 1,
    csmId,
    site: 'gmail',
    source: 'paste',
    outcome: 'edit',
    outcomeSource: 'computed',
    endReason: 'sent',
    taskType: 'qbr',
    taskTypeSource: 'guessed',
    subject: 'QBR agenda',
    draftText: 'Hi Ana, here is the agenda for our review.',
    sentText: 'Hi Ana, here is our agenda for the review on Friday.',
    recipientDomains: ['acme.com'],
    recipientAddresses: [],
    draftSeenAt: endedAt - 600_000,
    endedAt,
    updatedAt: endedAt,
    taskMs: 600_000,
    activeMs: 120_000,
    keystrokes: 40,
    metrics: {
      draftWords: 9,
      sentWords: 11,
      wordsAdded: 4,
      wordsRemoved: 2,
      wordsKept: 7,
      editRate: 6 / 9,
      retention: 7 / 9,
      diffMode: 'word',
      spacingOnly: false,
    },
    starred: false,
    note: '',
    rejectReason: null,
    day: '2026-11-20',
    week: '2026-11-16',
    ...overrides,
  };
}

export function wireDelete(csmId: string, id: string, revision: number): WireDelete {
  return { op: 'delete', id, revision, csmId };
}

export async function postBatch(
  url: string,
  token: string | null,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: unknown; headers: Headers }> {
  const response = await fetch(`${url}/v1/reviews`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Left as text: the test that gets here fails on its shape check.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}
