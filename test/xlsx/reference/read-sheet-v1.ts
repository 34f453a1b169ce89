/**
 * The worksheet scanner as it was before the fast rewrite (commit 9ff5310),
 * kept verbatim as the oracle the fast scanner is compared with. Shared-string
 * item text is copied too, so later changes to src/xlsx do not move the oracle.
 */
import type { Cell, CellRange, SheetGrid } from '../../../src/grid/types';
import { DATE1904_OFFSET, isoToSerial } from '../../../src/xlsx/dates';
import { shiftFormula } from './formula-shift-v1';
import { itemText } from './shared-strings-v1';
import type { CellFormats } from '../../../src/xlsx/styles';
import { attr, decodeText, elements, isTrue, rootPrefix, unescapeXml } from '../../../src/xlsx/xml';

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

function isDelim(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
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
}

/** Attributes of a <c> start tag that the reader needs, parsed in place (no slicing). */
interface CellTag {
  /** Set when the tag has an r attribute; col is then its 0-based column. */
  ref: string | undefined;
  col: number;
  t: string | undefined;
  s: number;
  /** Offset one past the start tag. */
  end: number;
  selfClosing: boolean;
}

function isSpace(ch: number): boolean {
  return ch === 32 || ch === 9 || ch === 10 || ch === 13;
}

function skipSpace(xml: string, i: number): number {
  while (isSpace(xml.charCodeAt(i))) i++;
  return i;
}

/** Reused for every cell: the scanner allocates nothing per cell beyond the Cell itself. */
const scratch: CellTag = { ref: undefined, col: -1, t: undefined, s: 0, end: 0, selfClosing: false };

function readCellTag(xml: string, i: number): CellTag {
  const tag = scratch;
  tag.ref = undefined;
  tag.t = undefined;
  tag.s = 0;
  tag.selfClosing = false;
  const n = xml.length;
  while (i < n) {
    i = skipSpace(xml, i);
    const ch = xml.charCodeAt(i);
    if (ch === 62 /* > */) {
      tag.end = i + 1;
      return tag;
    }
    if (ch === 47 /* / */) {
      tag.end = xml.indexOf('>', i) + 1;
      tag.selfClosing = true;
      return tag;
    }
    const nameStart = i;
    while (i < n && xml.charCodeAt(i) !== 61 /* = */ && !isSpace(xml.charCodeAt(i))) i++;
    const nameEnd = i;
    i = skipSpace(xml, i);
    i = skipSpace(xml, i + 1); // past "="
    const q = xml[i];
    const vEnd = xml.indexOf(q, i + 1);
    if (vEnd < 0) break;
    if (nameEnd - nameStart === 1) {
      const name = xml.charCodeAt(nameStart);
      if (name === 114 /* r */) {
        tag.ref = 'r';
        tag.col = colOf(xml, i + 1, vEnd);
      }
      else if (name === 116 /* t */) tag.t = xml.slice(i + 1, vEnd);
      else if (name === 115 /* s */) tag.s = Number(xml.slice(i + 1, vEnd)) || 0;
    }
    i = vEnd + 1;
  }
  tag.end = n;
  return tag;
}

/** True when xml has `open` at i followed by a tag delimiter. */
function at(xml: string, i: number, open: string): boolean {
  return xml.startsWith(open, i) && isDelim(xml.charCodeAt(i + open.length));
}

/** 0-based column of the letters of an A1 reference in xml[from, to). */
function colOf(xml: string, from: number, to: number): number {
  let col = 0;
  for (let k = from; k < to; k++) {
    const ch = xml.charCodeAt(k);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break;
  }
  return col - 1;
}

/** Text of a child element read in sequence; childNext is the offset after it, childTag its start tag when asked. */
let childNext = 0;
let childTag = '';
function child(xml: string, i: number, close: string, wantTag: boolean): string {
  const gt = xml.indexOf('>', i);
  childTag = wantTag ? xml.slice(i, gt + 1) : '';
  if (xml.charCodeAt(gt - 1) === 47) {
    childNext = gt + 1;
    return '';
  }
  const end = xml.indexOf(close, gt);
  childNext = end + close.length;
  return xml.slice(gt + 1, end);
}

