/**
 * Name comparison for matching PK programs to DPA rows. Mirrors
 * namesMatch of src/core/codes (level prefixes, case and punctuation ignored).
 */
const PREFIX = /^(sub\s+kegiatan|kegiatan|program)\s+/;

export function normalizeName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(PREFIX, '')
    .trim();
}

export function sameName(a: string, b: string): boolean {
  const x = normalizeName(a);
  return x.length > 0 && x === normalizeName(b);
}
