/** PK fill: capaian (adding a "Capaian (%)" column when the table has none) and predikat. */
import type { SheetGrid } from '../../grid/types';
import { cellAt, columnCount } from '../../grid/types';
import { a1, columnLetters } from '../../grid/address';
import type { PkSheetModel, SourceValue } from '../model/types';
import { computePk } from '../compute/pk';
import { round2 } from '../compute/num';
import { finding, quote } from '../validate/finding';
import { propose, type Planner } from './propose';

export const CAPAIAN_HEADER = 'Capaian (%)';

/** The column most of the given cells sit in. */
function usualColumn(values: Array<SourceValue<unknown> | undefined>): number | undefined {
  const count = new Map<number, number>();
  for (const v of values) if (v) count.set(v.ref.col, (count.get(v.ref.col) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [col, k] of count) if (k > n) [best, n] = [col, k];
  return best;
}

function rowHasContent(grid: SheetGrid, r: number): boolean {
  const row = grid.rows[r];
  return !!row && row.some((c) => c !== undefined && !(c.t === 's' && c.v.trim() === ''));
}

/**
 * The rows of the indicator table: as the model builder recorded them, else
 * the data rows plus the contiguous non-blank rows right above them (header
 * and numbering rows; a blank row separates them from the title block).
 */
export function tableRows(grid: SheetGrid, sheet: PkSheetModel): { headerStart: number; headerEnd: number; end: number } | undefined {
  if (sheet.indicatorTable) {
    const t = sheet.indicatorTable;
    return { headerStart: t.headerStart, headerEnd: t.headerEnd, end: t.dataEnd };
  }
  if (sheet.indicators.length === 0) return undefined;
  let first = Infinity;
  let end = -1;
  for (const i of sheet.indicators) {
    first = Math.min(first, i.row);
    end = Math.max(end, i.row);
  }
  let start = first;
  while (start > 0 && first - start < 5 && rowHasContent(grid, start - 1)) start--;
  return { headerStart: start, headerEnd: first - 1, end };
}

function columnEmpty(grid: SheetGrid, col: number, r0: number, r1: number): boolean {
  for (let r = r0; r <= r1; r++) {
    const c = cellAt(grid, r, col);
    if (c !== undefined && !(c.t === 's' && c.v.trim() === '')) return false;
  }
  // A merged range over the table (a group header) makes the column part of it.
  return !grid.merges.some((m) => m.c0 <= col && col <= m.c1 && m.r0 <= r1 && r0 <= m.r1);
}

/** Where a missing capaian column goes: right after Realisasi if free, else the first free column right of the table. */
function placeCapaian(grid: SheetGrid, sheet: PkSheetModel, rows: { headerStart: number; end: number }, realisasiCol: number | undefined): number {
  const { headerStart, end } = rows;
  if (realisasiCol !== undefined && columnEmpty(grid, realisasiCol + 1, headerStart, end)) return realisasiCol + 1;
  const mapped = Object.values(sheet.columns).filter((c): c is number => typeof c === 'number');
  let col = Math.max(realisasiCol ?? 0, ...mapped) + 1;
  const limit = Math.max(col, columnCount(grid)) + 1;
  while (col < limit && !columnEmpty(grid, col, headerStart, end)) col++;
  return col;
}

/** The header row to label: the lowest header row holding the Realisasi header, else the first header row. */
function headerRow(grid: SheetGrid, rows: { headerStart: number; headerEnd: number }, realisasiCol: number | undefined): number {
  if (realisasiCol !== undefined) {
    for (let r = rows.headerEnd; r >= rows.headerStart; r--) {
      const c = cellAt(grid, r, realisasiCol);
      if (c && c.t === 's' && /[a-z]/i.test(c.v)) return r;
    }
  }
  return rows.headerStart;
}

export function planPk(pl: Planner, grid: SheetGrid, sheet: PkSheetModel): void {
  if (sheet.indicators.length === 0) return;
  const figures = computePk(sheet);
  const realisasiCol = usualColumn(sheet.indicators.map((i) => i.realisasi)) ?? sheet.columns.realisasiKinerja ?? sheet.columns.realisasi;
  let capCol = sheet.columns.capaian ?? usualColumn(sheet.indicators.map((i) => i.capaian));
  if (capCol === undefined) {
    const rows = tableRows(grid, sheet);
    if (!rows) return;
    capCol = placeCapaian(grid, sheet, rows, realisasiCol);
    const hr = rows.headerEnd >= rows.headerStart ? headerRow(grid, rows, realisasiCol) : undefined;
    if (hr !== undefined) {
      propose(pl, grid, { row: hr, col: capCol, kind: 'header', value: CAPAIAN_HEADER, compare: 'text', what: 'Judul kolom capaian' });
    }
    pl.plan.addedColumns.push({ sheet: sheet.sheet, col: capCol, header: CAPAIAN_HEADER });
    pl.findings.push(
      finding(
        'fill/column-added',
        'info',
        { sheet: sheet.sheet, row: hr, col: hr === undefined ? undefined : capCol },
        `Tabel indikator lembar ${sheet.sheet} tidak memiliki kolom capaian; kolom ${CAPAIAN_HEADER} ditambahkan di kolom ${columnLetters(capCol)}${hr !== undefined ? ` (judul di sel ${a1(hr, capCol)})` : ''}.`,
        columnLetters(capCol),
      ),
    );
  }
  const predikatCol = sheet.columns.predikat ?? usualColumn(sheet.indicators.map((i) => i.predikat));
  sheet.indicators.forEach((ind, i) => {
    const fig = figures[i];
    const what = `indikator ${quote(ind.indikator, 60)}`;
    propose(pl, grid, {
      row: ind.row,
      col: capCol!,
      kind: 'capaian',
      value: fig.capaian.ok ? round2(fig.capaian.value) : '-',
      compare: 'percent',
      existing: ind.capaian,
      what: `Capaian ${what}`,
    });
    if (predikatCol !== undefined) {
      propose(pl, grid, { row: ind.row, col: predikatCol, kind: 'predikat', value: fig.predikat ?? '-', compare: 'text', what: `Predikat ${what}` });
    }
  });
}
