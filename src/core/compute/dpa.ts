/**
 * DPA figures: pagu, realisasi and TW per row, rolled up from children where
 * the children carry values, plus sisa, persen and capaian kinerja.
 */
import Decimal from 'decimal.js';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure } from './types';
import { capaianKinerja } from './capaian';
import { decimalOfInt, FAST_LIMIT, intOf } from './fast';

const ZERO = new Decimal(0);

/** A figure, or why there is none: nothing stated, or a value we cannot read with certainty. */
type Slot = { fig?: Figure; uncertain: boolean };

const NONE: Slot = { uncertain: false };

const UNCERTAIN: Slot = { uncertain: true };

/** As stateOf (compute/num.ts), without its intermediate object: this runs for every value cell. */
function stated(sv: SourceValue | undefined): Slot {
  const p = sv?.parsed;
  if (!p || p.kind === 'empty' || p.kind === 'absent') return NONE;
  if (p.kind === 'number') return { fig: { value: p.value, source: 'stated' }, uncertain: false };
  return UNCERTAIN;
}

/**
 * Sum of the figures of `slots` (those that have one): in integers when all
 * are whole amounts below 1e15 and the sum stays there, else in Decimal.
 */
function sumSlots(slots: Slot[], start: Decimal | undefined): Decimal | undefined {
  let int = start === undefined ? 0 : intOf(start);
  let n = 0;
  for (const s of slots) {
    if (!s.fig) continue;
    n++;
    if (int === undefined) break;
    const v = intOf(s.fig.value);
    int = v === undefined ? undefined : int + v;
    if (int !== undefined && Math.abs(int) >= FAST_LIMIT) int = undefined;
  }
  if (n === 0) return start;
  if (int !== undefined) return decimalOfInt(int);
  let total = start;
  for (const s of slots) if (s.fig) total = total ? total.plus(s.fig.value) : s.fig.value;
  return total;
}

/**
 * A parent's figure from its children. The sheet's own readable value stands
 * (a report shows the published total even when a child row is missing from
 * the table; the validator names the gap), unless `recompute` asks for the
 * children's sum (fill --overwrite). A parent that states nothing gets the sum
 * of the children that carry a value (blank children add nothing: no spending
 * yet). An unreadable child makes the sum unknowable: the parent's own value stands.
 */
function fromChildren(slots: Slot[], own: Slot, recompute: boolean): Slot {
  if (!recompute && (own.fig || own.uncertain)) return own;
  if (slots.length === 0 || !slots.some((s) => s.fig)) return own;
  if (slots.some((s) => s.uncertain)) return own;
  if (!slots.every((s) => s.fig) && own.fig) return own;
  // One child: its own figure, as the Decimal loop gave it (no new object).
  let only: Figure | undefined;
  let count = 0;
  for (const s of slots) if (s.fig) (only = s.fig), count++;
  const total = count === 1 ? only!.value : sumSlots(slots, undefined)!;
  return { fig: { value: total, source: 'children' }, uncertain: false };
}

/**
 * Realisasi of a row from its own cells: stated, else the cumulative s.d. TW
 * the sheet shows (its % and sisa are computed from it; the validator holds
 * it to the quarters), else ΣTW. s.d. TW is never added to the quarters.
 */
function ownRealisasi(row: DpaRow, tws: Slot[]): Slot {
  const own = stated(row.realisasi);
  if (own.fig || own.uncertain) return own;
  const sd = stated(row.sdTw);
  if (sd.fig) return { fig: { value: sd.fig.value, source: 'tw' }, uncertain: false };
  if (tws.some((s) => s.fig)) {
    if (tws.some((s) => s.uncertain)) return { uncertain: true };
    return { fig: { value: sumSlots(tws, ZERO)!, source: 'tw' }, uncertain: false };
  }
  return sd.uncertain ? sd : NONE;
}

interface Slots {
  pagu: Slot;
  realisasi: Slot;
  tw: Slot[];
}

/**
 * A row's figures. Sisa and persen are derived on access: validate and fill
 * hold the row's stated values to their own arithmetic, so on a large sheet
 * only the few rows a report shows ever need them (a Decimal division per row
 * was the costliest call of the whole analysis).
 */
class RowFigures implements DpaFigures {
  tw: Array<Figure | undefined>;
  pagu?: Figure;
  realisasi?: Figure;
  capaianKinerja?: DpaFigures['capaianKinerja'];
  constructor(tw: Array<Figure | undefined>) {
    this.tw = tw;
  }
  get sisa(): Decimal | undefined {
    return this.pagu && this.realisasi ? this.pagu.value.minus(this.realisasi.value) : undefined;
  }
  get persen(): Decimal | undefined {
    if (!this.pagu || !this.realisasi || this.pagu.value.isZero()) return undefined;
    return this.realisasi.value.dividedBy(this.pagu.value).times(100);
  }
}

function finish(row: DpaRow, s: Slots): DpaFigures {
  const tw: Array<Figure | undefined> = new Array(s.tw.length);
  for (let k = 0; k < s.tw.length; k++) tw[k] = s.tw[k].fig;
  const out = new RowFigures(tw);
  if (s.pagu.fig) out.pagu = s.pagu.fig;
  if (s.realisasi.fig) out.realisasi = s.realisasi.fig;
  const t = row.target?.parsed;
  const r = row.realisasiKinerja?.parsed;
  if ((t !== undefined && t.kind !== 'empty') || (r !== undefined && r.kind !== 'empty')) out.capaianKinerja = capaianKinerja(t, r, 'positif');
  return out;
}

