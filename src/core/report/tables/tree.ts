/** The program → kegiatan → sub kegiatan rows of a DPA, numbered "1", "1.1", "1.1.1". */
import type { DpaRow, DpaSheetModel } from '../../model/types';

export interface TreeRow {
  row: DpaRow;
  /** Hierarchical number among the kept rows; "" for an orphan. */
  no: string;
  /** 0 program, 1 kegiatan, 2 sub kegiatan. */
  depth: number;
  /** A program (or, in a DPA without programs, a row without parent): counts in the Jumlah. */
  top: boolean;
  /**
   * A kegiatan / sub kegiatan without parent in a DPA that has programs: its
   * parent code is missing from the sheet, so no program total includes it.
   */
  orphan: boolean;
}

const DEPTH: Partial<Record<DpaRow['level'], number>> = { program: 0, kegiatan: 1, subkegiatan: 2 };

/** Keeps program, kegiatan and sub kegiatan rows; kode rekening rows are summarised into their parent by compute. */
export function budgetTree(dpa: DpaSheetModel): TreeRow[] {
  const hasPrograms = dpa.rows.some((r) => r.level === 'program');
  const kept = new Map<number, TreeRow>();
  const childCount = new Map<number | 'top', number>();
  const out: TreeRow[] = [];
  for (const row of dpa.rows) {
    const depth = DEPTH[row.level];
    if (depth === undefined) continue;
    let p = row.parent;
    while (p !== undefined && !kept.has(p)) p = dpa.rows[p]?.parent;
    const orphan = p === undefined && hasPrograms && row.level !== 'program';
    let no = '';
    if (!orphan) {
      const key = p ?? 'top';
      const n = (childCount.get(key) ?? 0) + 1;
      childCount.set(key, n);
      no = p === undefined ? String(n) : `${kept.get(p)!.no}.${n}`;
    }
    const tr: TreeRow = { row, no, depth, top: p === undefined && !orphan, orphan };
    kept.set(row.index, tr);
    out.push(tr);
  }
  return out;
}

/** The note naming orphan rows, when there are any. */
export function orphanNote(tree: TreeRow[]): string[] {
  const orphans = tree.filter((t) => t.orphan);
  if (orphans.length === 0) return [];
  return [
    'Baris tanpa nomor tidak memiliki induk pada lembar DPA (kode induknya tidak ada), sehingga tidak termasuk dalam jumlah program mana pun maupun baris Jumlah: ' +
      orphans.map((t) => `${t.row.codeText} ${t.row.uraian}`.trim()).join('; ') +
      '.',
  ];
}
