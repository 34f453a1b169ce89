/**
 * Rewrites only the edited <c> elements of one worksheet part. Everything
 * between them is copied as is; missing cells and rows are inserted in order.
 */
import { a1 } from '../grid/address';
import { shiftFormula } from './formula-shift';
import { nextTag, parseRef } from './read-sheet';
import { attr, encodeXstring, escapeXml, removeAttr, rootPrefix, setAttr, unescapeXml } from './xml';

export interface SheetEdit {
  row: number;
  col: number;
  value: number | string;
  format?: string;
}

/** Chooses the style index of an edited cell from its current one. */
export type StyleFor = (currentXf: number, format: string | undefined) => number;

export interface PatchResult {
  xml: string;
  /** A formula was overwritten (calcChain must forget it). */
  formulaRemoved: boolean;
}

interface ColStyle {
  min: number;
  max: number;
  style: number;
}

function numberText(v: number): string {
  return Object.is(v, -0) ? '0' : String(v);
}

/** The new <c> element for an edit, keeping the attributes of the old one (minus type and metadata). */
/** The start tag Excel writes for most cells, `<c r="B12" s="3">` or `<c r="B12" s="3"/>`: its style, else -1. */
function plainTagStyle(p: string, tag: string): number {
  const m = PLAIN_TAG.exec(tag);
  return m && (m[1] ?? '') === p ? Number(m[2]) : -1;
}
const PLAIN_TAG = /^<([A-Za-z_][\w.-]*:)?c r="[A-Z]{1,3}[0-9]{1,7}" s="([0-9]{1,9})"\/?>$/;

function cellXml(p: string, oldTag: string | undefined, e: SheetEdit, styleFor: StyleFor, defaultXf: number): string {
  let tag: string;
  const plainXf = oldTag ? plainTagStyle(p, oldTag) : -1;
  if (oldTag && plainXf >= 0) {
    // What the attribute edits below give such a tag, built directly (a fill rewrites ~100,000 of them).
    const xf = styleFor(plainXf, e.format);
    tag = `<${p}c r="${a1(e.row, e.col)}"${xf ? ` s="${xf}"` : ''}${typeof e.value === 'number' ? '' : ' t="inlineStr"'}>`;
  } else if (oldTag) {
    // Keep the attributes of the old cell, minus its type and value metadata.
    tag = removeAttr(removeAttr(removeAttr(oldTag.replace(/\/?>$/, '>'), 't'), 'cm'), 'vm');
    tag = setAttr(tag, 'r', a1(e.row, e.col));
    const xf = styleFor(Number(attr(oldTag, 's') ?? 0), e.format);
    tag = xf ? setAttr(tag, 's', String(xf)) : removeAttr(tag, 's');
    if (typeof e.value !== 'number') tag = setAttr(tag, 't', 'inlineStr');
  } else {
    // New cells are built directly (the common case when filling a column).
    const xf = styleFor(defaultXf, e.format);
    tag = `<${p}c r="${a1(e.row, e.col)}"${xf ? ` s="${xf}"` : ''}${typeof e.value === 'number' ? '' : ' t="inlineStr"'}>`;
  }
  if (typeof e.value === 'number') return `${tag}<${p}v>${numberText(e.value)}</${p}v></${p}c>`;
  // Text is always an inline string: a leading "=" stays text, never a formula.
  const space = /^\s|\s$|[\n\t]/.test(e.value) ? ' xml:space="preserve"' : '';
  return `${tag}<${p}is><${p}t${space}>${encodeXstring(e.value)}</${p}t></${p}is></${p}c>`;
}

/** Widens a row's optional spans="a:b" hint to cover new columns (1-based). */
function widenSpans(rowTag: string, cols: number[]): string {
  const spans = attr(rowTag, 'spans');
  if (!spans || cols.length === 0) return rowTag;
  const m = /^(\d+):(\d+)$/.exec(spans);
  if (!m) return removeAttr(rowTag, 'spans');
  const lo = Math.min(Number(m[1]), ...cols.map((c) => c + 1));
  const hi = Math.max(Number(m[2]), ...cols.map((c) => c + 1));
  return setAttr(rowTag, 'spans', `${lo}:${hi}`);
}