function twCount(sheet: DpaSheetModel): number {
  let n = 0;
  for (const row of sheet.rows) n = Math.max(n, row.tw.length);
  if (sheet.total) n = Math.max(n, sheet.total.tw.length);
  return n;
}

const NO_KIDS: Slots[] = [];

/** Computes slots of every row, children before parents (rows may list children in any order). */
function computeSlots(sheet: DpaSheetModel, n: number, recompute: boolean): Slots[] {
  const memo: Array<Slots | undefined> = new Array(sheet.rows.length);
  const visiting = new Set<number>();
  const visit = (i: number): Slots => {
    const done = memo[i];
    if (done) return done;
    const row = sheet.rows[i];
    let kids: Slots[] = NO_KIDS;
    if (row.children.length > 0) {
      visiting.add(i);
      // Guard against a malformed tree (a cycle): treat the repeated row as a leaf.
      kids = row.children.filter((c) => c !== i && !visiting.has(c) && sheet.rows[c]).map(visit);
      visiting.delete(i);
    }
    const result = rollup(row, kids, n, recompute);
    memo[i] = result;
    return result;
  };
  for (let i = 0; i < sheet.rows.length; i++) visit(i);
  return memo as Slots[];
}

function rollup(row: DpaRow, kids: Slots[], n: number, recompute: boolean): Slots {
  // Leaves (most rows of a large sheet) take their own cells; no child lists to build.
  // The row's own quarters: its TW figures, and what its realisasi falls back to (ΣTW).
  const own: Slot[] = new Array(n);
  for (let k = 0; k < n; k++) own[k] = stated(row.tw[k]);
  if (kids.length === 0) return { pagu: stated(row.pagu), realisasi: ownRealisasi(row, own), tw: own };
  const tw: Slot[] = new Array(n);
  for (let k = 0; k < n; k++) tw[k] = fromChildren(kids.map((c) => c.tw[k] ?? NONE), own[k], recompute);
  return {
    pagu: fromChildren(kids.map((c) => c.pagu), stated(row.pagu), recompute),
    realisasi: fromChildren(kids.map((c) => c.realisasi), ownRealisasi(row, own), recompute),
    tw,
  };
}

/** Indices of the rows the total row adds up: its children, else every row without a parent. */
export function totalChildren(sheet: DpaSheetModel): number[] {
  const total = sheet.total;
  if (!total) return [];
  const inRows = sheet.rows[total.index] === total;
  if (total.children.length > 0) return total.children.filter((c) => !(inRows && c === total.index));
  return sheet.rows.filter((r) => r.parent === undefined && r !== total && !(inRows && r.index === total.index)).map((r) => r.index);
}

/** Figures of every DPA row (index = row index in `sheet.rows`). */
export function computeDpa(sheet: DpaSheetModel): DpaFigures[] {
  return computeDpaSheet(sheet).rows;
}

/**
 * Figures of every row and of the total row. The total row rolls up the
 * top-level rows; when it is also listed in `sheet.rows`, `rows` holds the same
 * figures at its index.
 *
 * Stated values win over rollups (see fromChildren). recompute: parents
 * become the sum of their children wherever every child carries a value
 * (fill --overwrite, and the validator's leaf sums).
 */
export function computeDpaSheet(
  sheet: DpaSheetModel,
  opts: { recompute?: boolean } = {},
): DpaSheetFigures {
  const recompute = !!opts.recompute;
  const key = recompute ? 1 : 0;
  let entry = memo.get(sheet);
  // A model is not edited after it is built; the guard only catches a caller replacing its rows.
  if (!entry || entry.rows !== sheet.rows || entry.length !== sheet.rows.length || entry.total !== sheet.total) {
    entry = { rows: sheet.rows, length: sheet.rows.length, total: sheet.total, figures: [] };
    memo.set(sheet, entry);
  }
  return (entry.figures[key] ??= computeFigures(sheet, recompute));
}

export interface DpaSheetFigures {
  rows: DpaFigures[];
  total?: DpaFigures;
}

/**
 * Figures per sheet model and variant: validate, fill and the report context
 * each ask for them; computing once per analysis saves two passes and their garbage.
 * Callers treat the figures as read-only.
 */
const memo = new WeakMap<DpaSheetModel, { rows: DpaRow[]; length: number; total?: DpaRow; figures: DpaSheetFigures[] }>();

function computeFigures(sheet: DpaSheetModel, recompute: boolean): DpaSheetFigures {
  const n = twCount(sheet);
  const total = sheet.total;
  const inRows = total !== undefined && sheet.rows[total.index] === total;
  // Work on a copy whose total row (if listed) has no children, so its rollup comes from the top-level rows below.
  const rows = inRows ? sheet.rows.map((r) => (r === total ? { ...r, children: [] } : r)) : sheet.rows;
  const slots = computeSlots({ ...sheet, rows }, n, recompute);
  const figures = sheet.rows.map((row, i) => finish(row, slots[i]));
  if (!total) return { rows: figures };
  const totalSlots = rollup(total, totalChildren(sheet).map((i) => slots[i]), n, recompute);
  const totalFigures = finish(total, totalSlots);
  if (inRows) figures[total.index] = totalFigures;
  return { rows: figures, total: totalFigures };
}
