import { checkEndpoint } from '../settings/sync-settings-schema';
import { WhoAmISchema, type WhoAmI } from './wire-format';

export type ConnectionField = 'endpoint' | 'token';

export type ConnectionCheck =
  | { ok: true; message: string; me: WhoAmI & { csmId: string }; endpoint: string }
  /** `field`: the input the message is about, when it is about one. */
  | { ok: false; message: string; field?: ConnectionField };

/** "Ana Lima (ana), team Acme CS": who a token speaks for, in words. */
export function describeIdentity(me: Pick<WhoAmI, 'csmId' | 'displayName' | 'team'>): string {
  const who = me.displayName ? `${me.displayName} (${me.csmId})` : `CSM ${me.csmId}`;
  return me.team ? `${who}, team ${me.team}` : who;
}

/**
 * Connecting with the token alone: `GET {endpoint}/v1/me` says whose token it is (CSM id, name,
 * team), and what is wrong otherwise, in words — address, network/CORS, token or role. A CSM id
 * fixed elsewhere (browser policy) must match the token's.
 */
export async function testConnection(
  input: { endpoint: string; token: string; csmId?: string },
  fetchFn: typeof fetch = (...args) => fetch(...args),
): Promise<ConnectionCheck> {
  const endpoint = checkEndpoint(input.endpoint);
  if (!endpoint.ok) return { ...endpoint, field: 'endpoint' };
  const token = input.token.trim();
  if (!token)
    return { ok: false, field: 'token', message: 'Enter the access token your admin gave you.' };
  const host = new URL(endpoint.url).host;
  let response: Response;
  try {
    response = await fetchFn(`${endpoint.url}/v1/me`, {
      headers: { authorization: `Bearer ${token}` },
      signal: AbortSignal.timeout(15_000),
      credentials: 'omit',
    });
  } catch {
    return {
      ok: false,
      field: 'endpoint',
      message: `Could not reach ${host}. Check the address, that the server is running, and that it answers CORS for browser extensions.`,
    };
  }
  if (response.status === 401)
    return {
      ok: false,
      field: 'token',
      message: `${host} does not know this access token (or it was revoked).`,
    };
  if (response.status === 404)
    return {
      ok: false,
      field: 'endpoint',
      message: `${host} answered, but it is not a Redline backend (no /v1/me).`,
    };
  if (response.status === 429)
    return { ok: false, message: `${host} asks to slow down (429); try again in a minute.` };
  if (!response.ok)
    return { ok: false, message: `${host} answered with an error (${response.status}).` };
  const me = WhoAmISchema.safeParse(await response.json().catch(() => null));
  if (!me.success)
    return {
      ok: false,
      field: 'endpoint',
      message: `${host} answered, but not like a Redline backend.`,
    };
  if (me.data.role !== 'csm' || !me.data.csmId) {
    return {
      ok: false,
      field: 'token',
      message:
        'This is a manager token: it can read the team view but cannot send reviews. Ask for a CSM token.',
    };
  }
  const fixed = input.csmId?.trim();
  if (fixed && me.data.csmId !== fixed) {
    return {
      ok: false,
      field: 'token',
      message: `This token belongs to CSM id "${me.data.csmId}", not "${fixed}" as set for this browser.`,
    };
  }
  const who = { ...me.data, csmId: me.data.csmId };
  return {
    ok: true,
    me: who,
    endpoint: endpoint.url,
    message: `Connected to ${host} as ${describeIdentity(who)}.`,
  };
}
