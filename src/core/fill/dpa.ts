/** DPA fill: rollups of parent rows, realisasi from quarters, sisa, persen, capaian kinerja. */
import Decimal from 'decimal.js';
import type { Cell, SheetGrid } from '../../grid/types';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure } from '../compute/types';
import { computeDpaSheet, FigureTable, hasCapaian, PAGU, REALISASI, TW0 } from '../compute/dpa';
import { numberOf, round2, statedPercent, statedPercentHundredths } from '../compute/num';
import { intOf, intOfParsed, percentHundredths, scaledInt } from '../compute/fast';
import type { CellEdit, EditKind } from './types';
import { FORMATS } from './types';
import { rowName } from '../validate/finding';
import { isBlank, propose, type Planner } from './propose';

const TW_FIELDS = ['tw1', 'tw2', 'tw3', 'tw4'] as const;
const TW_NAMES = ['TW I', 'TW II', 'TW III', 'TW IV'];

/** The model read a number from exactly this cell (not from a merge anchor elsewhere). */
function statesHere(sv: SourceValue | undefined, row: number, col: number): boolean {
  // The kind first: a ref is built per read, and most cells hold no number.
  if (!sv || sv.parsed.kind !== 'number') return false;
  const ref = sv.ref;
  return ref.row === row && ref.col === col;
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

export function planDpa(pl: Planner, grid: SheetGrid, sheet: DpaSheetModel, opts: { quick?: boolean } = {}): void {
  const { rows, total, table, totalIndex } = computeDpaSheet(sheet, { recompute: pl.overwrite });
  // quick: false plans every row with planRow, the oracle the integer planner is tested against.
  const quick = opts.quick === false ? undefined : new QuickPlanner(pl, grid, sheet, table);
  const all = sheet.rows;
  for (let i = 0; i < all.length; i++) {
    const row = all[i];
    if (row === sheet.total) continue;
    const fig = rows[row.index];
    if (!quick || !quick.row(row, row.index, false)) planRow(pl, grid, sheet, row, fig, false);
  }
  if (sheet.total && total) {
    if (!quick || !quick.row(sheet.total, totalIndex!, true)) planRow(pl, grid, sheet, sheet.total, total, true);
  }
}

/** No such column (a number, so the column fields keep one type). */
const NO_COL = -1;

/**
 * planRow for the common row, in integers: every value to write is a whole
 * amount or a rounded percentage and every target cell is empty. row()
 * returns false, having planned nothing, when the row needs planRow (a cell
 * to compare, a fraction, an indicator, a zero whose sign decimal.js decides).
 * One per sheet: the columns are read once, and a row's edits are staged in
 * reused arrays (a row's edits are all written or none).
 */
class QuickPlanner {
  private readonly edits: CellEdit[];
  private readonly sheetName: string;
  private readonly pagu: number;
  private readonly realisasi: number;
  private readonly tws: number[] = [];
  private readonly sisa: number;
  private readonly persen: number;
  private readonly capaian: boolean;
  // Staged edits of the current row.
  private n = 0;
  private readonly cols: number[] = [];
  private readonly values: number[] = [];
  private readonly kinds: EditKind[] = [];
  private readonly formats: string[] = [];
  private readonly olds: Array<Cell | undefined> = [];
  // Set in the constructor too: a field first added in row() would change the object's map mid-sheet (a deopt).
  private cells: Array<Cell | undefined> | undefined = undefined;

  constructor(
    pl: Planner,
    private readonly grid: SheetGrid,
    sheet: DpaSheetModel,
    private readonly t: FigureTable,
  ) {
    const c = sheet.columns;
    this.edits = pl.plan.edits;
    this.sheetName = grid.name;
    this.pagu = c.pagu ?? NO_COL;
    this.realisasi = c.realisasi ?? NO_COL;
    for (let k = 0; k < TW_FIELDS.length && k < t.tws; k++) this.tws.push(c[TW_FIELDS[k]] ?? NO_COL);
    this.sisa = c.sisa ?? NO_COL;
    this.persen = c.persen ?? NO_COL;
    this.capaian = c.capaian !== undefined;
  }

  row(row: DpaRow, ti: number, isTotal: boolean): boolean {
    // An indicator row has a capaian to compare: planRow's (the row's figures carry it exactly then).
    if (!isTotal && this.capaian && hasCapaian(row)) return false;
    const t = this.t;
    const r = row.row;
    this.n = 0;
    this.cells = this.grid.rows[r];
    if (!this.money(this.pagu, ti, PAGU, 'pagu') || !this.money(this.realisasi, ti, REALISASI, 'realisasi')) return false;
    for (let k = 0; k < this.tws.length; k++) if (!this.money(this.tws[k], ti, TW0 + k, 'tw')) return false;
    const pagu = keptInt(t, ti, PAGU);
    const realisasi = keptInt(t, ti, REALISASI);
    if (pagu === null || realisasi === null) return false;
    if (pagu !== undefined && realisasi !== undefined) {
      const cs = this.sisa;
      if (cs !== NO_COL) {
        const sv = row.sisa;
        const agrees = this.exists(cs) && statesHere(sv, r, cs) && intOfParsed(sv!.parsed as ParsedNumberOf) === pagu - realisasi;
        if (!agrees) {
          const sisa = pagu - realisasi;
          if (sisa === 0 || !this.add(cs, sisa, 'sisa', FORMATS.rupiah)) return false;
        }
      }
      const cp = this.persen;
      if (pagu !== 0 && cp !== NO_COL) {
        const h = percentHundredths(realisasi, pagu);
        if (h === undefined) return false;
        const here = this.exists(cp) && statesHere(row.persen, r, cp);
        const stated = here ? statedPercentHundredths(row.persen) ?? scaledInt(statedPercent(row.persen)!, 2) : undefined;
        if (stated !== h) {
          // A zero % written new: decimal.js gives it a sign (0 / −pagu is −0); only nothing spent over a positive pagu is plainly 0.
          if (h === 0 && !(Object.is(realisasi, 0) && pagu > 0)) return false;
          if (!this.add(cp, h / 100, 'persen', FORMATS.percent)) return false;
        }
      }
    }
    const name = this.sheetName;
    for (let k = 0; k < this.n; k++) {
      this.edits.push({ sheet: name, row: r, col: this.cols[k], value: this.values[k], kind: this.kinds[k], old: this.olds[k], format: this.formats[k] });
    }
    return true;
  }

  /** A derived whole amount into an empty cell; true when there is nothing to write. */
  private money(col: number, ti: number, field: number, kind: EditKind): boolean {
    const t = this.t;
    if (col === NO_COL || !t.has(ti, field) || t.source(ti, field) === 'stated') return true;
    const v = t.int(ti, field);
    return v !== undefined && v !== 0 && this.add(col, v, kind, FORMATS.rupiah);
  }

  /** The row has a cell in this column: the model reads a number from no other (a missing cell is an empty reading). */
  private exists(col: number): boolean {
    return this.cells !== undefined && this.cells[col] !== undefined;
  }

  /** Stages an edit of an empty cell; false when the cell holds something (the row then needs planRow). */
  private add(col: number, value: number, kind: EditKind, format: string): boolean {
    const old = this.cells === undefined ? undefined : this.cells[col];
    if (!isBlank(old)) return false;
    const k = this.n++;
    this.cols[k] = col;
    this.values[k] = value;
    this.kinds[k] = kind;
    this.formats[k] = format;
    this.olds[k] = old;
    return true;
  }
}

type ParsedNumberOf = Parameters<typeof intOfParsed>[0];

/**
 * The whole amount a row will show, from its figure: with overwrite, the
 * figure; without, its stated cell when that holds a number, which is then
 * the figure (a stated value stands unless recomputed, see
 * FigureTable.fromChildren). undefined when there is none, null when it is
 * no whole amount.
 */
function keptInt(t: FigureTable, ti: number, field: number): number | undefined | null {
  if (!t.has(ti, field)) return undefined;
  return t.int(ti, field) ?? null;
}
