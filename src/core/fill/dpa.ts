/** DPA fill: rollups of parent rows, realisasi from quarters, sisa, persen, capaian kinerja. */
import Decimal from 'decimal.js';
import type { SheetGrid } from '../../grid/types';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure } from '../compute/types';
import { computeDpaSheet, FigureTable, PAGU, REALISASI, TW0 } from '../compute/dpa';
import { numberOf, round2, statedPercent, statedPercentHundredths } from '../compute/num';
import { intOf, intOfParsed, percentHundredths, scaledInt } from '../compute/fast';
import { cellAt } from '../../grid/types';
import type { CellEdit, EditKind } from './types';
import { FORMATS } from './types';
import { rowName } from '../validate/finding';
import { isBlank, propose, type Planner } from './propose';

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
  const { rows, total, table, totalIndex } = computeDpaSheet(sheet, { recompute: pl.overwrite });
  for (const row of sheet.rows) {
    if (row === sheet.total) continue;
    if (!quickRow(pl, grid, sheet, row, table, row.index, rows[row.index])) planRow(pl, grid, sheet, row, rows[row.index], false);
  }
  if (sheet.total && total) {
    if (!quickRow(pl, grid, sheet, sheet.total, table, totalIndex!, total, true)) planRow(pl, grid, sheet, sheet.total, total, true);
  }
}

/** The whole amount a row will show: its stated cell (unless overwriting), else its figure; null when it is no whole amount. */
function keptInt(pl: Planner, sv: SourceValue | undefined, t: FigureTable, ti: number, field: number): number | undefined | null {
  const p = sv?.parsed;
  if (!pl.overwrite && p !== undefined && p.kind === 'number') return intOfParsed(p) ?? null;
  if (!t.has(ti, field)) return undefined;
  return t.int(ti, field) ?? null;
}

/**
 * planRow for the common row, in integers: every value to write is a whole
 * amount or a rounded percentage and every target cell is empty. Returns
 * false, having planned nothing, when the row needs planRow (a cell to
 * compare, a fraction, an indicator, a zero whose sign decimal.js decides).
 */
function quickRow(pl: Planner, grid: SheetGrid, sheet: DpaSheetModel, row: DpaRow, t: FigureTable, ti: number, fig: DpaFigures, isTotal = false): boolean {
  const c = sheet.columns;
  if (!isTotal && c.capaian !== undefined && fig.capaianKinerja) return false;
  const edits: CellEdit[] = [];
  const add = (col: number, value: number, kind: EditKind, format: string): boolean => {
    const old = cellAt(grid, row.row, col);
    if (!isBlank(old)) return false;
    edits.push({ sheet: grid.name, row: row.row, col, value, kind, old, format });
    return true;
  };
  const money = (col: number | undefined, field: number, kind: EditKind): boolean => {
    if (col === undefined || !t.has(ti, field) || t.source(ti, field) === 'stated') return true;
    const v = t.int(ti, field);
    return v !== undefined && v !== 0 && add(col, v, kind, FORMATS.rupiah);
  };
  if (!money(c.pagu, PAGU, 'pagu') || !money(c.realisasi, REALISASI, 'realisasi')) return false;
  for (let k = 0; k < TW_FIELDS.length; k++) {
    if (k >= t.tws) break;
    if (!money(c[TW_FIELDS[k]], TW0 + k, 'tw')) return false;
  }
  const pagu = keptInt(pl, row.pagu, t, ti, PAGU);
  const realisasi = keptInt(pl, row.realisasi, t, ti, REALISASI);
  if (pagu === null || realisasi === null) return false;
  if (pagu !== undefined && realisasi !== undefined) {
    if (c.sisa !== undefined) {
      const sp = row.sisa?.parsed;
      const agrees = statesHere(row.sisa, row.row, c.sisa) && sp !== undefined && sp.kind === 'number' && intOfParsed(sp) === pagu - realisasi;
      if (!agrees) {
        const sisa = pagu - realisasi;
        if (sisa === 0 || !add(c.sisa, sisa, 'sisa', FORMATS.rupiah)) return false;
      }
    }
    if (pagu !== 0 && c.persen !== undefined) {
      const h = percentHundredths(realisasi, pagu);
      if (h === undefined) return false;
      const here = statesHere(row.persen, row.row, c.persen);
      const stated = here ? statedPercentHundredths(row.persen) ?? scaledInt(statedPercent(row.persen)!, 2) : undefined;
      if (stated !== h) {
        // A zero % written new: decimal.js gives it a sign (0 / −pagu is −0); only nothing spent over a positive pagu is plainly 0.
        if (h === 0 && !(Object.is(realisasi, 0) && pagu > 0)) return false;
        if (!add(c.persen, h / 100, 'persen', FORMATS.percent)) return false;
      }
    }
  }
  for (const e of edits) pl.plan.edits.push(e);
  return true;
}
