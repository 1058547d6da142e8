// How a mail client reads a mailto: link, for checking the links we build.
/** The subject and body a mail client would take from a mailto: link. */
export function readMailto(href: string): { address: string; subject: string; body: string } {
  const [address, query = ''] = href.replace(/^mailto:/, '').split('?');
  const params = Object.fromEntries(
    query.split('&').map((pair) => {
      const at = pair.indexOf('=');
      return [pair.slice(0, at), decodeURIComponent(pair.slice(at + 1))];
    }),
  );
  return { address, subject: params.subject ?? '', body: (params.body ?? '').replace(/\r\n/g, '\n') };
}
