import { cutText } from '../text/cut-text';
import { parseRetryAfter } from './backoff';
import {
  BatchResponseSchema,
  ErrorResponseSchema,
  WIRE_SCHEMA_VERSION,
  type ReviewResult,
  type WireReview,
} from './wire-format';

export type PostOutcome =
  | { kind: 'ok'; results: ReviewResult[] }
  /** The server named items it will never take (400 with ids): settle them, send the rest. */
  | { kind: 'invalid'; ids: string[]; reasons: Map<string, string>; message: string }
  | { kind: 'too-large' }
  | { kind: 'retry'; message: string; retryAfterMs: number | null };

export interface PostDeps {
  fetch: typeof fetch;
  now: () => number;
  timeoutMs: number;
}

async function errorBody(response: Response) {
  try {
    const parsed = ErrorResponseSchema.safeParse(await response.json());
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The server's issues (`reviews.3.metrics.editRate`) per review id, in words. */
function reasonsById(
  reviews: WireReview[],
  issues: readonly { path: string; message: string }[],
): Map<string, string> {
  const words = new Map<string, string[]>();
  for (const issue of issues) {
    const match = /^reviews\.(\d+)(?:\.(.*))?$/.exec(issue.path);
    const id = match ? reviews[Number(match[1])]?.id : undefined;
    if (!id) continue;
    words.set(id, [...(words.get(id) ?? []), `${match![2] ?? 'review'}: ${issue.message}`]);
  }
  return new Map(
    [...words].map(([id, list]) => [
      id,
      `The server refused it: ${cutText(list.slice(0, 2).join('; '), 300)}`,
    ]),
  );
}

/** One POST of one batch, its answer turned into what the sender does next, in words. */
export async function postBatch(
  endpoint: string,
  token: string,
  reviews: WireReview[],
  { fetch, now, timeoutMs }: PostDeps,
): Promise<PostOutcome> {
  const host = new URL(endpoint).host;
  let response: Response;
  try {
    response = await fetch(`${endpoint}/v1/reviews`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ schemaVersion: WIRE_SCHEMA_VERSION, reviews }),
      signal: AbortSignal.timeout(timeoutMs),
      credentials: 'omit',
    });
  } catch (error) {
    const timedOut = (error as Error).name === 'TimeoutError';
    return {
      kind: 'retry',
      retryAfterMs: null,
      message: timedOut
        ? `${host} did not answer within ${Math.round(timeoutMs / 1000)} s.`
        : `Could not reach ${host}: is the server running, and does it allow this extension (CORS)?`,
    };
  }
  const retryAfterMs = parseRetryAfter(response.headers.get('retry-after'), now());
  if (response.ok) {
    try {
      const parsed = BatchResponseSchema.safeParse(await response.json());
      if (parsed.success) return { kind: 'ok', results: parsed.data.results };
    } catch {
      // Falls through: an unreadable answer is retried like any failure.
    }
    return {
      kind: 'retry',
      retryAfterMs,
      message: `${host} answered in a form Redline does not understand.`,
    };
  }
  const body = await errorBody(response);
  // The server's words, but never a page of them in the popup.
  const said = body ? ` ${cutText(body.message, 300)}` : '';
  switch (response.status) {
    case 400: {
      const ours = new Set(reviews.map((r) => r.id));
      const ids = (body?.ids ?? []).filter((id) => ours.has(id));
      const message = `The server refused reviews as invalid.${said}`;
      return ids.length > 0
        ? { kind: 'invalid', ids, reasons: reasonsById(reviews, body?.issues ?? []), message }
        : { kind: 'retry', retryAfterMs, message };
    }
    case 401:
      return {
        kind: 'retry',
        retryAfterMs,
        message: `The access token was refused (401): check it in Redline's options.${said}`,
      };
    case 403:
      return {
        kind: 'retry',
        retryAfterMs,
        message: `This token may not send these reviews (403): check the CSM id in Redline's options.${said}`,
      };
    case 413:
      return { kind: 'too-large' };
    case 429:
      return {
        kind: 'retry',
        retryAfterMs,
        message: `${host} asked Redline to slow down (429); it will retry.`,
      };
    default:
      return {
        kind: 'retry',
        retryAfterMs,
        message: `${host} failed (${response.status}); Redline will retry.${said}`,
      };
  }
}
