/**
 * Reads one number typed as text, the way Indonesian staff type them:
 * "1.234.567,89", "Rp. 45.598.100,-", "85,44 %", "80,34 (A)", "3 Dokumen".
 * Never throws: anything that is not certain comes back as a result kind.
 */
import Decimal from 'decimal.js';
import type { NumberContext, ParsedNumber } from './types';
import { satuanKind } from './satuan';
import { decimalOfInt } from '../compute/fast';

const EXCEL_ERROR =
  /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!)$/i;

/** Words that scale a money amount; we do not multiply on the user's behalf. */
const MULTIPLIER = /^(ribu|rb|juta|jt|miliar|milyar|m|triliun|t|m\s*rp|jt\s*rp)\.?$/i;

/** NBSP, thin spaces, zero-width characters and odd minus signs normalised. */
export function normalizeText(text: string): string {
  return text
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2212\uFE63\uFF0D]/g, '-')
    .replace(/\uFF05/g, '%')
    .trim();
}

/** True when the text is an Excel error value written out ("#DIV/0!"). */
export function isExcelErrorText(text: string): boolean {
  return EXCEL_ERROR.test(text);
}

type Digits =
  | { kind: 'one'; value: string; repaired?: string }
  /** A single separator before exactly 3 digits: "1.485" or "1,485". */
  | { kind: 'two'; decimal: string; thousands: string; repaired?: string }
  | { kind: 'bad'; reason: string };

const GROUPED = /^\d{1,3}(?:[.,]\d{3})+$/;

/** Reads the digits-and-separators core of a number ("1.234.567,89"). */
function readDigits(token: string): Digits {
  let tok = token;
  let repaired: string | undefined;
  if (/\s/.test(tok)) {
    if (/\d\s+\d/.test(tok)) return { kind: 'bad', reason: 'Angka terpisah spasi, tidak jelas satu angka atau beberapa' };
    tok = tok.replace(/\s+/g, '');
    // "521. 909.250": only accepted when every group after the first has 3 digits.
    if (!GROUPED.test(tok)) return { kind: 'bad', reason: 'Ada spasi di dalam angka' };
    repaired = `Spasi di dalam angka "${token}" diabaikan`;
  }
  if (/[.,]{2,}/.test(tok)) return { kind: 'bad', reason: 'Tanda pemisah ganda (salah ketik)' };
  // "7." in "9, 50, 3, 5, 7., 17": a stray trailing separator.
  if (/[.,]$/.test(tok)) tok = tok.slice(0, -1);
  if (/^[.,]/.test(tok)) tok = '0' + tok;
  if (!/^\d+(?:[.,]\d+)*$/.test(tok)) return { kind: 'bad', reason: 'Bukan bentuk angka yang dikenal' };

  const dots = (tok.match(/\./g) || []).length;
  const commas = (tok.match(/,/g) || []).length;
  if (dots === 0 && commas === 0) return { kind: 'one', value: tok, repaired };

  if (dots > 0 && commas > 0) {
    // The last separator is the decimal one: "1.234,5" (Indonesian), "1,234.5" (English).
    const decSep = tok.lastIndexOf(',') > tok.lastIndexOf('.') ? ',' : '.';
    const thouSep = decSep === ',' ? '.' : ',';
    const at = tok.lastIndexOf(decSep);
    const intPart = tok.slice(0, at);
    const frac = tok.slice(at + 1);
    if (intPart.includes(decSep)) return { kind: 'bad', reason: 'Tanda desimal lebih dari satu' };
    const groups = intPart.split(thouSep);
    if (!validGroups(groups)) return { kind: 'bad', reason: 'Pemisah ribuan tidak beraturan' };
    return { kind: 'one', value: groups.join('') + '.' + frac, repaired };
  }

  const sep = dots > 0 ? '.' : ',';
  const groups = tok.split(sep);
  if (groups.length > 2) {
    // Several of the same separator can only be thousands: "1.234.567", "1,234,567".
    if (!validGroups(groups)) return { kind: 'bad', reason: 'Pemisah ribuan tidak beraturan' };
    return { kind: 'one', value: groups.join(''), repaired };
  }
  const [left, right] = groups;
  if (right.length === 3 && validGroups(groups)) {
    return { kind: 'two', decimal: left + '.' + right, thousands: left + right, repaired };
  }
  // Any other single separator can only be a decimal one ("88,32", "12.5", "0,485").
  if (repaired) return { kind: 'bad', reason: 'Ada spasi di dalam angka' };
  return { kind: 'one', value: left + '.' + right, repaired };
}

