const DOMAIN = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/;

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
    if (DOMAIN.test(domain) && domain.length <= 253) domains.add(domain);
  }
  return [...domains];
}
