import * as z from 'zod/mini';
import { cutText } from '../text/cut-text';

/**
 * Team sync settings, apart from the capture settings so the options page can change one without
 * racing the other. The access token is not here: it has its own item (see sync-settings-item).
 */
export const SyncSettingsSchema = z.object({
  /** Base URL of the team backend, e.g. `https://redline.example.com`; empty = sync off. */
  endpoint: z.string().check(z.maxLength(2000)),
  /** The CSM id the team's admin gave this CSM's token; every synced review carries it. */
  csmId: z.string().check(z.maxLength(64)),
  csmName: z.string().check(z.maxLength(200)),
});
export type SyncSettings = z.infer<typeof SyncSettingsSchema>;

export const DEFAULT_SYNC_SETTINGS: SyncSettings = { endpoint: '', csmId: '', csmName: '' };

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export type EndpointCheck = { ok: true; url: string } | { ok: false; message: string };

/**
 * Review text goes only to this address, so it must be encrypted in transit: `https`, except
 * plain `http` to this machine (a backend a CSM or a test runs locally).
 */
export function checkEndpoint(raw: string): EndpointCheck {
  const input = raw.trim();
  if (!input)
    return { ok: false, message: 'Enter the sync endpoint, e.g. https://redline.example.com.' };
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    return { ok: false, message: `"${cutText(input, 80)}" is not a web address.` };
  }
  if (url.protocol === 'http:' && !LOOPBACK_HOSTS.has(url.hostname)) {
    return {
      ok: false,
      message: 'The endpoint must use https (plain http only for localhost or 127.0.0.1).',
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return { ok: false, message: 'The endpoint must be an https address.' };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'Put the access token in its own field, not in the address.' };
  }
  if (url.search || url.hash)
    return { ok: false, message: 'The endpoint cannot have ?query or #fragment.' };
  return { ok: true, url: `${url.origin}${url.pathname.replace(/\/+$/, '')}` };
}