export function readSheetXml(xml: string, ctx: SheetContext): SheetBody {
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

  const masters = new Map<string, SharedMaster>();
  const orphans: Array<{ cell: Cell; si: string; row: number; col: number }> = [];
  const { sharedStrings, formats, date1904 } = ctx;

  if (sdClose > 0) {
    const rowOpen = '<' + p + 'row';
    const rowClose = '</' + p + 'row>';
    const cOpen = '<' + p + 'c';
    const cClose = '</' + p + 'c>';
    const vOpen = '<' + p + 'v';
    const vClose = '</' + p + 'v>';
    const fOpen = '<' + p + 'f';
    const fClose = '</' + p + 'f>';
    const isOpen = '<' + p + 'is';
    const isClose = '</' + p + 'is>';
    let rowIdx = -1;
    let pos = sdOpen;
    for (;;) {
      const rs = nextTag(xml, rowOpen, pos, sdClose);
      if (rs < 0) break;
      const rgt = xml.indexOf('>', rs);
      const rowTag = xml.slice(rs, rgt + 1);
      const rAttr = attr(rowTag, 'r');
      rowIdx = rAttr ? Number(rAttr) - 1 : rowIdx + 1;
      if (rowTag.indexOf('hidden') > 0 && isTrue(attr(rowTag, 'hidden'))) hiddenRows.add(rowIdx);
      if (xml.charCodeAt(rgt - 1) === 47) {
        pos = rgt + 1;
        continue;
      }
      let cells: Array<Cell | undefined> | undefined;
      let colIdx = -1;
      let i = rgt + 1;
      // Cells are read in sequence; children of <c> come in schema order (f, v, is).
      for (;;) {
        i = skipSpace(xml, i);
        if (!at(xml, i, cOpen)) break;
        const ct = readCellTag(xml, i + cOpen.length);
        colIdx = ct.ref ? ct.col : colIdx + 1;
        i = ct.end;
        if (ct.selfClosing) continue; // style only, no value
        let ftag: string | undefined;
        let ftext = '';
        let raw: string | undefined;
        let inline: string | undefined;
        i = skipSpace(xml, i);
        if (at(xml, i, fOpen)) {
          ftext = child(xml, i, fClose, true);
          ftag = childTag;
          i = skipSpace(xml, childNext);
        }
        if (at(xml, i, vOpen)) {
          raw = child(xml, i, vClose, false);
          i = childNext;
        } else if (at(xml, i, isOpen)) {
          inline = itemText(child(xml, i, isClose, false), p);
          i = childNext;
        }
        const ce = xml.indexOf(cClose, i);
        i = ce < 0 ? sdClose : ce + cClose.length;

        const cell = makeCell(ct, raw, inline, ftag !== undefined);
        if (!cell) continue;
        if (ftag !== undefined) {
          let text = ftext.indexOf('&') >= 0 ? unescapeXml(ftext) : ftext;
          const ft = attr(ftag, 't');
          if (ft === 'shared') {
            const si = attr(ftag, 'si') ?? '';
            if (text) masters.set(si, { text, row: rowIdx, col: colIdx });
            else {
              const m = masters.get(si);
              if (m) text = shiftFormula(m.text, rowIdx - m.row, colIdx - m.col);
              else orphans.push({ cell, si, row: rowIdx, col: colIdx });
            }
          } else if (ft === 'dataTable' && !text) {
            text = `TABLE(${attr(ftag, 'r1') ?? ''},${attr(ftag, 'r2') ?? ''})`;
          }
          if (text) cell.f = text;
        } else if (cell.t === 's' && cell.v === '') continue; // empty text without formula holds nothing
        if (!cells) cells = [];
        cells[colIdx] = cell;
        if (colIdx + 1 > maxCols) maxCols = colIdx + 1;
      }
      if (cells) rows[rowIdx] = cells;
      const re = xml.indexOf(rowClose, i);
      pos = re < 0 ? sdClose : re + rowClose.length;
    }
  }

  function makeCell(ct: CellTag, raw: string | undefined, inline: string | undefined, hasFormula: boolean): Cell | undefined {
    const t = ct.t;
    let cell: Cell | undefined;
    if (t === 'inlineStr') {
      cell = { t: 's', v: inline ?? '' };
    } else if (t === 's') {
      if (raw === undefined) return undefined;
      const str = sharedStrings[Number(raw)];
      cell = str === undefined ? { t: 'e', v: '#REF!' } : { t: 's', v: str };
    } else if (t === 'str') {
      cell = { t: 's', v: raw === undefined ? '' : decodeText(raw) };
    } else if (t === 'b') {
      if (raw === undefined) return undefined;
      cell = { t: 'b', v: raw.trim() === '1' || raw.trim() === 'true' };
    } else if (t === 'e') {
      cell = { t: 'e', v: raw === undefined ? '#N/A' : unescapeXml(raw) };
    } else if (t === 'd') {
      if (raw === undefined) return undefined;
      const iso = unescapeXml(raw);
      const serial = isoToSerial(iso);
      // Not a date Excel could hold: keep the text rather than guess.
      cell = serial === undefined ? { t: 's', v: iso } : { t: 'd', v: serial };
    } else if (raw === undefined || raw.trim() === '') {
      // A formula without a cached value still matters (its text is kept).
      if (!hasFormula) return undefined;
      cell = { t: 's', v: '' };
    } else {
      const n = Number(raw);
      if (!Number.isFinite(n)) cell = { t: 's', v: unescapeXml(raw) };
      else if (formats.isDate[ct.s]) cell = { t: 'd', v: date1904 ? n + DATE1904_OFFSET : n };
      else cell = { t: 'n', v: n };
    }
    // A cell without s uses xf 0, like any other.
    const code = formats.codes[ct.s];
    if (code !== undefined && code !== 'General') cell.z = code;
    return cell;
  }

  for (const o of orphans) {
    const m = masters.get(o.si);
    // A child whose master is missing keeps a visible marker instead of an empty formula.
    o.cell.f = m ? shiftFormula(m.text, o.row - m.row, o.col - m.col) : `#SHARED(${o.si})`;
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