/** First group 1-3 digits without a leading zero, the rest exactly 3 digits. */
function validGroups(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!/^\d{1,3}$/.test(first)) return false;
  if (first.length > 1 && first.startsWith('0')) return false;
  if (first === '0') return false;
  return rest.every((g) => /^\d{3}$/.test(g));
}

type Reading = 'thousands' | 'ambiguous';

/** How "1.485" is settled in this context (see DOMAIN.md "Numbers as staff type them"). */
function settle(ctx: NumberContext, unit: string | undefined, moneyMarked: boolean): Reading {
  if (moneyMarked) return 'thousands';
  if (unit === '%') return 'ambiguous';
  if (ctx.column === 'money') return unit && satuanKind(unit) !== 'money' && satuanKind(unit) !== 'count' ? 'ambiguous' : 'thousands';
  if (ctx.column === 'percent' || ctx.column === 'index') return 'ambiguous';
  const kind = satuanKind(unit ?? ctx.satuan);
  return kind === 'count' || kind === 'money' ? 'thousands' : 'ambiguous';
}

function dec(s: string, negative: boolean): Decimal {
  const d = new Decimal(s);
  return negative ? d.negated() : d;
}

/**
 * Reads one number from text. Composite text ("116, 134") is not split here:
 * use readValueText for that; this function reports it as unreadable.
 */
export function readSingleText(text: string, ctx: NumberContext): ParsedNumber {
  return readPlainText(text, ctx) ?? readSingleTextSlow(text, ctx);
}

/**
 * readNumberText and readValueText of a plain number text in one scan, or
 * undefined for any other text. Every text it reads is one piece to
 * splitComposite (it lists nothing), so both readers give this same result:
 * a caller may try it before splitting.
 */
export function readPlainNumber(text: string, ctx: NumberContext): ParsedNumber | undefined {
  return readPlainText(text, ctx);
}

/** Separator positions of the text being read by readPlainText (a body is at most PLAIN_MAX chars). */
const PLAIN_MAX = 40;
const sepAt = new Int32Array(PLAIN_MAX);

/**
 * Past a leading "Rp", "rp" or "RP" with an optional "." and spaces, from i:
 * the index after it, i itself when there is none, -1 for an "R" that does
 * not start "Rp" (no plain number then).
 */
export function skipRupiah(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c !== 82 && c !== 114) return i;
  const p = text.charCodeAt(i + 1);
  if (p !== 80 && p !== 112) return -1;
  i += 2;
  if (text.charCodeAt(i) === 46) i++;
  while (i < end && text.charCodeAt(i) === 32) i++;
  return i;
}

/**
 * The common plain forms, read with char codes: "1234", "25.805.000",
 * "1.234.567,89", "78,63", "-1.500", "12,5 %", "Rp 1.250.000,-", "Rp. 500",
 * each maybe with ASCII spaces around. The grammar:
 *   [Rp[.][spaces]] [-] digits ([.,] digits)* ( [spaces] "%" | [.,]? "-" )?
 * Returns exactly what readSingleTextSlow returns, plus `int` when the value is
 * a whole number below 1e15; undefined (the slow path decides) for anything
 * else and for the cases the fast path does not settle itself: ambiguous
 * "1.485", irregular grouping, -0, more than 15 digits.
 *
 * Why the slow path gives the same: the text is ASCII without tabs, so
 * normalizeText only trims it; "Rp" is the currency prefix; no bound, grade,
 * parentheses or unit word can match; the trailing "-" closes an amount
 * (dropping one separator before it, as readDigits drops a trailing one); "%"
 * is the unit; "-" the sign; the body is what readDigits sees.
 */
