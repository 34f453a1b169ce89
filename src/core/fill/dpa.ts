/** DPA fill: rollups of parent rows, realisasi from quarters, sisa, persen, capaian kinerja. */
import Decimal from 'decimal.js';
import type { SheetGrid } from '../../grid/types';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure } from '../compute/types';
import { computeDpaSheet } from '../compute/dpa';
import { numberOf, round2, statedPercent } from '../compute/num';
import { intOf, percentHundredths, scaledInt } from '../compute/fast';
import { rowName } from '../validate/finding';
import { propose, type Planner } from './propose';

const TW_FIELDS = ['tw1', 'tw2', 'tw3', 'tw4'] as const;
const TW_NAMES = ['TW I', 'TW II', 'TW III', 'TW IV'];

/** The model read a number from exactly this cell (not from a merge anchor elsewhere). */
function statesHere(sv: SourceValue | undefined, row: number, col: number): boolean {
  return !!sv && sv.ref.row === row && sv.ref.col === col && sv.parsed.kind === 'number';
}

/** Only figures the engine derived are written; stated ones are what the cell already holds. */
const derived = (f: Figure | undefined): f is Figure => !!f && f.source !== 'stated';

function planRow(pl: Planner, grid: SheetGrid, sheet: DpaSheetModel, row: DpaRow, fig: DpaFigures, isTotal: boolean): void {
  const c = sheet.columns;
  // Named only when a conflict message needs it: most rows never do.
  const name = () => rowName(row, isTotal);
  const money = (col: number | undefined, f: Figure | Decimal | undefined, kind: 'pagu' | 'realisasi' | 'tw' | 'sisa', what: string, existing?: SourceValue) => {
    if (col === undefined || f === undefined) return;
    const value = f instanceof Decimal ? f : f.value;
    propose(pl, grid, { row: row.row, col, kind, value, compare: 'money', existing, what: () => `${what} ${name()}` });
  };
  if (derived(fig.pagu)) money(c.pagu, fig.pagu, 'pagu', 'Pagu', row.pagu);
  if (derived(fig.realisasi)) money(c.realisasi, fig.realisasi, 'realisasi', 'Realisasi', row.realisasi);
  TW_FIELDS.forEach((field, k) => {
    const f = fig.tw[k];
    if (derived(f)) money(c[field], f, 'tw', `Realisasi ${TW_NAMES[k]}`, row.tw[k]);
  });
  // Sisa and % follow the pagu and realisasi the row will show after this plan: a conflicting
  // stated value stays unless the user overwrites, and the row must stay consistent with it.
  const kept = (sv: SourceValue | undefined, f: Figure | undefined) => (pl.overwrite ? f?.value : numberOf(sv) ?? f?.value);
  const pagu = kept(row.pagu, fig.pagu);
  const realisasi = kept(row.realisasi, fig.realisasi);
  if (pagu !== undefined && realisasi !== undefined) {
    // Whole amounts (nearly every row): integer arithmetic, and no proposal where the cell already agrees.
    const p = intOf(pagu);
    const r = intOf(realisasi);
    const ints = p !== undefined && r !== undefined;
    if (!(ints && c.sisa !== undefined && statesHere(row.sisa, row.row, c.sisa) && intOf(numberOf(row.sisa)) === p - r)) {
      money(c.sisa, ints ? new Decimal(p - r) : pagu.minus(realisasi), 'sisa', 'Sisa', row.sisa);
    }
    if (!pagu.isZero() && c.persen !== undefined) {
      const h = ints ? percentHundredths(r, p) : undefined;
      const stated = h !== undefined && statesHere(row.persen, row.row, c.persen) ? statedPercent(row.persen) : undefined;
      if (!(stated !== undefined && scaledInt(stated, 2) === h)) {
        // h / 100 prints as the 2-decimal value itself (at most 15 significant digits); 0 keeps the Decimal path (its sign).
        const value = h !== undefined && h !== 0 ? new Decimal(String(h / 100)) : round2(realisasi.dividedBy(pagu).times(100));
        propose(pl, grid, { row: row.row, col: c.persen, kind: 'persen', value, compare: 'percent', existing: row.persen, what: () => `Persentase realisasi ${name()}` });
      }
    }
  }
  const cap = fig.capaianKinerja;
  if (cap && c.capaian !== undefined && !isTotal) {
    propose(pl, grid, {
      row: row.row,
      col: c.capaian,
      kind: 'capaian',
      value: cap.ok ? round2(cap.value) : '-',
      compare: 'percent',
      existing: row.capaian,
      what: () => `Capaian kinerja ${name()}`,
    });
  }
}

export function planDpa(pl: Planner, grid: SheetGrid, sheet: DpaSheetModel): void {
  const { rows, total } = computeDpaSheet(sheet, { recompute: pl.overwrite });
  for (const row of sheet.rows) if (row !== sheet.total) planRow(pl, grid, sheet, row, rows[row.index], false);
  if (sheet.total && total) planRow(pl, grid, sheet, sheet.total, total, true);
}
