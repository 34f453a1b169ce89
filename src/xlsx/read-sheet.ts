/**
 * Linear scanner for one worksheet part. Builds only what holds a value:
 * a stray cell at XFD1048576 costs one sparse entry, not a million rows.
 */
import type { Cell, CellRange, SheetGrid } from '../grid/types';
import { DATE1904_OFFSET, isoToSerial } from './dates';
import { FormulaTemplate } from './formula-shift';
import { itemText } from './shared-strings';
import type { CellFormats } from './styles';
import { attr, decodeText, elements, isDelim, isTrue, rootPrefix, unescapeXml } from './xml';

export interface SheetContext {
  sharedStrings: string[];
  formats: CellFormats;
  date1904: boolean;
}

export type SheetBody = Omit<SheetGrid, 'name' | 'state'>;

/** Parses "B12" into 0-based indexes without allocating; -1 when malformed. */
export function parseRef(ref: string): { row: number; col: number } {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36 /* $ */) break;
  }
  let row = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 48 && ch <= 57) row = row * 10 + ch - 48;
    else if (ch !== 36) return { row: -1, col: -1 };
  }
  return { row: row - 1, col: col - 1 };
}

export function parseRange(ref: string): CellRange | undefined {
  const [a, b] = ref.split(':');
  const p = parseRef(a);
  const q = b ? parseRef(b) : p;
  if (p.row < 0 || p.col < 0 || q.row < 0 || q.col < 0) return undefined;
  return { r0: Math.min(p.row, q.row), c0: Math.min(p.col, q.col), r1: Math.max(p.row, q.row), c1: Math.max(p.col, q.col) };
}

/** Index of the next `<qname` start tag (followed by a delimiter) in [from, to), or -1. */
export function nextTag(xml: string, open: string, from: number, to: number): number {
  let i = xml.indexOf(open, from);
  while (i >= 0 && i < to) {
    if (isDelim(xml.charCodeAt(i + open.length))) return i;
    i = xml.indexOf(open, i + open.length);
  }
  return -1;
}

interface SharedMaster {
  text: string;
  row: number;
  col: number;
  /** Compiled when the first child is read. */
  template?: FormulaTemplate;
}

