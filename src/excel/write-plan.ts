/**
 * Turns scattered cell writes into few rectangular 2-D blocks (null where a
 * cell inside the rectangle must stay untouched: Office.js leaves a cell
 * alone when its entry in `values`/`numberFormat`/`formulas` is null), and
 * packs the blocks into syncs under the request size budget.
 */
import { MAX_BLOCK_CELLS, MAX_COL_GAP, MAX_ROW_GAP } from './limits';

export interface Located {
  sheet: string;
  row: number;
  col: number;
}

export interface Block<T extends Located> {
  sheet: string;
  r0: number;
  c0: number;
  rowCount: number;
  colCount: number;
  /** The items inside the rectangle, one per cell (a later item for the same cell wins). */
  items: T[];
}

export interface BlockOptions {
  maxRowGap?: number;
  maxColGap?: number;
  maxCells?: number;
}

/** Splits sorted numbers into runs whose neighbours are at most `gap` apart. */
function runs(sorted: number[], gap: number): number[][] {
  const out: number[][] = [];
  for (const n of sorted) {
    const last = out[out.length - 1];
    if (last && n - last[last.length - 1] <= gap) last.push(n);
    else out.push([n]);
  }
  return out;
}

/** Groups items into rectangles: per sheet, per column cluster, per run of nearby rows. */
export function planBlocks<T extends Located>(items: T[], opts: BlockOptions = {}): Block<T>[] {
  const maxRowGap = opts.maxRowGap ?? MAX_ROW_GAP;
  const maxColGap = opts.maxColGap ?? MAX_COL_GAP;
  const maxCells = opts.maxCells ?? MAX_BLOCK_CELLS;
  const bySheet = new Map<string, Map<string, T>>();
  for (const it of items) {
    let m = bySheet.get(it.sheet);
    if (!m) bySheet.set(it.sheet, (m = new Map()));
    m.set(`${it.row}:${it.col}`, it); // last write for a cell wins
  }
  const blocks: Block<T>[] = [];
  for (const [sheet, cells] of bySheet) {
    const all = [...cells.values()];
    const cols = [...new Set(all.map((i) => i.col))].sort((a, b) => a - b);
    for (const colRun of runs(cols, maxColGap)) {
      const c0 = colRun[0];
      const colCount = colRun[colRun.length - 1] - c0 + 1;
      const byRow = new Map<number, T[]>();
      for (const i of all) {
        if (i.col < c0 || i.col >= c0 + colCount) continue;
        const list = byRow.get(i.row);
        if (list) list.push(i);
        else byRow.set(i.row, [i]);
      }
      const rows = [...byRow.keys()].sort((a, b) => a - b);
      const maxRows = Math.max(1, Math.floor(maxCells / colCount));
      for (const rowRun of runs(rows, maxRowGap)) {
        // A long run is cut so no block exceeds maxCells.
        for (let k = 0; k < rowRun.length; ) {
          const r0 = rowRun[k];
          let j = k;
          while (j + 1 < rowRun.length && rowRun[j + 1] - r0 < maxRows) j++;
          const r1 = rowRun[j];
          blocks.push({
            sheet,
            r0,
            c0,
            rowCount: r1 - r0 + 1,
            colCount,
            items: rowRun.slice(k, j + 1).flatMap((r) => byRow.get(r) ?? []),
          });
          k = j + 1;
        }
      }
    }
  }
  return blocks;
}

/** A rows × cols matrix of null with `pick(item)` at each item's cell (null from pick keeps the hole). */
export function blockMatrix<T extends Located, V>(block: Block<T>, pick: (item: T) => V | null): Array<Array<V | null>> {
  const m: Array<Array<V | null>> = [];
  for (let r = 0; r < block.rowCount; r++) m.push(new Array<V | null>(block.colCount).fill(null));
  for (const it of block.items) m[it.row - block.r0][it.col - block.c0] = pick(it);
  return m;
}

/** True when every entry of the matrix is null (nothing to send). */
export function allNull(m: unknown[][]): boolean {
  return m.every((row) => row.every((v) => v === null));
}

/** Request size of a value as Office.js sends it (JSON). */
export function jsonBytes(value: unknown): number {
  return JSON.stringify(value).length;
}

/**
 * Packs items into consecutive groups whose summed size stays within budget
 * (an item larger than the budget gets a group of its own).
 */
export function packBySize<T>(items: T[], size: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let cur: T[] = [];
  let used = 0;
  for (const it of items) {
    const s = size(it);
    if (cur.length && used + s > budget) {
      groups.push(cur);
      cur = [];
      used = 0;
    }
    cur.push(it);
    used += s;
  }
  if (cur.length) groups.push(cur);
  return groups;
}
