/**
 * The shared-formula shifter before it was compiled into templates (kept as
 * the oracle of test/xlsx/formula-template.test.ts).
 *
 * Moves the relative references of a formula by (dr, dc): the text a
 * shared-formula child stands for is its master's formula shifted by the
 * distance between the two cells.
 */
import { columnIndex, columnLetters } from '../../../src/grid/address';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

function shiftCol(abs: string, letters: string, dc: number): string | undefined {
  if (abs) return abs + letters;
  const c = columnIndex(letters.toUpperCase()) + dc;
  return c < 0 || c >= MAX_COL ? undefined : columnLetters(c);
}

function shiftRow(abs: string, digits: string, dr: number): string | undefined {
  if (abs) return abs + digits;
  const r = Number(digits) + dr;
  return r < 1 || r > MAX_ROW ? undefined : String(r);
}

/** Shifts references outside string literals, quoted sheet names and structured references. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  let out = '';
  let i = 0;
  const n = formula.length;
  // Cell refs (A1, $A$1), whole-column (A:C) and whole-row (1:3) ranges.
  const token = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!.])|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![0-9A-Za-z_.])/y;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // String literal or quoted sheet name: copy through the closing quote ("" / '' escape).
      let j = i + 1;
      for (; j < n; j++) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) j++;
          else break;
        }
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === '[') {
      const j = formula.indexOf(']', i);
      const end = j < 0 ? n : j + 1;
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const prev = i > 0 ? formula[i - 1] : '';
    if (!/[A-Za-z0-9_.\\]/.test(prev)) {
      token.lastIndex = i;
      const m = token.exec(formula);
      if (m) {
        let rep: string | undefined;
        if (m[2] !== undefined) {
          const c = shiftCol(m[1], m[2], dc);
          const r = shiftRow(m[3], m[4], dr);
          rep = c === undefined || r === undefined ? '#REF!' : c + r;
        } else if (m[6] !== undefined) {
          const a = shiftCol(m[5], m[6], dc);
          const b = shiftCol(m[7], m[8], dc);
          rep = a === undefined || b === undefined ? '#REF!' : `${a}:${b}`;
        } else {
          const a = shiftRow(m[9], m[10], dr);
          const b = shiftRow(m[11], m[12], dr);
          rep = a === undefined || b === undefined ? '#REF!' : `${a}:${b}`;
        }
        out += rep;
        i += m[0].length;
        continue;
      }
    }
    // Copy a whole identifier at once so "LOG10" or "Sheet1" is never split.
    const id = /[A-Za-z0-9_.\\]+/y;
    id.lastIndex = i;
    const w = id.exec(formula);
    if (w && w.index === i) {
      out += w[0];
      i += w[0].length;
    } else {
      out += ch;
      i++;
    }
  }
  return out;
}