export function patchSheetXml(xml: string, edits: SheetEdit[], styleFor: StyleFor): PatchResult {
  const p = rootPrefix(xml, 'worksheet');
  // Last edit of a cell wins; sorted in document order.
  const byCell = new Map<string, SheetEdit>();
  for (const e of edits) byCell.set(`${e.row}:${e.col}`, e);
  const list = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);

  const sdStart = nextTag(xml, `<${p}sheetData`, 0, xml.length);
  if (sdStart < 0) throw new Error('worksheet without sheetData');
  const colStyles: ColStyle[] = [];
  const colsRe = new RegExp(`<${p}col\\s[^>]*>`, 'g');
  for (const m of xml.slice(0, sdStart).matchAll(colsRe)) {
    const style = Number(attr(m[0], 'style') ?? 0);
    if (style) colStyles.push({ min: Number(attr(m[0], 'min')), max: Number(attr(m[0], 'max')), style });
  }
  const colXf = (col: number) => colStyles.find((c) => col + 1 >= c.min && col + 1 <= c.max)?.style ?? 0;

  // A formula child of an edited cell (built once per sheet, not once per edited cell).
  const fOpen = new RegExp(`<${p}f[\\s>/]`);
  let formulaRemoved = false;
  const removedMasters = new Map<string, { text: string; row: number; col: number }>();
  const out: string[] = [];

  const newRow = (r: number, group: SheetEdit[]) =>
    `<${p}row r="${r + 1}">${group.map((e) => cellXml(p, undefined, e, styleFor, colXf(e.col))).join('')}</${p}row>`;

  const sdGt = xml.indexOf('>', sdStart);
  const selfClosing = xml.charCodeAt(sdGt - 1) === 47;
  const sdEnd = selfClosing ? sdGt + 1 : xml.indexOf(`</${p}sheetData>`, sdGt);
  let last: number;
  if (selfClosing) {
    out.push(xml.slice(0, sdStart), `<${p}sheetData>`);
    last = sdEnd;
  } else {
    out.push(xml.slice(0, sdGt + 1));
    last = sdGt + 1;
  }

  let ei = 0;
  const takeRow = (r: number) => {
    const g: SheetEdit[] = [];
    while (ei < list.length && list[ei].row === r) g.push(list[ei++]);
    return g;
  };

  if (!selfClosing) {
    const rowOpen = `<${p}row`;
    const rowClose = `</${p}row>`;
    let at = sdGt + 1;
    let rowIdx = -1;
    while (ei < list.length) {
      const rs = nextTag(xml, rowOpen, at, sdEnd);
      if (rs < 0) break;
      const rgt = xml.indexOf('>', rs);
      const rowTag = xml.slice(rs, rgt + 1);
      const rAttr = attr(rowTag, 'r');
      rowIdx = rAttr ? Number(rAttr) - 1 : rowIdx + 1;
      const rowSelfClosing = xml.charCodeAt(rgt - 1) === 47;
      const rowEnd = rowSelfClosing ? rgt + 1 : xml.indexOf(rowClose, rgt) + rowClose.length;
      at = rowEnd;
      // Rows before this one that do not exist yet.
      while (ei < list.length && list[ei].row < rowIdx) {
        out.push(xml.slice(last, rs), newRow(list[ei].row, takeRow(list[ei].row)));
        last = rs;
      }
      // Positions become explicit so inserted rows cannot shift implicit ones.
      let tag = rAttr ? rowTag : setAttr(rowTag, 'r', String(rowIdx + 1));
      if (ei >= list.length || list[ei].row !== rowIdx) {
        if (!rAttr) {
          out.push(xml.slice(last, rs), tag);
          last = rgt + 1;
        }
        continue;
      }
      const group = takeRow(rowIdx);
      const rowXf = attr(rowTag, 's');
      const customFormat = attr(rowTag, 'customFormat');
      const defaultXf = (col: number) => (rowXf && (customFormat === '1' || customFormat === 'true') ? Number(rowXf) : colXf(col));
      tag = widenSpans(tag, group.map((e) => e.col));
      if (rowSelfClosing) {
        out.push(xml.slice(last, rs), tag.replace(/\s*\/>$/, '>'));
        out.push(...group.map((e) => cellXml(p, undefined, e, styleFor, defaultXf(e.col))), rowClose);
        last = rowEnd;
        continue;
      }
      out.push(xml.slice(last, rs), tag);
      last = rgt + 1;
      const innerEnd = rowEnd - rowClose.length;
      const cOpen = `<${p}c`;
      const cClose = `</${p}c>`;
      let gi = 0;
      let colIdx = -1;
      let ci = rgt + 1;
      for (;;) {
        const cs = nextTag(xml, cOpen, ci, innerEnd);
        if (cs < 0) break;
        const cgt = xml.indexOf('>', cs);
        const ctag = xml.slice(cs, cgt + 1);
        const ref = attr(ctag, 'r');
        colIdx = ref ? parseRef(ref).col : colIdx + 1;
        const cellEnd = xml.charCodeAt(cgt - 1) === 47 ? cgt + 1 : xml.indexOf(cClose, cgt) + cClose.length;
        ci = cellEnd;
        while (gi < group.length && group[gi].col < colIdx) {
          out.push(xml.slice(last, cs), cellXml(p, undefined, group[gi++], styleFor, defaultXf(group[gi - 1].col)));
          last = cs;
        }
        if (gi < group.length && group[gi].col === colIdx) {
          const inner = xml.slice(cgt + 1, cellEnd);
          const fm = fOpen.exec(inner);
          if (fm) {
            formulaRemoved = true;
            const fgt = inner.indexOf('>', fm.index);
            const ftag = inner.slice(fm.index, fgt + 1);
            if (attr(ftag, 't') === 'shared' && !ftag.endsWith('/>')) {
              const fend = inner.indexOf(`</${p}f>`, fgt);
              const text = unescapeXml(inner.slice(fgt + 1, fend));
              if (text) removedMasters.set(attr(ftag, 'si') ?? '', { text, row: rowIdx, col: colIdx });
            }
          }
          out.push(xml.slice(last, cs), cellXml(p, ctag, group[gi++], styleFor, 0));
          last = cellEnd;
        } else if (!ref) {
          out.push(xml.slice(last, cs), setAttr(ctag, 'r', a1(rowIdx, colIdx)));
          last = cgt + 1;
        }
      }
      if (gi < group.length) {
        out.push(xml.slice(last, innerEnd), ...group.slice(gi).map((e) => cellXml(p, undefined, e, styleFor, defaultXf(e.col))));
        last = innerEnd;
      }
    }
  }
  // Rows after the last existing one.
  if (ei < list.length) {
    if (!selfClosing) {
      out.push(xml.slice(last, sdEnd));
      last = sdEnd;
    }
    while (ei < list.length) out.push(newRow(list[ei].row, takeRow(list[ei].row)));
  }
  if (selfClosing) out.push(`</${p}sheetData>`);
  out.push(xml.slice(last));
  let result = out.join('');
  if (removedMasters.size) result = expandSharedChildren(result, p, removedMasters);
  return { xml: result, formulaRemoved };
}

/**
 * A shared formula whose master cell was overwritten leaves children with an
 * empty <f t="shared" si="N"/>; each gets its own full formula instead.
 */
function expandSharedChildren(xml: string, p: string, masters: Map<string, { text: string; row: number; col: number }>): string {
  const re = new RegExp(`<${p}f\\s[^>]*?(?:/>|>\\s*</${p}f>)`, 'g');
  return xml.replace(re, (ftag: string, offset: number) => {
    if (attr(ftag, 't') !== 'shared') return ftag;
    const m = masters.get(attr(ftag, 'si') ?? '');
    if (!m) return ftag;
    const cs = xml.lastIndexOf(`<${p}c `, offset);
    const ref = attr(xml.slice(cs, xml.indexOf('>', cs) + 1), 'r');
    if (!ref) return ftag;
    const { row, col } = parseRef(ref);
    return `<${p}f>${escapeXml(shiftFormula(m.text, row - m.row, col - m.col))}</${p}f>`;
  });
}

