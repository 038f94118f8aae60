// Pragmatic, not RFC 5322: enough to pull addresses out of "Name <a@b.com>, c@d.org".
const EMAIL =
  /[\w.!#$%&'*+/=?^`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+/g;

/** Lower-case addresses found in `text`, in order (duplicates kept). */
export function extractEmails(text: string): string[] {
  return (text.match(EMAIL) ?? []).map((address) => address.toLowerCase());
}
