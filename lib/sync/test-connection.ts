import { checkEndpoint } from '../settings/sync-settings-schema';
import { WhoAmISchema } from './wire-format';

export type ConnectionCheck = { ok: true; message: string } | { ok: false; message: string };

/**
 * "Test connection" on the options page: reaches `GET {endpoint}/v1/me` with the token and says
 * in words what is wrong — address, network/CORS, token, role, or a CSM id that does not match.
 */
export async function testConnection(
  input: { endpoint: string; token: string; csmId: string },
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<ConnectionCheck> {
  const endpoint = checkEndpoint(input.endpoint);
  if (!endpoint.ok) return endpoint;
  if (!input.token.trim())
    return { ok: false, message: 'Enter the access token your admin gave you.' };
  const host = new URL(endpoint.url).host;
  let response: Response;
  try {
    response = await fetchFn(`${endpoint.url}/v1/me`, {
      headers: { authorization: `Bearer ${input.token.trim()}` },
      signal: AbortSignal.timeout(15_000),
      credentials: 'omit',
    });
  } catch {
    return {
      ok: false,
      message: `Could not reach ${host}. Check the address, that the server is running, and that it answers CORS for browser extensions.`,
    };
  }
  if (response.status === 401)
    return { ok: false, message: `${host} does not know this access token (or it was revoked).` };
  if (response.status === 404)
    return { ok: false, message: `${host} answered, but it is not a Redline backend (no /v1/me).` };
  if (!response.ok)
    return { ok: false, message: `${host} answered with an error (${response.status}).` };
  const me = WhoAmISchema.safeParse(await response.json().catch(() => null));
  if (!me.success)
    return { ok: false, message: `${host} answered, but not like a Redline backend.` };
  if (me.data.role !== 'csm') {
    return {
      ok: false,
      message:
        'This is a manager token: it can read the team view but cannot send reviews. Ask for a CSM token.',
    };
  }
  if (me.data.csmId !== input.csmId.trim()) {
    return {
      ok: false,
      message: `This token belongs to CSM id "${me.data.csmId}", not "${input.csmId.trim()}". Use that id.`,
    };
  }
  return { ok: true, message: `Connected to ${host} as ${me.data.displayName ?? me.data.csmId}.` };
}
