/** Fast lookup of the merged range covering a cell. */
import type { CellRange, SheetGrid } from '../grid/types';

/** Merges larger than this many cells are looked up by scanning, not indexed cell by cell. */
const MAX_INDEXED_AREA = 200_000;

export class MergeIndex {
  private readonly byCell = new Map<number, number>();
  private readonly large: number[] = [];
  /** Rows any merge covers: most lookups (data rows below a merged header) end on this test. */
  private readonly firstRow: number;
  private readonly lastRow: number;

  constructor(readonly merges: CellRange[]) {
    let first = merges.length ? merges[0].r0 : 0;
    let last = -1;
    merges.forEach((m, i) => {
      if (m.r0 < first) first = m.r0;
      if (m.r1 > last) last = m.r1;
      const area = (m.r1 - m.r0 + 1) * (m.c1 - m.c0 + 1);
      if (area > MAX_INDEXED_AREA) {
        this.large.push(i);
        return;
      }
      for (let r = m.r0; r <= m.r1; r++) for (let c = m.c0; c <= m.c1; c++) this.byCell.set(key(r, c), i);
    });
    this.firstRow = first;
    this.lastRow = last;
  }

  static of(sheet: SheetGrid): MergeIndex {
    return new MergeIndex(sheet.merges);
  }

  /** The merge covering (r, c), if any (the anchor cell included). */
  at(r: number, c: number): CellRange | undefined {
    if (r < this.firstRow || r > this.lastRow) return undefined;
    const i = this.byCell.get(key(r, c));
    if (i !== undefined) return this.merges[i];
    for (const j of this.large) {
      const m = this.merges[j];
      if (r >= m.r0 && r <= m.r1 && c >= m.c0 && c <= m.c1) return m;
    }
    return undefined;
  }

  get empty(): boolean {
    return this.merges.length === 0;
  }
}

function key(r: number, c: number): number {
  return r * 20000 + c;
}