function readPlainText(text: string, ctx: NumberContext): ParsedNumber | undefined {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 32) end--;
  let i = 0;
  while (i < end && text.charCodeAt(i) === 32) i++;
  if (end - i > PLAIN_MAX) return undefined;
  // The last char the body scan looked at (the close below reads it).
  let c = 0;
  const afterRp = skipRupiah(text, i, end);
  if (afterRp < 0) return undefined;
  const moneyMarked = afterRp !== i;
  i = afterRp;
  let negative = false;
  if (text.charCodeAt(i) === 45) {
    negative = true;
    i++;
  }
  // The body: digits with single separators between them.
  const start = i;
  let nSep = 0;
  let dots = 0;
  let lastDot = -1;
  let lastComma = -1;
  let afterSep = true;
  for (; i < end; i++) {
    c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      afterSep = false;
    } else if (c === 46 || c === 44) {
      if (afterSep) return undefined;
      afterSep = true;
      sepAt[nSep++] = i;
      if (c === 46) {
        dots++;
        lastDot = i;
      } else lastComma = i;
    } else break;
  }
  let bodyEnd = i;
  let unit: string | undefined;
  if (i < end) {
    // The close: "%" after a digit, maybe after spaces ("85,44 %"), or "-" after a digit or a separator ("1.000,-").
    if (!afterSep && text.charCodeAt(end - 1) === 37) {
      for (let k = i; k < end - 1; k++) if (text.charCodeAt(k) !== 32) return undefined;
      unit = '%';
    } else if (c === 45 && i === end - 1) {
      if (afterSep) {
        bodyEnd--;
        nSep--;
        if (text.charCodeAt(bodyEnd) === 46) {
          dots--;
          if (lastDot === bodyEnd) lastDot = nSep > 0 ? lastSep(text, 46, nSep) : -1;
        } else if (lastComma === bodyEnd) lastComma = nSep > 0 ? lastSep(text, 44, nSep) : -1;
      }
    } else return undefined;
  } else if (afterSep) return undefined;
  if (bodyEnd === start) return undefined;

  let decAt = -1;
  let thou = nSep;
  if (nSep > 0) {
    const commas = nSep - dots;
    if (dots > 0 && commas > 0) {
      // The last separator is the decimal one; the others must all be the other kind.
      const decIsComma = lastComma > lastDot;
      if ((decIsComma ? commas : dots) !== 1) return undefined;
      decAt = decIsComma ? lastComma : lastDot;
      thou = nSep - 1;
    } else if (nSep === 1) {
      const sep = sepAt[0];
      if (bodyEnd - sep - 1 === 3 && validFirst(text, start, sep)) {
        // "1.485": thousands or ambiguous, as the context settles it.
        if (settle(ctx, unit, moneyMarked) !== 'thousands') return undefined;
      } else {
        decAt = sep;
        thou = 0;
      }
    }
    if (thou > 0) {
      if (!validFirst(text, start, sepAt[0])) return undefined;
      for (let k = 1; k < thou; k++) if (sepAt[k] - sepAt[k - 1] !== 4) return undefined;
      if ((decAt >= 0 ? decAt : bodyEnd) - sepAt[thou - 1] !== 4) return undefined;
    }
  }

  const intEnd = decAt >= 0 ? decAt : bodyEnd;
  // The fraction's digits are all zero: the value is whole ("100,00").
  let whole = true;
  for (let k = decAt + 1; decAt >= 0 && k < bodyEnd; k++) {
    if (text.charCodeAt(k) !== 48) {
      whole = false;
      break;
    }
  }
  let value: Decimal;
  if (whole && intEnd - start - thou <= 15) {
    let n = 0;
    for (let k = start; k < intEnd; k++) {
      const d = text.charCodeAt(k) - 48;
      if (d >= 0) n = n * 10 + d;
    }
    // -0 is a negative zero Decimal on the slow path: leave it there.
    if (negative && n === 0) return undefined;
    return new TextWhole(negative ? -n : n, unit);
  } else {
    let digits = '';
    let from = start;
    for (let k = 0; k < thou; k++) {
      digits += text.slice(from, sepAt[k]);
      from = sepAt[k] + 1;
    }
    digits += decAt >= 0 ? text.slice(from, decAt) + '.' + text.slice(decAt + 1, bodyEnd) : text.slice(from, bodyEnd);
    value = dec(digits, negative);
  }
  const out: ParsedNumber = { kind: 'number', value, fromText: true };
  if (unit !== undefined) out.unit = unit;
  return out;
}

