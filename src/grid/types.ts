/**
 * The host-neutral grid: what every front door (xlsx file, Office.js, tests)
 * hands to the engine. No Decimal here: a grid is what the host stored, the
 * engine decides how to read it.
 */

/** Fields every cell kind shares. */
interface CellBase {
  /** Formula text without the leading "=", when the cell holds a formula (v is its cached value). */
  f?: string;
  /** Number format code as stored (en-US codes: "#,##0", "0.00%", "General"). */
  z?: string;
}

export type Cell =
  | (CellBase & { t: 'n'; v: number })
  /** Text, including numbers stored as text. */
  | (CellBase & { t: 's'; v: string })
  | (CellBase & { t: 'b'; v: boolean })
  /** A date: v is the Excel serial day number (1900 system). */
  | (CellBase & { t: 'd'; v: number })
  /** An Excel error value such as "#DIV/0!" or "#REF!". */
  | (CellBase & { t: 'e'; v: string });

export type CellKind = Cell['t'];

/** Inclusive, 0-based rectangle. */
export interface CellRange {
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

export interface SheetGrid {
  name: string;
  /** 'hidden' and 'veryHidden' sheets are still read; the role finder may skip them. */
  state: 'visible' | 'hidden' | 'veryHidden';
  /**
   * rows[r][c], 0-based. Rows and cells that hold nothing are `undefined`
   * (sparse arrays are fine). rows.length is one past the last row holding a
   * value, never the sheet's inflated "used range".
   */
  rows: Array<Array<Cell | undefined> | undefined>;
  merges: CellRange[];
  hiddenRows: ReadonlySet<number>;
  hiddenCols: ReadonlySet<number>;
  /** Sheet protection is on: nothing may be written to it. */
  protected: boolean;
}

export interface WorkbookGrid {
  sheets: SheetGrid[];
  /**
   * Names of sheets an earlier `report` run generated (marked in the file),
   * so that a new run replaces them and never a sheet the user made.
   */
  generatedSheets: string[];
}

export function cellAt(sheet: SheetGrid, r: number, c: number): Cell | undefined {
  const row = sheet.rows[r];
  return row ? row[c] : undefined;
}

/** Number of columns in the widest row. */
export function columnCount(sheet: SheetGrid): number {
  let n = 0;
  for (const row of sheet.rows) if (row && row.length > n) n = row.length;
  return n;
}
