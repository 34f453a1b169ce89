/**
 * Sheet layout shared by every report table: title block, header with merged
 * group headers, the "(1) (2) (3)" numbering row, bordered data rows, notes and
 * print settings. Builders describe content; this module owns the look.
 */
import type { CellRange } from '../../grid/types';
import { estimateRowHeights } from './row-heights';
import type { CellStyle, ReportCell, ReportTable, ReportTableId } from './types';

/**
 * One top-level header entry. A leaf spans `span` columns (default 1); a group
 * has sub-headers, one column each, under a merged group label.
 */
export interface HeaderEntry {
  label: string;
  span?: number;
  children?: string[];
}

const HEADER_STYLE: CellStyle = {
  bold: true,
  horizontal: 'center',
  vertical: 'center',
  wrap: true,
  border: true,
  fill: 'header',
};

const NUMBERING_STYLE: CellStyle = {
  horizontal: 'center',
  vertical: 'center',
  border: true,
  fill: 'numbering',
};

/** The style of a data cell without one: a border only. Styles are shared and read-only (see cells.ts). */
const BORDER_ONLY: CellStyle = { border: true };
const BORDERED = new WeakMap<CellStyle, CellStyle>();

/** { ...style, border: true }, once per style object: a table's rows share a few styles. */
function bordered(style: CellStyle | undefined): CellStyle {
  if (style === undefined) return BORDER_ONLY;
  let s = BORDERED.get(style);
  if (s === undefined) {
    s = { ...style, border: true };
    BORDERED.set(style, s);
  }
  return s;
}

/** Columns an entry occupies. */
function entryWidth(e: HeaderEntry): number {
  return e.children && e.children.length > 0 ? e.children.length : (e.span ?? 1);
}

export class SheetBuilder {
  readonly rows: ReportCell[][] = [];
  readonly merges: CellRange[] = [];
  private firstHeaderRow = -1;
  private lastHeaderRow = -1;
  private firstDataRow = -1;

  /** colWidths fixes the table width: every row has that many cells. */
  constructor(readonly colWidths: number[]) {}

  get width(): number {
    return this.colWidths.length;
  }

  get rowCount(): number {
    return this.rows.length;
  }

  /** Adds a merge unless it covers a single cell. */
  merge(r0: number, c0: number, r1: number, c1: number): void {
    if (r0 === r1 && c0 === c1) return;
    this.merges.push({ r0, c0, r1, c1 });
  }

  /** Title lines merged across the table width, bold and centred, then one blank row. */
  title(lines: string[]): void {
    for (const line of lines) {
      const r = this.push([{ value: line, style: { bold: true, horizontal: 'center', size: 12 } }]);
      this.merge(r, 0, r, this.width - 1);
    }
    this.push([]);
  }

  /**
   * Writes the header (one row, or two when any entry is a group) and the
   * numbering row. Returns the row index of the numbering row.
   */
  header(entries: HeaderEntry[]): number {
    const total = entries.reduce((n, e) => n + entryWidth(e), 0);
    if (total !== this.width) {
      throw new Error(`header covers ${total} columns, table has ${this.width}`);
    }
    const twoRows = entries.some((e) => e.children && e.children.length > 0);
    const top = this.rows.length;
    const rowA = this.blankRow(HEADER_STYLE);
    const rowB = twoRows ? this.blankRow(HEADER_STYLE) : undefined;
    const numbering = this.blankRow(NUMBERING_STYLE);
    this.rows.push(rowA);
    if (rowB) this.rows.push(rowB);
    const numRow = this.rows.length;
    this.rows.push(numbering);

    let c = 0;
    let n = 1;
    for (const e of entries) {
      const w = entryWidth(e);
      rowA[c] = { value: e.label, style: HEADER_STYLE };
      if (e.children && e.children.length > 0) {
        this.merge(top, c, top, c + w - 1);
        e.children.forEach((label, i) => {
          rowB![c + i] = { value: label, style: HEADER_STYLE };
          numbering[c + i] = { value: `(${n++})`, style: NUMBERING_STYLE };
        });
      } else {
        this.merge(top, c, twoRows ? top + 1 : top, c + w - 1);
        numbering[c] = { value: `(${n++})`, style: NUMBERING_STYLE };
        this.merge(numRow, c, numRow, c + w - 1);
      }
      c += w;
    }
    if (this.firstHeaderRow < 0) this.firstHeaderRow = top;
    if (this.lastHeaderRow < 0) this.lastHeaderRow = numRow;
    return numRow;
  }

  /** Appends a bordered data row, padded to the table width; returns its index. */
  row(cells: Array<ReportCell | undefined>): number {
    const padded: ReportCell[] = [];
    for (let c = 0; c < this.width; c++) {
      const cell = cells[c];
      padded.push(cell === undefined || cell === null ? { value: null, style: BORDER_ONLY } : { value: cell.value, style: bordered(cell.style) });
    }
    const r = this.rows.length;
    this.rows.push(padded);
    if (this.firstDataRow < 0) this.firstDataRow = r;
    return r;
  }

  /**
   * Merges the block r0..r1 × c0..c1 into its top-left cell (a sasaran
   * spanning its indicators, a "Jumlah" label). Covered cells keep the
   * top-left style, so borders stay, and lose their value.
   */
  mergeBlock(r0: number, c0: number, r1: number, c1: number): void {
    if (r1 === r0 && c1 === c0) return;
    const style = this.rows[r0][c0].style;
    for (let r = r0; r <= r1; r++) {
      for (let c = c0; c <= c1; c++) if (r !== r0 || c !== c0) this.rows[r][c] = { value: null, style };
    }
    this.merge(r0, c0, r1, c1);
  }

  mergeDown(c: number, r0: number, r1: number): void {
    this.mergeBlock(r0, c, r1, c);
  }

  mergeAcross(r: number, c0: number, c1: number): void {
    this.mergeBlock(r, c0, r, c1);
  }

  /** An empty row (no borders) between blocks. */
  gap(): void {
    this.push([]);
  }

  /** Note lines under the table, each merged across the width and wrapped. */
  notes(lines: string[]): void {
    if (lines.length === 0) return;
    this.gap();
    const head = this.push([{ value: 'Catatan:', style: { bold: true } }]);
    this.merge(head, 0, head, this.width - 1);
    for (const line of lines) {
      const r = this.push([{ value: line, style: { wrap: true, vertical: 'top' } }]);
      this.merge(r, 0, r, this.width - 1);
    }
  }

  finish(id: ReportTableId, sheetName: string): ReportTable {
    const headerEnd = this.lastHeaderRow;
    return {
      id,
      sheetName,
      rows: this.rows,
      merges: this.merges,
      colWidths: [...this.colWidths],
      rowHeights: estimateRowHeights(this.rows, this.merges, this.colWidths),
      freezeRows: this.firstDataRow >= 0 ? this.firstDataRow : headerEnd + 1,
      printTitleRows: [this.firstHeaderRow, headerEnd],
      print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
    };
  }

  private push(cells: ReportCell[]): number {
    const full: ReportCell[] = [];
    for (let c = 0; c < this.width; c++) full.push(cells[c] ?? { value: null });
    this.rows.push(full);
    return this.rows.length - 1;
  }

  private blankRow(style: CellStyle): ReportCell[] {
    return Array.from({ length: this.width }, () => ({ value: null, style }));
  }
}
