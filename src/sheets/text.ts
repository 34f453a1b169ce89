/** Cell text helpers shared by header recognition and model building. */
import type { Cell } from '../grid/types';
import { isSpaceCode } from '../core/chars';

/** The text a user sees in a cell (numbers as JavaScript prints them). */
export function cellText(cell: Cell | undefined): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's':
      return cell.v;
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    default:
      return String(cell.v);
  }
}

export function isBlank(cell: Cell | undefined): boolean {
  if (!cell) return true;
  if (cell.t !== 's') return false;
  const v = cell.v;
  if (v.length === 0) return true;
  // Most texts start with a visible character: settled without a trimmed copy
  // (below U+1680 the only white space trim() knows are controls, space and U+00A0).
  const first = v.charCodeAt(0);
  if (first > 32 && first !== 160 && first < 0x1680) return false;
  return v.trim() === '';
}

const NON_WORD = /[^a-z0-9%]+/g;
const PERCENT = /%/g;
const SPACED_LETTERS = /^(?:[a-z] ){2,}[a-z]$/;
const SPACES = / /g;

/**
 * Lower case, punctuation to single spaces, "%" kept as its own token and
 * letter-spaced words ("J U M L A H") joined, so synonyms compare equal
 * whatever the typist did with case, dots and slashes.
 */
export function norm(text: string): string {
  let s = text.toLowerCase().replace(PERCENT, ' % ').replace(NON_WORD, ' ').trim();
  if (SPACED_LETTERS.test(s)) s = s.replace(SPACES, '');
  return s;
}

/** norm() without spaces: "s.d. TW" and "s/d tw" both become "sdtw". */
export function compact(normalized: string): string {
  return normalized.replace(SPACES, '');
}

export function isYearNumber(v: number): boolean {
  return Number.isInteger(v) && v >= 1990 && v <= 2100;
}

const LEADING_WS = /^[\s\u00a0]*/;

/** Leading spaces of a text cell: the only indentation a grid without styles shows. */
export function indentOf(cell: Cell | undefined): number {
  if (!cell || cell.t !== 's') return 0;
  const m = LEADING_WS.exec(cell.v);
  if (!m) return 0;
  let n = 0;
  for (const ch of m[0]) n += ch === '\t' ? 4 : 1;
  return n;
}

/**
 * The first character of the text after white space, lower-cased when it is
 * an ASCII letter; -1 when there is none. What /^\s*[aA]/ looks at, without a
 * regex pass per cell.
 */
export function leadingChar(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!isSpaceCode(c)) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? c | 0x20 : c;
  }
  return -1;
}
