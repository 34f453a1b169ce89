/**
 * Splits text that lists several numbers: "100, 2, 16, 70, 5", "304 / 18",
 * "9 3 5 300", one number per line. A comma followed by a space separates
 * parts; a comma between digits ("80,34") is a decimal comma.
 */
import { normalizeText, skipRupiah } from './text';

export type Pieces =
  | { kind: 'pieces'; pieces: string[] }
  /** "116 134": space-separated 3-digit groups, either one number or a list. */
  | { kind: 'spaced'; text: string };

const NUMERIC_TOKEN = /^[-+]?\d+(?:[.,]\d+)*[.,]?$/;

function splitSpaces(piece: string): string[] | 'spaced' {
  const tokens = piece.split(/\s+/).filter((t) => t.length > 0);
  if (tokens.length < 2 || !tokens.every((t) => NUMERIC_TOKEN.test(t))) return [piece];
  // "521. 909.250": a separator next to the space joins, it does not list.
  if (tokens.slice(0, -1).some((t) => /[.,]$/.test(t))) return [piece];
  const [first, ...rest] = tokens;
  if (/^[1-9]\d{0,2}$/.test(first) && rest.every((t) => /^\d{3}$/.test(t))) return 'spaced';
  return tokens;
}

export function splitComposite(text: string): Pieces {
  const plain = plainPiece(text);
  return plain !== undefined ? { kind: 'pieces', pieces: [plain] } : splitCompositeSlow(text);
}

/**
 * The one piece of a text that cannot list anything, or undefined (the slow
 * path decides): after ASCII spaces at either end, an optional "Rp"/"Rp." and
 * spaces, then only digits and . , % + - with something there and no "," at
 * the end, maybe with spaces between a digit and a final "%". Such text has
 * no line break, ";", "/" or ", " to split at; the only inner spaces follow
 * "Rp" or come before the final "%", neither a numeric token, so splitSpaces
 * keeps it whole; and normalizeText only trims it.
 */
function plainPiece(text: string): string | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let start = 0;
  while (start < end && text.charCodeAt(start) === 32) start++;
  let i = skipRupiah(text, start, end);
  if (i < 0) return undefined;
  let c: number;
  if (i === end || text.charCodeAt(end - 1) === 44) return undefined;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    // 0-9 . , % + -
    if ((c >= 48 && c <= 57) || c === 46 || c === 44 || c === 37 || c === 43 || c === 45) continue;
    // Spaces between a digit and a closing "%" ("85,44 %"): "%" is not a numeric token either.
    if (c !== 32 || !isDigit(text.charCodeAt(i - 1)) || text.charCodeAt(end - 1) !== 37) return undefined;
    while (text.charCodeAt(i) === 32) i++;
    if (i !== end - 1) return undefined;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The original splitter, every form (also the oracle of the fast path's tests). */
export function splitCompositeSlow(text: string): Pieces {
  let s = normalizeText(text);
  // "Rp 1.000, -": the dash closes the amount, the comma does not list.
  s = s.replace(/(\d)\s*,\s+-+(?=[ ]*(?:\r?\n|$))/g, '$1,-');
  // "9, 50, 3, 5, 7., 17, 12,": a trailing separator lists nothing.
  s = s.replace(/[\s,;]+$/, '');
  const pieces: string[] = [];
  for (const rawLine of s.split(/\r?\n/)) {
    const line = rawLine.trim().replace(/[\s,;]+$/, '');
    if (line === '') continue;
    for (const part of line.split(/,\s+|\s*;\s*/)) {
      for (const sub of part.split(/(?<=\d)\s*\/\s*(?=[-+]?\d)/)) {
        const piece = sub.trim();
        const split = splitSpaces(piece);
        if (split === 'spaced') return { kind: 'spaced', text: s };
        pieces.push(...split);
      }
    }
  }
  return { kind: 'pieces', pieces };
}
