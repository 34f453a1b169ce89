/**
 * Report tables as data: pure builders produce these, an adapter (xlsx or
 * Office.js) writes them. Nothing here knows about either.
 */
import type { CellRange } from '../../grid/types';

export type ReportTableId =
  | 'perjanjian-kinerja'
  | 'pengukuran-kinerja'
  | 'perbandingan-tahun-lalu'
  | 'perbandingan-renstra'
  | 'alokasi-anggaran'
  | 'efisiensi'
  | 'realisasi-anggaran'
  | 'pengukuran-sasaran';

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  /** Indent level (0..4) for tree rows. */
  indent?: number;
  /** 'rupiah' → "#,##0", 'percent' → "0.00", 'text' → "@", 'general' → "General". */
  format?: 'rupiah' | 'percent' | 'decimal' | 'text' | 'general';
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'center';
  wrap?: boolean;
  border?: boolean;
  /** Light fill for headers and total rows. */
  fill?: 'header' | 'total' | 'numbering';
  size?: number;
}

/** Number format codes (en-US) of the CellStyle formats, the same in every adapter. */
export const REPORT_FORMATS: Record<NonNullable<CellStyle['format']>, string> = {
  rupiah: '#,##0',
  percent: '0.00',
  decimal: '#,##0.00',
  text: '@',
  general: 'General',
};

export interface ReportCell {
  /** Numbers are numbers (already rounded by the builder where the figure is presented rounded). */
  value: string | number | null;
  style?: CellStyle;
}

export interface ReportTable {
  id: ReportTableId;
  /** Indonesian, ≤ 31 characters, unique within the builder's output. */
  sheetName: string;
  /** The whole sheet, row by row, title block included. rows[r][c]. */
  rows: ReportCell[][];
  merges: CellRange[];
  /** Column widths in characters. */
  colWidths: number[];
  /** Row heights in points where wrapped text needs more than the default (15 pt). */
  rowHeights?: Array<number | undefined>;
  /** Rows above this index stay frozen (the title block and header). */
  freezeRows: number;
  /** Header rows (inclusive, 0-based) printed on every page. */
  printTitleRows: [number, number];
  print: { orientation: 'landscape' | 'portrait'; paper: 'A4'; fitToWidth: true };
}

export interface ReportSkip {
  id: ReportTableId;
  /** Indonesian: which data is missing and which column would enable the table. */
  reason: string;
}
