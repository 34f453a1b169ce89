/**
 * Moves the relative references of a formula by (dr, dc): the text a
 * shared-formula child stands for is its master's formula shifted by the
 * distance between the two cells.
 *
 * Excel writes a filled-down column as one master and a child per row, so a
 * sheet may hold a shifted copy of one formula in every row: the master is
 * split into literal text and references once (FormulaTemplate), and each
 * child only joins the pieces with its own row and column numbers.
 */
import { columnIndex, columnLetters } from '../grid/address';

const MAX_ROW = 1048576;
const MAX_COL = 16384;

/** One side of a reference: a column or a row, fixed ($, or moved by the shift). */
interface Part {
  /** The text written when the part does not move: "$" + the part as written. */
  readonly fixed: string | undefined;
  /** 0-based column, or 1-based row, of a part that moves. */
  readonly at: number;
}

/** A1 / $A$1 (col then row), A:C (two columns) or 2:3 (two rows). */
interface Ref {
  readonly kind: 'cell' | 'cols' | 'rows';
  readonly a: Part;
  readonly b: Part;
}

// Cell refs (A1, $A$1), whole-column (A:C) and whole-row (1:3) ranges.
const TOKEN =
  /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?![A-Za-z0-9_(!.])|(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(!.])|(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![0-9A-Za-z_.])/y;
const IDENTIFIER = /[A-Za-z0-9_.\\]+/y;
const IDENTIFIER_CHAR = /[A-Za-z0-9_.\\]/;

function colPart(abs: string, letters: string): Part {
  return abs ? { fixed: abs + letters, at: 0 } : { fixed: undefined, at: columnIndex(letters.toUpperCase()) };
}

function rowPart(abs: string, digits: string): Part {
  return abs ? { fixed: abs + digits, at: 0 } : { fixed: undefined, at: Number(digits) };
}

/** Column letters by index, each built once: a sheet's formulas name the same few columns over and over. */
const LETTERS: string[] = [];

function shiftCol(p: Part, dc: number): string | undefined {
  if (p.fixed !== undefined) return p.fixed;
  const c = p.at + dc;
  return c < 0 || c >= MAX_COL ? undefined : (LETTERS[c] ??= columnLetters(c));
}

function shiftRow(p: Part, dr: number): string | undefined {
  if (p.fixed !== undefined) return p.fixed;
  const r = p.at + dr;
  return r < 1 || r > MAX_ROW ? undefined : String(r);
}

function shiftRef(ref: Ref, dr: number, dc: number): string {
  let a: string | undefined;
  let b: string | undefined;
  if (ref.kind === 'cell') {
    a = shiftCol(ref.a, dc);
    b = shiftRow(ref.b, dr);
    return a === undefined || b === undefined ? '#REF!' : a + b;
  }
  if (ref.kind === 'cols') {
    a = shiftCol(ref.a, dc);
    b = shiftCol(ref.b, dc);
  } else {
    a = shiftRow(ref.a, dr);
    b = shiftRow(ref.b, dr);
  }
  return a === undefined || b === undefined ? '#REF!' : `${a}:${b}`;
}

/** A formula split once into literal text and references, shifted as often as needed. */
export class FormulaTemplate {
  /** literals.length === refs.length + 1: literal, ref, literal, …, literal. */
  private constructor(
    readonly text: string,
    private readonly literals: readonly string[],
    private readonly refs: readonly Ref[],
  ) {}

  /** Splits references outside string literals, quoted sheet names and structured references. */
  static compile(formula: string): FormulaTemplate {
    const literals: string[] = [];
    const refs: Ref[] = [];
    let lit = '';
    let i = 0;
    const n = formula.length;
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
        lit += formula.slice(i, j + 1);
        i = j + 1;
        continue;
      }
      if (ch === '[') {
        const j = formula.indexOf(']', i);
        const end = j < 0 ? n : j + 1;
        lit += formula.slice(i, end);
        i = end;
        continue;
      }
      if (i === 0 || !IDENTIFIER_CHAR.test(formula[i - 1])) {
        TOKEN.lastIndex = i;
        const m = TOKEN.exec(formula);
        if (m) {
          if (m[2] !== undefined) refs.push({ kind: 'cell', a: colPart(m[1], m[2]), b: rowPart(m[3], m[4]) });
          else if (m[6] !== undefined) refs.push({ kind: 'cols', a: colPart(m[5], m[6]), b: colPart(m[7], m[8]) });
          else refs.push({ kind: 'rows', a: rowPart(m[9], m[10]), b: rowPart(m[11], m[12]) });
          literals.push(lit);
          lit = '';
          i += m[0].length;
          continue;
        }
      }
      // Copy a whole identifier at once so "LOG10" or "Sheet1" is never split.
      IDENTIFIER.lastIndex = i;
      const w = IDENTIFIER.exec(formula);
      if (w) {
        lit += w[0];
        i += w[0].length;
      } else {
        lit += ch;
        i++;
      }
    }
    literals.push(lit);
    return new FormulaTemplate(formula, literals, refs);
  }

  /** The formula moved by dr rows and dc columns; unmoved, the text exactly as written. */
  shift(dr: number, dc: number): string {
    if (dr === 0 && dc === 0) return this.text;
    const { literals, refs } = this;
    let out = literals[0];
    for (let k = 0; k < refs.length; k++) out += shiftRef(refs[k], dr, dc) + literals[k + 1];
    return out;
  }
}

/** Shifts references outside string literals, quoted sheet names and structured references. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return FormulaTemplate.compile(formula).shift(dr, dc);
}
