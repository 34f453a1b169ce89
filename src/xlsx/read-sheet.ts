/**
 * Linear scanner for one worksheet part. Builds only what holds a value:
 * a stray cell at XFD1048576 costs one sparse entry, not a million rows.
 */
import type { Cell, CellRange, SheetGrid } from '../grid/types';
import { DATE1904_OFFSET, isoToSerial } from './dates';
import { shiftFormula } from './formula-shift';
import { itemText } from './shared-strings';
import type { CellFormats } from './styles';
import { attr, decodeText, elements, isTrue, rootPrefix, unescapeXml } from './xml';

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

/** Inner text of the child element `<qname>…</qname>` in [from, to); undefined when absent or empty-tag. */
function childText(xml: string, open: string, close: string, from: number, to: number): { tag: string; text: string } | undefined {
  const i = nextTag(xml, open, from, to);
  if (i < 0) return undefined;
  const gt = xml.indexOf('>', i);
  const tag = xml.slice(i, gt + 1);
  if (xml.charCodeAt(gt - 1) === 47) return { tag, text: '' };
  const end = xml.indexOf(close, gt);
  if (end < 0 || end > to) return undefined;
  return { tag, text: xml.slice(gt + 1, end) };
}

interface SharedMaster {
  text: string;
  row: number;
  col: number;
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
    let at = sdOpen;
    for (;;) {
      const rs = nextTag(xml, rowOpen, at, sdClose);
      if (rs < 0) break;
      const rgt = xml.indexOf('>', rs);
      const rowTag = xml.slice(rs, rgt + 1);
      const rAttr = attr(rowTag, 'r');
      rowIdx = rAttr ? Number(rAttr) - 1 : rowIdx + 1;
      if (isTrue(attr(rowTag, 'hidden'))) hiddenRows.add(rowIdx);
      if (xml.charCodeAt(rgt - 1) === 47) {
        at = rgt + 1;
        continue;
      }
      const re = xml.indexOf(rowClose, rgt);
      const rowEnd = re < 0 ? sdClose : re;
      let cells: Array<Cell | undefined> | undefined;
      let colIdx = -1;
      let ci = rgt + 1;
      for (;;) {
        const cs = nextTag(xml, cOpen, ci, rowEnd);
        if (cs < 0) break;
        const cgt = xml.indexOf('>', cs);
        const ctag = xml.slice(cs, cgt + 1);
        const ref = attr(ctag, 'r');
        colIdx = ref ? parseRef(ref).col : colIdx + 1;
        if (xml.charCodeAt(cgt - 1) === 47) {
          ci = cgt + 1;
          continue; // style only, no value
        }
        const ce = xml.indexOf(cClose, cgt);
        const cellEnd = ce < 0 ? rowEnd : ce;
        ci = cellEnd + cClose.length;
        const cell = readCell(ctag, xml, cgt + 1, cellEnd);
        if (!cell) continue;
        // Formula.
        const f = childText(xml, fOpen, fClose, cgt + 1, cellEnd);
        if (f) {
          let text = unescapeXml(f.text);
          const ft = attr(f.tag, 't');
          if (ft === 'shared') {
            const si = attr(f.tag, 'si') ?? '';
            if (text) masters.set(si, { text, row: rowIdx, col: colIdx });
            else {
              const m = masters.get(si);
              if (m) text = shiftFormula(m.text, rowIdx - m.row, colIdx - m.col);
              else orphans.push({ cell, si, row: rowIdx, col: colIdx });
            }
          } else if (ft === 'dataTable' && !text) {
            text = `TABLE(${attr(f.tag, 'r1') ?? ''},${attr(f.tag, 'r2') ?? ''})`;
          }
          if (text) cell.f = text;
        }
        if (cell.f === undefined && cell.t === 's' && cell.v === '' && !f) continue;
        if (!cells) cells = [];
        cells[colIdx] = cell;
        if (colIdx + 1 > maxCols) maxCols = colIdx + 1;
      }
      if (cells) rows[rowIdx] = cells;
      at = rowEnd + rowClose.length;
    }

    function readCell(ctag: string, x: string, from: number, to: number): Cell | undefined {
      const t = attr(ctag, 't');
      const s = attr(ctag, 's');
      const xf = s ? Number(s) : 0;
      const code = s ? ctx.formats.codes[xf] : undefined;
      let cell: Cell | undefined;
      if (t === 'inlineStr') {
        const is = childText(x, isOpen, isClose, from, to);
        cell = { t: 's', v: is ? itemText(is.text, p) : '' };
      } else {
        const v = childText(x, vOpen, vClose, from, to);
        const raw = v ? v.text : undefined;
        if (t === 's') {
          if (raw === undefined) return undefined;
          const str = ctx.sharedStrings[Number(raw)];
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
        } else {
          if (raw === undefined || raw.trim() === '') {
            // A formula without a cached value still matters (its text is kept).
            cell = childText(x, fOpen, fClose, from, to) ? { t: 's', v: '' } : undefined;
          } else {
            const n = Number(raw);
            if (!Number.isFinite(n)) cell = { t: 's', v: unescapeXml(raw) };
            else if (s && ctx.formats.isDate[xf]) cell = { t: 'd', v: ctx.date1904 ? n + DATE1904_OFFSET : n };
            else cell = { t: 'n', v: n };
          }
        }
      }
      if (cell && code !== undefined && code !== 'General') cell.z = code;
      return cell;
    }
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
