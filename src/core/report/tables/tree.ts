/** The program → kegiatan → sub kegiatan rows of a DPA, numbered "1", "1.1", "1.1.1". */
import type { DpaRow, DpaSheetModel } from '../../model/types';
import type { CellStyle } from '../types';

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

/** 0 program, 1 kegiatan, 2 sub kegiatan; -1 for the rows the tree leaves out. */
function depthOf(level: DpaRow['level']): number {
  return level === 'program' ? 0 : level === 'kegiatan' ? 1 : level === 'subkegiatan' ? 2 : -1;
}

/** Keeps program, kegiatan and sub kegiatan rows; kode rekening rows are summarised into their parent by compute. */
export function budgetTree(dpa: DpaSheetModel): TreeRow[] {
  const rows = dpa.rows;
  const hasPrograms = rows.some((r) => r.level === 'program');
  // By row index, in typed arrays (a 100,000-row sheet keeps ~10,000 rows): keptAt holds
  // 1 + the kept row's place in out, 0 for a row not kept.
  const keptAt = new Int32Array(rows.length);
  const childCount = new Int32Array(rows.length);
  let topCount = 0;
  const out: TreeRow[] = [];
  const isKept = (p: number): boolean => keptAt[p] > 0;
  for (const row of rows) {
    const depth = depthOf(row.level);
    if (depth < 0) continue;
    let p = row.parent;
    while (p !== undefined && !isKept(p)) p = rows[p]?.parent;
    const orphan = p === undefined && hasPrograms && row.level !== 'program';
    let no = '';
    if (!orphan) {
      if (p === undefined) no = String(++topCount);
      else no = `${out[keptAt[p] - 1].no}.${++childCount[p]}`;
    }
    const tr: TreeRow = { row, no, depth, top: p === undefined && !orphan, orphan };
    out.push(tr);
    keptAt[row.index] = out.length;
  }
  return out;
}

/** Styles of a tree row's cells, shared by every row of its depth: a program bold, the uraian indented. */
export interface DepthStyles {
  row: CellStyle;
  /** row + indent. */
  uraian: CellStyle;
  /** row + wrap. */
  wrapped: CellStyle;
}

const DEPTH_STYLES: DepthStyles[] = [];

export function depthStyles(depth: number): DepthStyles {
  let s = DEPTH_STYLES[depth];
  if (s === undefined) {
    const row: CellStyle = depth === 0 ? { bold: true } : {};
    s = { row, uraian: { ...row, indent: depth }, wrapped: { ...row, wrap: true } };
    DEPTH_STYLES[depth] = s;
  }
  return s;
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
