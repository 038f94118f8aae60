import { isPublicMailboxDomain } from '../../../lib/metrics/public-mailbox-domains';

export const DOMAIN_FORM = 'Expected an e-mail domain such as acme.com or eu.acme.com.';

const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

/**
 * An account's domain in lower case, or why it is not one. Public mailbox providers are refused:
 * a gmail.com address is a person, so it would mark every account that shares it as covered.
 */
export function checkDomain(
  raw: string,
): { ok: true; domain: string } | { ok: false; why: string } {
  const domain = raw.trim().toLowerCase().replace(/^@/, '').replace(/\.$/, '');
  const labels = domain.split('.');
  const valid =
    domain.length <= 253 &&
    labels.length >= 2 &&
    labels.every((label) => LABEL.test(label)) &&
    /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/.test(labels.at(-1)!);
  if (!valid) return { ok: false, why: `"${shown(raw)}" is not a domain. ${DOMAIN_FORM}` };
  if (isPublicMailboxDomain(domain))
    return {
      ok: false,
      why: `${domain} is a public mailbox provider, not an account's domain. ${DOMAIN_FORM}`,
    };
  return { ok: true, domain };
}

/** A cell as it may be quoted back in a message: short, on one line. */
export function shown(value: string, max = 60): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
}
