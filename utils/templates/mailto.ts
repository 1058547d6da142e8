/**
 * mailto: links that mail clients read alike: subject and body percent-encoded (`%20` for spaces, never
 * `+`), line breaks as `%0D%0A`. Some clients and browsers cut links of more than about 2,000 characters,
 * so a longer message gets a short body that says the whole text was copied.
 */
export const MAILTO_LIMIT = 2000;

export interface Mailto {
  href: string;
  /** The body in the link is the short one: the whole message must be copied for pasting. */
  shortened: boolean;
}

function encode(text: string): string {
  return encodeURIComponent(text.replace(/\r?\n/g, '\r\n'));
}

export function buildMailto(address: string, subject: string, body: string, shortBody: string): Mailto {
  const href = `mailto:${address}?subject=${encode(subject)}&body=${encode(body)}`;
  if (href.length <= MAILTO_LIMIT) return { href, shortened: false };
  // A subject can be long too: keep it within a fifth of the limit, cut at a word.
  let short = subject;
  while (encode(short).length > MAILTO_LIMIT / 5) short = short.replace(/\s*\S+\s*$/, '') || short.slice(0, -1);
  if (short !== subject) short = `${short}…`;
  return { href: `mailto:${address}?subject=${encode(short)}&body=${encode(shortBody)}`, shortened: true };
}