/**
 * A whole amount read from text ("25.805.000", "Rp 1.250.000,-", "100 %"):
 * what the plain reading gives, with `int`, and its Decimal built on the first
 * read of `value` (validate, fill and most report cells work on `int`; a sheet
 * of amounts typed as text holds ~7 per row). kind and fromText live on the
 * prototype; serialises as the plain reading. Nothing writes to a reading.
 */
export class TextWhole {
  declare readonly kind: 'number';
  declare readonly fromText: true;
  declare readonly unit?: string;
  private decimal: Decimal | undefined = undefined;

  constructor(
    readonly int: number,
    unit: string | undefined,
  ) {
    if (unit !== undefined) (this as { unit?: string }).unit = unit;
  }

  get value(): Decimal {
    return (this.decimal ??= decimalOfInt(this.int));
  }

  /** The plain ParsedNumber, key for key. */
  toJSON(): ParsedNumber {
    const out: ParsedNumber = { kind: 'number', value: this.value, fromText: true };
    if (this.unit !== undefined) out.unit = this.unit;
    out.int = this.int;
    return out;
  }
}
Object.defineProperties(TextWhole.prototype, { kind: { value: 'number' }, fromText: { value: true } });

/** Position of the last separator with this char code among the first n recorded. */
function lastSep(text: string, code: number, n: number): number {
  for (let k = n - 1; k >= 0; k--) if (text.charCodeAt(sepAt[k]) === code) return sepAt[k];
  return -1;
}

/** validGroups' rule for the first group: 1-3 digits without a leading zero. */
function validFirst(text: string, start: number, sep: number): boolean {
  const len = sep - start;
  return len >= 1 && len <= 3 && text.charCodeAt(start) !== 48;
}

