/**
 * Code columns found by content: a DPA whose code column has no "Kode"
 * header (blank or "No"), and the table's tree source.
 */
import { parseCode } from '../core/codes';
import type { SheetGrid } from '../grid/types';
import { isBlank } from './text';
import type { Field, TableLayout } from './types';

/** Data rows sampled to judge a column by its content. */
const SAMPLE_ROWS = 60;
/**
 * A zero-padded segment after a dot (1.06, 5.1.02, X.XX): budget codes pad
 * their segments, outline numbering (1.1.1, 1.2.10) never does.
 */
const CODE_SHAPED = /\.\s*(?:0\d|[xX]{2})/;

function isCodeKind(kind: string): boolean {
  return kind === 'code' || kind === 'rekening' || kind === 'ambiguous';
}

/** The column (not mapped to a text field) where most sampled cells read as budget codes. */
export function detectCodeColumn(sheet: SheetGrid, table: TableLayout, minCol: number, maxCol: number): number | undefined {
  const taken = new Set<number>();
  for (const [f, c] of Object.entries(table.columns) as Array<[Field, number]>) if (f !== 'no') taken.add(c);
  const end = Math.min(table.dataEnd, table.dataStart + SAMPLE_ROWS - 1);
  let best: number | undefined;
  let bestHits = 0;
  for (let c = minCol; c <= maxCol; c++) {
    if (taken.has(c)) continue;
    let filled = 0;
    let hits = 0;
    let dotted = 0;
    for (let r = table.dataStart; r <= end; r++) {
      const cell = sheet.rows[r]?.[c];
      if (isBlank(cell)) continue;
      filled++;
      if (cell!.t === 's' && CODE_SHAPED.test(cell!.v)) dotted++;
      if (isCodeKind(parseCode(cell).kind)) hits++;
    }
    // Row numbers (1, 2, 3 or 1.1.1) also read as codes: require code-shaped text too.
    if (filled >= 2 && hits * 2 >= filled && dotted >= 1 && hits > bestHits) {
      best = c;
      bestHits = hits;
    }
  }
  return best;
}

/** 'split' / 'codes' when the table's code columns hold codes, else 'inferred' (levels from row text). */
export function detectTreeSource(sheet: SheetGrid, table: TableLayout): TableLayout['treeSource'] {
  const c = table.columns;
  if (c.kodeProgram !== undefined || c.kodeKegiatan !== undefined || c.kodeSub !== undefined) return 'split';
  if (c.kode === undefined) return 'inferred';
  const end = Math.min(table.dataEnd, table.dataStart + SAMPLE_ROWS - 1);
  for (let r = table.dataStart; r <= end; r++) {
    const cell = sheet.rows[r]?.[c.kode];
    if (!isBlank(cell) && isCodeKind(parseCode(cell).kind)) return 'codes';
  }
  return 'inferred';
}