/** The number a shared-formula index is written as ("0", "17"); -1 for any other text ("007", "", "a"). */
function canonicalIndex(si: string): number {
  if (si.length === 0 || si.length > 9 || (si.length > 1 && si.charCodeAt(0) === 48)) return -1;
  let n = 0;
  for (let k = 0; k < si.length; k++) {
    const d = si.charCodeAt(k) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * The si of an `<f>` start tag whose attributes (from `from` to the tag's `>`
 * at gt) are written the plain way Excel writes them, `t="shared"`, `si="N"`
 * with N a plain index, and optionally `ref="…"`, one space apart; -1 for any
 * other tag, which then takes the general path (attr()).
 */
function sharedTagSi(c: Codes, from: number, gt: number): number {
  let end = gt;
  if (c[end - 1] === 47 /* / */) end--;
  let i = from;
  let shared = false;
  let si = -1;
  while (i < end) {
    if (c[i] !== 32) return -1;
    i++;
    // t="shared"
    if (c[i] === 116 && c[i + 1] === 61 && c[i + 2] === 34) {
      if (shared || c[i + 3] !== 115 || c[i + 4] !== 104 || c[i + 5] !== 97 || c[i + 6] !== 114 || c[i + 7] !== 101 || c[i + 8] !== 100 || c[i + 9] !== 34) return -1;
      shared = true;
      i += 10;
    } else if (c[i] === 115 && c[i + 1] === 105 && c[i + 2] === 61 && c[i + 3] === 34) {
      // si="N": digits, no leading zero
      if (si >= 0) return -1;
      let k = i + 4;
      let n = 0;
      const start = k;
      while (k < end && c[k] >= 48 && c[k] <= 57 && k - start < 9) n = n * 10 + c[k++] - 48;
      if (k === start || c[k] !== 34 || (k - start > 1 && c[start] === 48)) return -1;
      si = n;
      i = k + 1;
    } else if (c[i] === 114 && c[i + 1] === 101 && c[i + 2] === 102 && c[i + 3] === 61 && c[i + 4] === 34) {
      // ref="H7:H9": skipped (the reader does not need it); letters, digits, $ and : only, so that
      // no other attribute can hide in it as attr() would find it.
      let k = i + 5;
      while (k < end && isRefChar(c[k])) k++;
      if (c[k] !== 34) return -1;
      i = k + 1;
    } else return -1;
  }
  return shared && si >= 0 && i === end ? si : -1;
}

function isRefChar(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122) || (ch >= 48 && ch <= 58) /* 0-9 : */ || ch === 36 /* $ */;
}

/** A shared-formula child's text: its master's formula moved to (row, col). */
function childFormula(m: SharedMaster, row: number, col: number): string {
  if (m.template === undefined) m.template = FormulaTemplate.compile(m.text);
  return m.template.shift(row - m.row, col - m.col);
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * The character codes of a part, indexed like its text: the part's own bytes
 * when every byte is one character (ASCII, the usual worksheet), else the
 * UTF-16 code units of the text. Reading a typed array is several times
 * cheaper than charCodeAt(); the text still gives slices and searches.
 */
export type Codes = Uint8Array | Uint16Array;

export function charCodes(xml: string, bytes?: Uint8Array): Codes {
  if (bytes && bytes.length === xml.length) return bytes;
  const out = new Uint16Array(xml.length);
  for (let i = 0; i < xml.length; i++) out[i] = xml.charCodeAt(i);
  return out;
}

function skipSpace(c: Codes, i: number): number {
  while (isSpace(c[i])) i++;
  return i;
}

/** Cell kinds by the `t` attribute, compared in place (no slicing); anything unknown reads as a number. */
const T_NUM = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_BOOL = 3;
const T_ERR = 4;
const T_DATE = 5;
const T_INLINE = 6;

function kindOf(xml: string, c: Codes, from: number, to: number): number {
  const len = to - from;
  if (len === 1) {
    const ch = c[from];
    return ch === 115 /* s */ ? T_SHARED : ch === 98 /* b */ ? T_BOOL : ch === 101 /* e */ ? T_ERR : ch === 100 /* d */ ? T_DATE : T_NUM;
  }
  if (len === 3 && xml.startsWith('str', from)) return T_STR;
  if (len === 9 && xml.startsWith('inlineStr', from)) return T_INLINE;
  return T_NUM;
}

/** Where the digits read by the last plainIndex() or plainNumber() call ended. */
let numberEnd = 0;

/**
 * The non-negative integer written with 1 to 9 plain digits from `from`
 * (reading stops at the first non-digit or at `to`, numberEnd tells where), or
 * -1 when there are no digits or too many: the caller then reads the text with
 * Number(), as before.
 */
export function plainIndex(c: Codes, from: number, to: number): number {
  let n = 0;
  let k = from;
  for (; k < to; k++) {
    const d = c[k] - 48;
    if (d < 0 || d > 9) break;
    n = n * 10 + d;
  }
  numberEnd = k;
  return k === from || k - from > 9 ? -1 : n;
}

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * Reads a number of the form `-?digits(.digits)?` with at most 15 digits in
 * all from `from` (stopping at the first character that does not continue
 * it, or at `to`; numberEnd tells where). Returns exactly what Number() gives
 * for that text, or NaN when the text has any other form (no digit before or
 * after the point, too many digits), which the caller then reads with Number()
 * as before. Exact: the digits form an integer below 2^53 and 10^k is exact for
 * k <= 22, so the one IEEE division is the correctly rounded value of the
 * decimal, which is what Number() returns.
 */
export function plainNumber(c: Codes, from: number, to: number): number {
  let k = from;
  const neg = c[k] === 45; /* - */
  if (neg) k++;
  const intStart = k;
  let m = 0;
  for (; k < to; k++) {
    const d = c[k] - 48;
    if (d < 0 || d > 9) break;
    m = m * 10 + d;
  }
  const intDigits = k - intStart;
  let scale = 0;
  let point = false;
  if (k < to && c[k] === 46 /* . */) {
    point = true;
    const fracStart = ++k;
    for (; k < to; k++) {
      const d = c[k] - 48;
      if (d < 0 || d > 9) break;
      m = m * 10 + d;
    }
    scale = k - fracStart;
  }
  numberEnd = k;
  if (intDigits === 0 || (point && scale === 0) || intDigits + scale > 15) return NaN;
  const v = scale === 0 ? m : m / POW10[scale];
  return neg ? -v : v;
}

/** Format code per style index as cells carry it (undefined for General). */
function cellFormats(formats: CellFormats): Array<string | undefined> {
  return formats.codes.map((code) => (code !== 'General' ? code : undefined));
}

/** 0-based column of the letters of an A1 reference in xml[from, to). */
function colOf(c: Codes, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const ch = c[k];
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break;
  }
  return col - 1;
}

/** True when xml has `open` at i followed by a tag delimiter. */
function at(xml: string, i: number, open: string): boolean {
  return xml.startsWith(open, i) && isDelim(xml.charCodeAt(i + open.length));
}

/**
 * Every cell shape the scanner builds ({t, v}, {t, v, f}, {t, v, z},
 * {t, v, z, f}) made once with text and then with a number in v, so that v is
 * general from the start: otherwise the first number after a sheet's header
 * text changes the shape's field representation and throws away the
 * optimized scanner mid-sheet.
 */
function primeCellShapes(): Cell[] {
  const out: Cell[] = [];
  for (const v of ['', 0.5, 1]) {
    out.push({ t: 's', v: String(v) }, { t: 'n', v: Number(v) });
    out.push({ t: 's', v: String(v), f: '' }, { t: 's', v: String(v), z: '' }, { t: 's', v: String(v), z: '', f: '' });
    out.push({ t: 'n', v: Number(v), f: '' }, { t: 'n', v: Number(v), z: '' }, { t: 'n', v: Number(v), z: '', f: '' });
  }
  return out;
}
primeCellShapes();

/**
 * The cell scanner of one worksheet. The hot path reads `<c>` elements in
 * place with character codes (no slicing of attribute values or of `<v>`
 * numbers); anything it does not recognise takes the general path, which reads
 * the text exactly as the straightforward scanner did (Number(), entity
 * decoding). One Cell is allocated per cell that holds something.
 */
class CellScanner {
  readonly xml: string;
  /** The character codes of xml (see charCodes). */
  readonly codes: Codes;
  readonly n: number;
  readonly bare: boolean;
  readonly cOpen: string;
  readonly cClose: string;
  readonly vOpen: string;
  readonly vClose: string;
  readonly fOpen: string;
  readonly fClose: string;
  readonly isOpen: string;
  readonly isClose: string;
  readonly p: string;
  readonly sharedStrings: string[];
  readonly zs: Array<string | undefined>;
  readonly isDate: boolean[];
  readonly date1904: boolean;
  readonly masters = new Map<string, SharedMaster>();
  /** The same masters by number, for si written as a plain index ("0", "17"). */
  private readonly mastersByNumber: Array<SharedMaster | undefined> = [];
  readonly orphans: Array<{ cell: Cell; si: string; row: number; col: number }> = [];
  /** Where sheetData ends (a cell without its end tag runs to it). */
  readonly sdClose: number;

  /** The current row and the column of the last cell read. */
  rowIdx = -1;
  colIdx = -1;
  /** The offset after the element the last read() read. */
  next = 0;
  /** Set by formulaOf() for a shared formula's child read before its master. */
  private orphanSi: string | undefined = undefined;

  /** Column of the r attribute of the current <c>. */
  private tagCol = -1;

  constructor(xml: string, codes: Codes, p: string, ctx: SheetContext, sdClose: number) {
    this.xml = xml;
    this.codes = codes;
    this.n = xml.length;
    this.p = p;
    this.bare = p === '';
    this.cOpen = '<' + p + 'c';
    this.cClose = '</' + p + 'c>';
    this.vOpen = '<' + p + 'v';
    this.vClose = '</' + p + 'v>';
    this.fOpen = '<' + p + 'f';
    this.fClose = '</' + p + 'f>';
    this.isOpen = '<' + p + 'is';
    this.isClose = '</' + p + 'is>';
    this.sharedStrings = ctx.sharedStrings;
    this.zs = cellFormats(ctx.formats);
    this.isDate = ctx.formats.isDate;
    this.date1904 = ctx.date1904;
    this.sdClose = sdClose;
  }

  /** True when a `<c` start tag (with a delimiter after it) is at i. */
  atCell(i: number): boolean {
    const c = this.codes;
    if (this.bare) {
      if (c[i] !== 60 || c[i + 1] !== 99 /* c */) return false;
      const d = c[i + 2];
      return d === 32 || d === 62 || d === 47 || d === 9 || d === 10 || d === 13;
    }
    return at(this.xml, i, this.cOpen);
  }

  /** True when the end tag of the one-letter element `letter` (v, f or c) is at i. */
  private atClose(i: number, letter: number): boolean {
    const xml = this.xml;
    const c = this.codes;
    if (c[i] !== 60 || c[i + 1] !== 47) return false;
    if (this.bare) return c[i + 2] === letter && c[i + 3] === 62;
    return xml.startsWith(letter === 118 ? this.vClose : letter === 102 ? this.fClose : this.cClose, i);
  }

  /**
   * Reads the `<c>` element whose start tag is at i: sets colIdx and next (the
   * offset after the element); returns the Cell it holds, or undefined when it
   * holds nothing.
   */
  read(i: number): Cell | undefined {
    const xml = this.xml;
    const c = this.codes;
    const n = this.n;
    const bare = this.bare;

    // The start tag's attributes r, s and t, read in place (other attributes are skipped).
    let hasRef = false;
    let kind = T_NUM;
    let style = 0;
    i += this.cOpen.length;
    let ch = 0;
    for (;;) {
      if (i >= n) {
        i = n;
        break;
      }
      ch = c[i];
      while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = c[++i];
      if (ch === 62 /* > */) {
        i++;
        break;
      }
      if (ch === 47 /* / */) {
        // Self-closing: style only, no value.
        this.colIdx = hasRef ? this.tagCol : this.colIdx + 1;
        this.next = xml.indexOf('>', i) + 1;
        return undefined;
      }
      const nameStart = i;
      while (i < n) {
        ch = c[i];
        if (ch === 61 /* = */ || ch === 32 || ch === 9 || ch === 10 || ch === 13) break;
        i++;
      }
      const nameLen = i - nameStart;
      i = skipSpace(c, i);
      i = skipSpace(c, i + 1); // past "="
      if (i >= n) {
        i = n;
        break;
      }
      const q = c[i];
      const vStart = i + 1;
      const name = nameLen === 1 ? c[nameStart] : 0;
      // With a real quote, r and s are read while their value is scanned (neither letters, $ nor digits end it early).
      const quoted = q === 34 || q === 39;
      let vEnd = vStart;
      let col = 0;
      if (quoted && name === 114 /* r */) {
        for (; vEnd < n; vEnd++) {
          const ch = c[vEnd];
          if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
          else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
          else if (ch !== 36 /* $ */) break;
        }
      } else if (quoted && name === 115 /* s */) {
        for (; vEnd < n; vEnd++) {
          const d = c[vEnd] - 48;
          if (d < 0 || d > 9) break;
          col = col * 10 + d;
        }
      }
      const scanned = vEnd;
      while (vEnd < n && c[vEnd] !== q) vEnd++;
      if (vEnd >= n) {
        i = n;
        break;
      }
      if (name === 114 /* r */) {
        hasRef = true;
        this.tagCol = quoted ? col - 1 : colOf(c, vStart, vEnd);
      } else if (name === 116 /* t */) kind = kindOf(xml, c, vStart, vEnd);
      else if (name === 115 /* s */) {
        // 1 to 9 digits and nothing else; any other text as Number() reads it.
        style = quoted && scanned === vEnd && vEnd > vStart && vEnd - vStart <= 9 ? col : Number(xml.slice(vStart, vEnd)) || 0;
      }
      i = vEnd + 1;
    }
    this.colIdx = hasRef ? this.tagCol : this.colIdx + 1;

    // Children come in schema order: f, then v or is.
    ch = c[i];
    while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = c[++i];
    let hasFormula = false;
    let fFrom = 0;
    let fTo = 0;
    let ftag: string | undefined;
    let sharedSi = -1;
    if (ch === 60 && (bare ? c[i + 1] === 102 /* f */ && isDelim(c[i + 2]) : at(xml, i, this.fOpen))) {
      hasFormula = true;
      const fOpen = this.fOpen;
      // A bare <f> has no attributes to read.
      const plain = c[i + fOpen.length] === 62;
      const gt = plain ? i + fOpen.length : xml.indexOf('>', i);
      if (!plain) {
        // Excel's filled-down columns: `<f t="shared" ref="H7:H9" si="0">` and `<f t="shared" si="0"/>`, read in place.
        sharedSi = sharedTagSi(c, i + fOpen.length, gt);
        if (sharedSi < 0) ftag = xml.slice(i, gt + 1);
      }
      if (c[gt - 1] === 47) {
        fFrom = fTo = i = gt + 1;
      } else {
        // Text holds no "<", so the end tag is the first "<" when it is there at all.
        const lt = xml.indexOf('<', gt);
        const end = lt >= 0 && this.atClose(lt, 102 /* f */) ? lt : xml.indexOf(this.fClose, gt);
        fFrom = gt + 1;
        fTo = end;
        i = end + this.fClose.length;
      }
      ch = c[i];
      while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = c[++i];
    }

    // The value: plain numbers and shared strings read in place, anything else by general().
    let t: Cell['t'] | undefined;
    let v: number | string | boolean = 0;
    let hasRaw = false;
    let rFrom = 0;
    let rTo = 0;
    let inline: string | undefined;
    if (ch === 60 && (bare ? c[i + 1] === 118 /* v */ && isDelim(c[i + 2]) : at(xml, i, this.vOpen))) {
      hasRaw = true;
      const vOpen = this.vOpen;
      const vClose = this.vClose;
      const gt = c[i + vOpen.length] === 62 ? i + vOpen.length : xml.indexOf('>', i);
      if (c[gt - 1] === 47) {
        rFrom = rTo = i = gt + 1;
      } else {
        rFrom = gt + 1;
        rTo = -1;
        if (kind === T_NUM) {
          const num = plainNumber(c, rFrom, n);
          if (num === num && this.atClose(numberEnd, 118 /* v */)) {
            rTo = numberEnd;
            if (this.isDate[style]) {
              t = 'd';
              v = this.date1904 ? num + DATE1904_OFFSET : num;
            } else {
              t = 'n';
              v = num;
            }
          }
        } else if (kind === T_SHARED) {
          const k = plainIndex(c, rFrom, n);
          if (k >= 0 && this.atClose(numberEnd, 118 /* v */)) {
            rTo = numberEnd;
            const str = this.sharedStrings[k];
            if (str === undefined) {
              t = 'e';
              v = '#REF!';
            } else {
              t = 's';
              v = str;
            }
          }
        }
        if (rTo < 0) rTo = xml.indexOf(vClose, gt);
        i = rTo + vClose.length;
      }
    } else if (ch === 60 && at(xml, i, this.isOpen)) {
      const gt = xml.indexOf('>', i);
      if (c[gt - 1] === 47) {
        inline = '';
        i = gt + 1;
      } else {
        const end = xml.indexOf(this.isClose, gt);
        inline = itemText(xml.slice(gt + 1, end), this.p);
        i = end + this.isClose.length;
      }
    }
    if (bare && this.atClose(i, 99 /* c */)) {
      this.next = i + 4;
    } else {
      const ce = xml.indexOf(this.cClose, i);
      this.next = ce < 0 ? this.sdClose : ce + this.cClose.length;
    }

    if (t === undefined) {
      const g = this.general(kind, style, hasRaw ? xml.slice(rFrom, rTo) : undefined, inline, hasFormula);
      if (g === undefined) return undefined;
      t = g.t;
      v = g.v;
    }

    let f: string | undefined;
    if (hasFormula) {
      let text = fFrom === fTo ? '' : xml.slice(fFrom, fTo);
      if (text.indexOf('&') >= 0) text = unescapeXml(text);
      if (ftag !== undefined) text = this.formulaOf(ftag, text);
      else if (sharedSi >= 0) text = this.sharedFormula(sharedSi, text);
      if (text) f = text;
    } else if (t === 's' && v === '') return undefined; // empty text without formula holds nothing

    // Built in one literal, fields in the order t, v, z, f. A cell without s uses xf 0, like any other.
    const z = this.zs[style];
    const cell = (
      z === undefined ? (f === undefined ? { t, v } : { t, v, f }) : f === undefined ? { t, v, z } : { t, v, z, f }
    ) as Cell;
    if (this.orphanSi !== undefined) {
      this.orphans.push({ cell, si: this.orphanSi, row: this.rowIdx, col: this.colIdx });
      this.orphanSi = undefined;
    }
    return cell;
  }

  /**
   * The value of a cell whose text the hot path did not read: the text as a
   * string (raw; undefined without <v>), read as its t attribute says.
   * Undefined when the cell holds nothing.
   */
  private general(kind: number, style: number, raw: string | undefined, inline: string | undefined, hasFormula: boolean): Cell | undefined {
    if (kind === T_NUM) {
      if (raw === undefined || raw.trim() === '') {
        // A formula without a cached value still matters (its text is kept).
        return hasFormula ? { t: 's', v: '' } : undefined;
      }
      const num = Number(raw);
      if (!Number.isFinite(num)) return { t: 's', v: unescapeXml(raw) };
      if (this.isDate[style]) return { t: 'd', v: this.date1904 ? num + DATE1904_OFFSET : num };
      return { t: 'n', v: num };
    }
    if (kind === T_SHARED) {
      if (raw === undefined) return undefined;
      const str = this.sharedStrings[Number(raw)];
      return str === undefined ? { t: 'e', v: '#REF!' } : { t: 's', v: str };
    }
    if (kind === T_INLINE) return { t: 's', v: inline ?? '' };
    if (kind === T_STR) return { t: 's', v: raw === undefined ? '' : decodeText(raw) };
    if (kind === T_BOOL) {
      if (raw === undefined) return undefined;
      const b = raw.trim();
      return { t: 'b', v: b === '1' || b === 'true' };
    }
    if (kind === T_ERR) return { t: 'e', v: raw === undefined ? '#N/A' : unescapeXml(raw) };
    if (raw === undefined) return undefined;
    const iso = unescapeXml(raw);
    const serial = isoToSerial(iso);
    // Not a date Excel could hold: keep the text rather than guess.
    return serial === undefined ? { t: 's', v: iso } : { t: 'd', v: serial };
  }

  /**
   * The text of a formula whose <f> has attributes: a shared formula's child
   * is its master's text shifted (orphanSi is set when the master comes
   * later); a data table without text is written TABLE(r1,r2).
   */
  private formulaOf(ftag: string, text: string): string {
    const ft = attr(ftag, 't');
    if (ft === 'shared') {
      const si = attr(ftag, 'si') ?? '';
      if (text) this.setMaster(si, text);
      else {
        const m = this.masters.get(si);
        if (m) return childFormula(m, this.rowIdx, this.colIdx);
        this.orphanSi = si;
      }
    } else if (ft === 'dataTable' && !text) {
      return `TABLE(${attr(ftag, 'r1') ?? ''},${attr(ftag, 'r2') ?? ''})`;
    }
    return text;
  }

  /** formulaOf() for a shared tag read in place (sharedTagSi): the same texts, without slicing the tag. */
  private sharedFormula(si: number, text: string): string {
    if (text) {
      this.setMaster(String(si), text);
      return text;
    }
    // Every master whose si reads as this number is here (setMaster); "007" is another si, as in the Map.
    const m = this.mastersByNumber[si];
    if (m) return childFormula(m, this.rowIdx, this.colIdx);
    this.orphanSi = String(si);
    return text;
  }

  private setMaster(si: string, text: string): void {
    const m: SharedMaster = { text, row: this.rowIdx, col: this.colIdx };
    this.masters.set(si, m);
    const n = canonicalIndex(si);
    if (n >= 0) this.mastersByNumber[n] = m;
  }
}

/**
 * Reads every row of sheetData (whose start tag is at sdOpen) into rows and
 * hiddenRows; returns the number of columns of the widest row. A function of
 * its own, so that the loop compiles quickly.
 */
function scanRows(scan: CellScanner, sdOpen: number, rows: SheetBody['rows'], hiddenRows: Set<number>): number {
  const { xml, codes: c, p, sdClose } = scan;
  let maxCols = 0;
  const rowOpen = '<' + p + 'row';
  const rowClose = '</' + p + 'row>';
  const rAt = rowOpen.length;
  // Where the next "hidden" is, so that only row tags holding one are sliced and read.
  let hiddenAt = -1;
  let pos = sdOpen;
  for (;;) {
    const rs = nextTag(xml, rowOpen, pos, sdClose);
    if (rs < 0) break;
    const rgt = xml.indexOf('>', rs);
    // <row r="12" ...>: the row number read in place; any other form as attr() reads it.
    let r = -1;
    if (c[rs + rAt] === 32 && c[rs + rAt + 1] === 114 && c[rs + rAt + 2] === 61 && c[rs + rAt + 3] === 34) {
      r = plainIndex(c, rs + rAt + 4, rgt);
      if (r >= 0 && c[numberEnd] !== 34) r = -1;
      if (r === 0) r = -1; // "0": read below like any other odd value
    }
    if (r > 0) scan.rowIdx = r - 1;
    else {
      const rAttr = attr(xml.slice(rs, rgt + 1), 'r');
      scan.rowIdx = rAttr ? Number(rAttr) - 1 : scan.rowIdx + 1;
    }
    const rowIdx = scan.rowIdx;
    if (hiddenAt >= 0 && hiddenAt < rs) hiddenAt = -1;
    if (hiddenAt < 0) {
      hiddenAt = xml.indexOf('hidden', rs);
      if (hiddenAt < 0) hiddenAt = xml.length;
    }
    if (hiddenAt + 6 <= rgt + 1 && isTrue(attr(xml.slice(rs, rgt + 1), 'hidden'))) hiddenRows.add(rowIdx);
    if (c[rgt - 1] === 47) {
      pos = rgt + 1;
      continue;
    }
    let cells: Array<Cell | undefined> | undefined;
    scan.colIdx = -1;
    let i = rgt + 1;
    for (;;) {
      i = skipSpace(c, i);
      if (!scan.atCell(i)) break;
      const cell = scan.read(i);
      i = scan.next;
      if (cell === undefined) continue;
      const colIdx = scan.colIdx;
      if (!cells) cells = [];
      cells[colIdx] = cell;
      if (colIdx + 1 > maxCols) maxCols = colIdx + 1;
    }
    if (cells) rows[rowIdx] = cells;
    const re = xml.startsWith(rowClose, i) ? i : xml.indexOf(rowClose, i);
    pos = re < 0 ? sdClose : re + rowClose.length;
  }
  return maxCols;
}

/** Reads one worksheet part: its text, and (optionally) the bytes it was decoded from. */
export function readSheetXml(xml: string, ctx: SheetContext, bytes?: Uint8Array): SheetBody {
  const p = rootPrefix(xml, 'worksheet');
  const rows: SheetBody['rows'] = [];
  const hiddenRows = new Set<number>();
  const hiddenCols = new Set<number>();
  const merges: CellRange[] = [];
  let maxCols = 0;

  const sdOpen = nextTag(xml, '<' + p + 'sheetData', 0, xml.length);
  const sdClose = sdOpen < 0 ? -1 : xml.indexOf('</' + p + 'sheetData>', sdOpen);
  const headEnd = sdOpen < 0 ? xml.length : sdOpen;
  const tailStart = sdClose < 0 ? headEnd : sdClose;

  const scan = new CellScanner(xml, sdClose > 0 ? charCodes(xml, bytes) : new Uint8Array(0), p, ctx, sdClose);
  const { masters, orphans } = scan;

  if (sdClose > 0) maxCols = scanRows(scan, sdOpen, rows, hiddenRows);

  for (const o of orphans) {
    const m = masters.get(o.si);
    // A child whose master is missing keeps a visible marker instead of an empty formula.
    o.cell.f = m ? childFormula(m, o.row, o.col) : `#SHARED(${o.si})`;
  }

  // Hidden columns, limited to the columns that hold data (a "hide all unused" range spans 16,384).
  for (const e of elements(xml, p + 'col', 0, headEnd)) {
    if (!isTrue(attr(e.tag, 'hidden'))) continue;
    const min = Number(attr(e.tag, 'min') ?? 0);
    const max = Math.min(Number(attr(e.tag, 'max') ?? min), maxCols);
    for (let c = min; c <= max; c++) if (c >= 1) hiddenCols.add(c - 1);
  }

  let isProtected = false;
  const prot = nextTag(xml, '<' + p + 'sheetProtection', tailStart, xml.length);
  if (prot >= 0) isProtected = isTrue(attr(xml.slice(prot, xml.indexOf('>', prot) + 1), 'sheet'));

  for (const e of elements(xml, p + 'mergeCell', tailStart)) {
    const r = parseRange(attr(e.tag, 'ref') ?? '');
    if (r) merges.push(r);
  }

  return { rows, merges, hiddenRows, hiddenCols, protected: isProtected };
}
