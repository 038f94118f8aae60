import { DOMAIN_PATTERN, MAX_DOMAIN_LENGTH } from '../review/vocabulary';

/** The organisation side of each address, in punycode, deduplicated; malformed ones dropped. */
export function recipientDomains(addresses: readonly string[]): string[] {
  const domains = new Set<string>();
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at < 0) continue;
    let domain = address
      .slice(at + 1)
      .trim()
      .toLowerCase();
    try {
      domain = new URL(`http://${domain}`).hostname;
    } catch {
      continue;
    }
    if (DOMAIN_PATTERN.test(domain) && domain.length <= MAX_DOMAIN_LENGTH) domains.add(domain);
  }
  return [...domains];
}
