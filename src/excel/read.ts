/**
 * Pure side of reading a workbook through Office.js: which blocks to load
 * per sync, and how loaded arrays become a SheetGrid. No Office.js here.
 */
import type { Cell, CellRange, SheetGrid } from '../grid/types';
import { columnIndex } from '../grid/address';
import { cellFromExcel, type ValueType } from './cells';

/** The used range (values only) of a sheet, as loaded in the metadata sync. */
export interface UsedRange {
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  /** true: every row hidden, false: none, null: some (then row properties are loaded). */
  rowHidden: boolean | null;
  columnHidden: boolean | null;
}

export interface SheetMeta {
  name: string;
  state: SheetGrid['state'];
  protected: boolean;
  /** null for a sheet without values. */
  used: UsedRange | null;
}

/** A row slice of one sheet's used range, loaded in one go. */
export interface ReadBlock {
  sheet: number;
  r0: number;
  rowCount: number;
  c0: number;
  colCount: number;
}

/** What one block returns: the four parallel arrays of Range. */
export interface BlockData {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: ValueType[][];
}

/**
 * Cuts every used range into row blocks of at most `cellsPerSync` cells and
 * packs them into syncs of at most `cellsPerSync` cells. Small workbooks,
 * whatever their sheet count, fit one sync.
 */
export function planReadBlocks(metas: SheetMeta[], cellsPerSync: number): ReadBlock[][] {
  const blocks: ReadBlock[] = [];
  metas.forEach((m, sheet) => {
    const u = m.used;
    if (!u || u.rowCount === 0 || u.columnCount === 0) return;
    const rowsPerBlock = Math.max(1, Math.floor(cellsPerSync / u.columnCount));
    for (let r = 0; r < u.rowCount; r += rowsPerBlock) {
      blocks.push({
        sheet,
        r0: u.rowIndex + r,
        rowCount: Math.min(rowsPerBlock, u.rowCount - r),
        c0: u.columnIndex,
        colCount: u.columnCount,
      });
    }
  });
  const syncs: ReadBlock[][] = [];
  let cur: ReadBlock[] = [];
  let cells = 0;
  for (const b of blocks) {
    const n = b.rowCount * b.colCount;
    if (cur.length && cells + n > cellsPerSync) {
      syncs.push(cur);
      cur = [];
      cells = 0;
    }
    cur.push(b);
    cells += n;
  }
  if (cur.length) syncs.push(cur);
  return syncs;
}

/** Unquotes a sheet name as written in an address: 'It''s' → It's. */
export function unquoteSheet(s: string): string {
  return s.startsWith("'") && s.endsWith("'") ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** Quotes a sheet name for an address or formula when Excel needs it. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** Splits an address list at commas outside quotes. */
function splitAreas(address: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) {
      out.push(cur.trim());
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/** "Sheet1!A1:C3" / "'My sheet'!$B$2" / "A1" → sheet (if any) and 0-based rectangle. */
export function parseAddress(address: string): { sheet?: string; range: CellRange } | undefined {
  const bang = address.lastIndexOf('!');
  const sheet = bang >= 0 ? unquoteSheet(address.slice(0, bang)) : undefined;
  const ref = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/i.exec(ref);
  if (!m) return undefined;
  const c0 = columnIndex(m[1].toUpperCase());
  const r0 = Number(m[2]) - 1;
  const c1 = m[3] ? columnIndex(m[3].toUpperCase()) : c0;
  const r1 = m[4] ? Number(m[4]) - 1 : r0;
  return { sheet, range: { r0: Math.min(r0, r1), c0: Math.min(c0, c1), r1: Math.max(r0, r1), c1: Math.max(c0, c1) } };
}

/** A RangeAreas address ("S!A1:B2, S!D4:E5") → rectangles. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  for (const part of splitAreas(address)) {
    const p = parseAddress(part);
    if (p) out.push(p.range);
  }
  return out;
}

/** Writes one loaded block into sparse grid rows. */
export function addBlock(rows: SheetGrid['rows'], block: ReadBlock, data: BlockData): void {
  for (let i = 0; i < block.rowCount; i++) {
    const vals = data.values[i];
    let row: Array<Cell | undefined> | undefined;
    for (let j = 0; j < block.colCount; j++) {
      const type = data.valueTypes[i][j];
      if (type === 'Empty' && (data.formulas[i][j] === '' || data.formulas[i][j] === undefined)) continue;
      const cell = cellFromExcel(vals[j], data.formulas[i][j], data.numberFormat[i][j], type);
      if (!cell) continue;
      if (!row) row = rows[block.r0 + i] ?? [];
      row[block.c0 + j] = cell;
    }
    if (row) rows[block.r0 + i] = row;
  }
}

/** Drops trailing empty rows so rows.length is one past the last row holding a value. */
export function trimRows(rows: SheetGrid['rows']): SheetGrid['rows'] {
  let n = rows.length;
  while (n > 0 && !rows[n - 1]) n--;
  rows.length = n;
  return rows;
}

/**
 * Hidden rows (or columns) of a used range from the cheap aggregate flag, or
 * from per-row properties when the flag says "some".
 */
export function hiddenIndexes(
  start: number,
  count: number,
  all: boolean | null,
  perIndex: Array<{ index?: number; hidden?: boolean }> | undefined,
): Set<number> {
  const out = new Set<number>();
  if (all === true) for (let i = 0; i < count; i++) out.add(start + i);
  else if (all === null && perIndex) for (const p of perIndex) if (p.hidden && p.index !== undefined) out.add(p.index);
  return out;
}

/** Office.js visibility → grid state. */
export function sheetState(visibility: string): SheetGrid['state'] {
  return visibility === 'Hidden' ? 'hidden' : visibility === 'VeryHidden' ? 'veryHidden' : 'visible';
}
