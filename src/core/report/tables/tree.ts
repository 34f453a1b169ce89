/** The program → kegiatan → sub kegiatan rows of a DPA, numbered "1", "1.1", "1.1.1". */
import type { DpaRow, DpaSheetModel } from '../../model/types';

export interface TreeRow {
  row: DpaRow;
  /** Hierarchical number among the kept rows. */
  no: string;
  /** 0 program, 1 kegiatan, 2 sub kegiatan. */
  depth: number;
  /** No kept ancestor: counts in the Jumlah. */
  top: boolean;
}

const DEPTH: Partial<Record<DpaRow['level'], number>> = { program: 0, kegiatan: 1, subkegiatan: 2 };

/** Keeps program, kegiatan and sub kegiatan rows; kode rekening rows are summarised into their parent by compute. */
export function budgetTree(dpa: DpaSheetModel): TreeRow[] {
  const kept = new Map<number, TreeRow>();
  const childCount = new Map<number | 'top', number>();
  const out: TreeRow[] = [];
  for (const row of dpa.rows) {
    const depth = DEPTH[row.level];
    if (depth === undefined) continue;
    let p = row.parent;
    while (p !== undefined && !kept.has(p)) p = dpa.rows[p]?.parent;
    const key = p ?? 'top';
    const n = (childCount.get(key) ?? 0) + 1;
    childCount.set(key, n);
    const tr: TreeRow = { row, no: p === undefined ? String(n) : `${kept.get(p)!.no}.${n}`, depth, top: p === undefined };
    kept.set(row.index, tr);
    out.push(tr);
  }
  return out;
}
