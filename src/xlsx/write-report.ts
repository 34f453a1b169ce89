/** One report table → one worksheet part (children in OOXML schema order). */
import type { ReportTable } from '../core/report/types';
import { a1, columnLetters } from '../grid/address';
import type { StyleBook } from './style-writer';
import { encodeXstring } from './xml';

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Excel stores widths with ~0.71 character of cell padding. */
function storedWidth(chars: number): number {
  return Math.round((chars + 0.71) * 256) / 256;
}

export interface ReportSheetOptions {
  ns?: { main: string; rel: string };
  /** The sheet opens as the active one (it replaces the sheet that was active). */
  selected?: boolean;
}

export function reportSheetXml(table: ReportTable, styles: StyleBook, opts: ReportSheetOptions = {}): string {
  const ns = opts.ns ?? { main: MAIN_NS, rel: REL_NS };
  const view = `<sheetView${opts.selected ? ' tabSelected="1"' : ''} workbookViewId="0"`;
  const rowsXml: string[] = [];
  let maxCol = 0;
  table.rows.forEach((cells, r) => {
    const parts: string[] = [];
    cells.forEach((cell, c) => {
      if (!cell) return;
      const xf = styles.reportXf(cell.style);
      const s = xf ? ` s="${xf}"` : '';
      const ref = a1(r, c);
      const v = cell.value;
      if (typeof v === 'number' && Number.isFinite(v)) parts.push(`<c r="${ref}"${s}><v>${Object.is(v, -0) ? 0 : v}</v></c>`);
      else if (typeof v === 'string' && v !== '') {
        const space = /^\s|\s$|[\n\t]/.test(v) ? ' xml:space="preserve"' : '';
        parts.push(`<c r="${ref}"${s} t="inlineStr"><is><t${space}>${encodeXstring(v)}</t></is></c>`);
      } else if (xf) parts.push(`<c r="${ref}"${s}/>`);
      else return;
      if (c + 1 > maxCol) maxCol = c + 1;
    });
    const h = table.rowHeights?.[r];
    // Neither Excel nor LibreOffice grows a row for wrapped text on open: the builder's estimate is written.
    const ht = h !== undefined && h > 0 ? ` ht="${h}" customHeight="1"` : '';
    if (parts.length || ht) rowsXml.push(`<row r="${r + 1}"${ht}>${parts.join('')}</row>`);
  });
  for (const m of table.merges) if (m.c1 + 1 > maxCol) maxCol = m.c1 + 1;
  maxCol = Math.max(maxCol, table.colWidths.length, 1);
  const lastRow = Math.max(table.rows.length, ...table.merges.map((m) => m.r1 + 1), 1);

  const out: string[] = [];
  out.push('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n');
  out.push(`<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`);
  out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="A1:${columnLetters(maxCol - 1)}${lastRow}"/>`);
  if (table.freezeRows > 0) {
    const top = `A${table.freezeRows + 1}`;
    out.push(
      `<sheetViews>${view}><pane ySplit="${table.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else {
    out.push(`<sheetViews>${view}/></sheetViews>`);
  }
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (table.colWidths.length) {
    out.push('<cols>');
    table.colWidths.forEach((w, i) => {
      if (w > 0) out.push(`<col min="${i + 1}" max="${i + 1}" width="${storedWidth(w)}" customWidth="1"/>`);
    });
    out.push('</cols>');
  }
  out.push(rowsXml.length ? `<sheetData>${rowsXml.join('')}</sheetData>` : '<sheetData/>');
  // One-cell and overlapping merges make Excel repair the file; the first of two overlapping ones wins.
  const merges: ReportTable['merges'] = [];
  for (const m of table.merges) {
    if (m.r1 === m.r0 && m.c1 === m.c0) continue;
    if (merges.some((k) => m.r0 <= k.r1 && k.r0 <= m.r1 && m.c0 <= k.c1 && k.c0 <= m.c1)) continue;
    merges.push(m);
  }
  if (merges.length) {
    out.push(`<mergeCells count="${merges.length}">`);
    for (const m of merges) out.push(`<mergeCell ref="${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}"/>`);
    out.push('</mergeCells>');
  }
  out.push('<pageMargins left="0.5" right="0.5" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  out.push(`<pageSetup paperSize="9" orientation="${table.print.orientation}" fitToWidth="1" fitToHeight="0"/>`);
  out.push('</worksheet>');
  // A <cols> with no widths left is invalid; drop it.
  return out.join('').replace('<cols></cols>', '');
}
