/** unescapeXml as it was before the hand-written entity decoder (commit 9ff5310): the oracle. */
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function unescapeXml(s: string): string {
  if (s.indexOf('&') >= 0) {
    s = s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (m, e: string) => {
      if (e.charCodeAt(0) === 35 /* # */) {
        const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
        return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      const v = NAMED[e];
      return v === undefined ? m : v;
    });
  }
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}
