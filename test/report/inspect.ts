/** Reading a ReportTable in tests: find rows by their text, read values, check merges. */
import type { ReportCell, ReportTable } from '../../src/core/report/types';

/** Index of the first row holding a cell whose value equals `text`. */
export function rowWith(table: ReportTable, text: string, from = 0): number {
  for (let r = from; r < table.rows.length; r++) if (table.rows[r].some((c) => c.value === text)) return r;
  throw new Error(`no row holds "${text}" in ${table.sheetName}`);
}

export function values(table: ReportTable, r: number): Array<ReportCell['value']> {
  return table.rows[r].map((c) => c.value);
}

export function hasMerge(table: ReportTable, r0: number, c0: number, r1: number, c1: number): boolean {
  return table.merges.some((m) => m.r0 === r0 && m.c0 === c0 && m.r1 === r1 && m.c1 === c1);
}

/** The numbering row "(1) (2) …" (first one). */
export function numberingRow(table: ReportTable): number {
  return rowWith(table, '(1)');
}

/** All note lines (text below "Catatan:"). */
export function notes(table: ReportTable): string[] {
  const at = rowWith(table, 'Catatan:');
  return table.rows.slice(at + 1).map((row) => String(row[0].value));
}