/** The original reader, every form (also the oracle of the fast path's tests). */
export function readSingleTextSlow(text: string, ctx: NumberContext): ParsedNumber {
  const s = normalizeText(text);
  if (s === '') return { kind: 'empty' };
  if (isExcelErrorText(s)) return { kind: 'error', text: s };
  if (!/\d/.test(s)) {
    // "NA", "N/A", "-", "--", "Nihil", "Refocusing", "Rp -": a deliberate no-value.
    if (/\p{L}/u.test(s) || /^[-\u2013\u2014._\s]+$/.test(s)) return { kind: 'absent', text: s };
    return { kind: 'unreadable', text: s, reason: 'Bukan angka' };
  }

  let rest = s;
  let moneyMarked = false;
  let negative = false;
  let unit: string | undefined;
  let grade: string | undefined;
  let bound: 'min' | 'max' | undefined;

  const cur = /^(?:rp|idr)\.?\s*/i.exec(rest);
  if (cur) {
    moneyMarked = true;
    rest = rest.slice(cur[0].length);
  }
  // A target written as a bound ("≥ 82,50", "Min. 90", "≤ 5 %"): the number is certain, the bound is kept.
  const cmp = /^(≥|>=|=>|>|≤|<=|=<|<|min(?:imal|imum)?\.?|maks(?:imal|imum)?\.?|max\.?)\s*(?=[\d(+-]|rp)/i.exec(rest);
  if (cmp) {
    bound = /^(≥|>=|=>|>|min)/i.test(cmp[1]) ? 'min' : 'max';
    rest = rest.slice(cmp[0].length);
    const curB = /^(?:rp|idr)\.?\s*/i.exec(rest);
    if (curB) {
      moneyMarked = true;
      rest = rest.slice(curB[0].length);
    }
  }

  // "Rp 1.234.567,-": the dash closes an amount, it is not a sign.
  rest = rest.replace(/(\d[.,]?)\s*[.,]?\s*-+$/, '$1').trim();

  const g = /\s*\(\s*([A-Ea-e]{1,2}[+-]?)\s*\)$/.exec(rest);
  if (g) {
    grade = g[1].toUpperCase();
    rest = rest.slice(0, g.index).trim();
  }

  const paren = /^\(\s*([^()]*?)\s*\)$/.exec(rest);
  if (paren) {
    // "(1.234.567)": an accounting negative, only meaningful for money.
    if (ctx.column !== 'money' && !moneyMarked) {
      return { kind: 'unreadable', text: s, reason: 'Angka di dalam tanda kurung' };
    }
    negative = true;
    rest = paren[1];
    const cur2 = /^(?:rp|idr)\.?\s*/i.exec(rest);
    if (cur2) {
      moneyMarked = true;
      rest = rest.slice(cur2[0].length);
    }
  }

  const pct = /\s*%$/.exec(rest);
  if (pct) {
    unit = '%';
    rest = rest.slice(0, pct.index);
  }

  const sign = /^([-+])\s*/.exec(rest);
  if (sign) {
    if (negative) return { kind: 'unreadable', text: s, reason: 'Tanda negatif ganda' };
    negative = sign[1] === '-';
    rest = rest.slice(sign[0].length);
    const cur3 = /^(?:rp|idr)\.?\s*/i.exec(rest);
    if (cur3) {
      moneyMarked = true;
      rest = rest.slice(cur3[0].length);
    }
  }

  // A unit word after the number: "3 Dokumen", "12 Bulan".
  const letterAt = rest.search(/\p{L}/u);
  if (letterAt >= 0) {
    const word = rest.slice(letterAt).trim();
    rest = rest.slice(0, letterAt).trim();
    if (unit !== undefined) return { kind: 'unreadable', text: s, reason: 'Angka dengan satuan ganda' };
    if (/\d/.test(word) || !/^\p{L}[\p{L}\s.\/&'()-]*$/u.test(word)) {
      return { kind: 'unreadable', text: s, reason: 'Teks bercampur angka' };
    }
    if ((moneyMarked || ctx.column === 'money') && MULTIPLIER.test(word)) {
      return { kind: 'unreadable', text: s, reason: `Memakai kelipatan "${word}", tulis angka lengkap` };
    }
    unit = word;
  }

  if (rest === '' || !/^[\d.,\s]+$/.test(rest)) {
    return { kind: 'unreadable', text: s, reason: 'Bukan bentuk angka yang dikenal' };
  }

  const digits = readDigits(rest);
  if (digits.kind === 'bad') return { kind: 'unreadable', text: s, reason: digits.reason };

  const extras = (value: Decimal): ParsedNumber => {
    const out: ParsedNumber = { kind: 'number', value, fromText: true };
    if (unit !== undefined) out.unit = unit;
    if (grade !== undefined) out.grade = grade;
    if (bound !== undefined) out.bound = bound;
    if (digits.repaired) out.repaired = digits.repaired;
    return out;
  };

  if (digits.kind === 'one') return extras(dec(digits.value, negative));
  if (settle(ctx, unit, moneyMarked) === 'thousands') return extras(dec(digits.thousands, negative));
  return {
    kind: 'ambiguous',
    text: s,
    readings: [dec(digits.decimal, negative), dec(digits.thousands, negative)],
  };
}
