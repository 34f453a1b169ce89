/**
 * A header merged over two columns ("INDIKATOR KINERJA" over a number
 * column and a text column, "ANGGARAN" over "Rp" and a blank): the data
 * decides which of the columns holds the field.
 */
import type { SheetGrid } from '../grid/types';
import { isBlank } from './text';
import type { Field, TableLayout } from './types';

const SAMPLE_ROWS = 60;
const TEXT_FIELDS = new Set<Field>(['sasaran', 'indikator', 'uraian', 'satuan', 'keterangan', 'polaritas', 'predikat']);
/** "1.", "a", "1)", "(2)": list numbering, not the text of a field. */
const NUMBERING = /^\(?[0-9a-z]{1,3}[.)]?\)?\.?$/i;
const DIGIT = /\d/;

function score(sheet: SheetGrid, table: TableLayout, col: number, text: boolean): number {
  const end = Math.min(table.dataEnd, table.dataStart + SAMPLE_ROWS - 1);
  let n = 0;
  for (let r = table.dataStart; r <= end; r++) {
    const cell = sheet.rows[r]?.[col];
    if (isBlank(cell)) continue;
    if (text) {
      if (cell!.t === 's' && !NUMBERING.test(cell!.v.trim())) n++;
    } else if (cell!.t === 'n' || (cell!.t === 's' && DIGIT.test(cell!.v))) {
      n++;
    }
  }
  return n;
}

/** Moves each spanned field to the column of its span that holds the most fitting data. */
export function settleSpans(sheet: SheetGrid, table: TableLayout, spans: Partial<Record<Field, number[]>>): void {
  for (const [field, cols] of Object.entries(spans) as Array<[Field, number[]]>) {
    if (table.columns[field] === undefined || cols.length < 2) continue;
    const text = TEXT_FIELDS.has(field);
    let best = table.columns[field]!;
    let bestScore = score(sheet, table, best, text);
    for (const c of cols) {
      const s = score(sheet, table, c, text);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    table.columns[field] = best;
  }
}
