import { MyCoverageSchema, type CsmCoverage } from '../book/coverage-format';
import type { SyncConfig } from '../settings/sync-settings-item';

/** What the popup shows about the CSM's book: nothing, their coverage, or why it cannot. */
export type MyCoverageResult =
  /** Sync is off or not set up, or the backend has no book for this CSM: show nothing. */
  | { state: 'none' }
  | { state: 'ready'; coverage: CsmCoverage; benchmark: number; windowDays: number }
  | { state: 'unreachable'; message: string };

/**
 * The CSM's own account coverage from the team backend (`GET /v1/me/coverage`), asked by the
 * background with the stored token: the popup never holds it.
 */
export async function fetchMyCoverage(
  config: SyncConfig,
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<MyCoverageResult> {
  if (!config.ready) return { state: 'none' };
  const host = new URL(config.endpoint).host;
  const unreachable = (why: string): MyCoverageResult => ({
    state: 'unreachable',
    message: `Your account coverage is not available: ${why}`,
  });
  let response: Response;
  try {
    response = await fetchFn(`${config.endpoint}/v1/me/coverage`, {
      headers: { authorization: `Bearer ${config.token}` },
      signal: AbortSignal.timeout(15_000),
      credentials: 'omit',
    });
  } catch {
    return unreachable(`the team backend (${host}) cannot be reached.`);
  }
  if (response.status === 401) return unreachable(`${host} does not know this access token.`);
  // A backend from before the book of business has no such route: nothing to show.
  if (response.status === 404) return { state: 'none' };
  if (!response.ok) return unreachable(`${host} answered with an error (${response.status}).`);
  const parsed = MyCoverageSchema.safeParse(await response.json().catch(() => null));
  if (!parsed.success) return unreachable(`${host} answered, but not like a Redline backend.`);
  const { coverage, benchmark, windowDays } = parsed.data;
  if (coverage.accounts === 0) return { state: 'none' };
  return { state: 'ready', coverage, benchmark, windowDays };
}
