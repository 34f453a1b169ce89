/**
 * DPA figures: pagu, realisasi and TW per row, rolled up from children where
 * the children carry values, plus sisa, persen and capaian kinerja.
 *
 * Computed into a FigureTable: flat typed arrays with one slot per row and
 * field, integers first. A 100,000-row sheet has ~700,000 such slots, so the
 * rollup allocates nothing per slot; a slot's Decimal is built only when
 * someone asks for it (validate and fill work on the integers, reports read
 * the few rows they show).
 */
import Decimal from 'decimal.js';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure, FigureSource } from './types';
import { capaianKinerja } from './capaian';
import { decimalOfInt, FAST_LIMIT, intOf, intOfParsed } from './fast';

const ZERO = new Decimal(0);

/** Field offsets inside a row's slots: pagu, realisasi, then TW I..IV. */
export const PAGU = 0;
export const REALISASI = 1;
export const TW0 = 2;

/** A slot holds nothing stated, a value we cannot read with certainty, or a figure. */
const NONE = 0;
const UNCERTAIN = 1;
const FIG = 2;

const SOURCES: FigureSource[] = ['stated', 'children', 'tw'];
const S_STATED = 0;
const S_CHILDREN = 1;
const S_TW = 2;

/** Where a figure's Decimal comes from; an origin ≥ 0 is the slot whose value it shares. */
const FROM_PARSED = -1;
const FROM_INT = -2;
const FROM_DECIMAL = -3;

/** Slots per chunk of a Chunked store (a power of two). */
const CHUNK_BITS = 10;
const CHUNK = 1 << CHUNK_BITS;

/**
 * Values for some of a table's slots, in chunks allocated on first write: one
 * array over every slot of a large sheet costs more to allocate than the few
 * rows validate and fill ever ask a Decimal of.
 */
class Chunked<T> {
  private readonly chunks: Array<Array<T | undefined> | undefined>;
  constructor(n: number) {
    this.chunks = new Array((n + CHUNK - 1) >> CHUNK_BITS);
  }
  get(s: number): T | undefined {
    const c = this.chunks[s >> CHUNK_BITS];
    return c === undefined ? undefined : c[s & (CHUNK - 1)];
  }
  set(s: number, v: T | undefined): void {
    let c = this.chunks[s >> CHUNK_BITS];
    if (c === undefined) {
      if (v === undefined) return;
      c = this.chunks[s >> CHUNK_BITS] = new Array(CHUNK);
    }
    c[s & (CHUNK - 1)] = v;
  }
}

/**
 * Figures of every row of one sheet (and of its total row), one slot per
 * row and field. `int` answers the exact whole amount when the figure is one
 * below 1e15; `value` the Decimal the engine always computed.
 */
export class FigureTable {
  /** Slots per row: pagu, realisasi, TW I..(tws). */
  readonly width: number;
  private readonly kind: Uint8Array;
  private readonly src: Uint8Array;
  private readonly ints: Float64Array;
  private readonly origin: Int32Array;
  private readonly decimals: Chunked<Decimal>;
  private readonly figures: Chunked<Figure>;

  /**
   * Table row i is sheet row i; the total row, when there is one, comes after
   * them. A stated slot's Decimal is its cell's, read from the row on demand.
   */
  constructor(
    private readonly rows: readonly DpaRow[],
    private readonly total: DpaRow | undefined,
    readonly tws: number,
  ) {
    this.width = TW0 + tws;
    const n = (rows.length + (total !== undefined ? 1 : 0)) * this.width;
    this.kind = new Uint8Array(n);
    this.src = new Uint8Array(n);
    this.ints = new Float64Array(n);
    this.origin = new Int32Array(n);
    this.decimals = new Chunked(n);
    this.figures = new Chunked(n);
  }

  slot(row: number, field: number): number {
    return row * this.width + field;
  }

  has(row: number, field: number): boolean {
    return this.kind[row * this.width + field] === FIG;
  }

  uncertain(row: number, field: number): boolean {
    return this.kind[row * this.width + field] === UNCERTAIN;
  }

  /**
   * True when the slot holds the row's own readable cell (pagu, realisasi, a
   * quarter as the sheet states it), not a figure rolled up or derived.
   */
  stated(row: number, field: number): boolean {
    const s = row * this.width + field;
    return this.kind[s] === FIG && this.src[s] === S_STATED;
  }

  source(row: number, field: number): FigureSource | undefined {
    const s = row * this.width + field;
    return this.kind[s] === FIG ? SOURCES[this.src[s]] : undefined;
  }

  /** The figure as an exact integer, when it is a whole amount below 1e15 in magnitude. */
  int(row: number, field: number): number | undefined {
    const s = row * this.width + field;
    if (this.kind[s] !== FIG) return undefined;
    const v = this.ints[s];
    return v === v ? v : undefined;
  }

  figure(row: number, field: number): Figure | undefined {
    const s = row * this.width + field;
    if (this.kind[s] !== FIG) return undefined;
    let f = this.figures.get(s);
    if (f === undefined) {
      f = { value: this.valueAt(s), source: SOURCES[this.src[s]] };
      this.figures.set(s, f);
    }
    return f;
  }

  private valueAt(s: number): Decimal {
    const o = this.origin[s];
    if (o >= 0) return this.valueAt(o);
    if (o === FROM_PARSED) return (this.statedCell(s)!.parsed as { value: Decimal }).value;
    let d = this.decimals.get(s);
    if (d === undefined) {
      d = decimalOfInt(this.ints[s]);
      this.decimals.set(s, d);
    }
    return d;
  }

  /** The cell a slot set by setStated was read from: the row's pagu, realisasi (s.d. TW when so sourced) or quarter. */
  private statedCell(s: number): SourceValue | undefined {
    const r = Math.floor(s / this.width);
    const field = s - r * this.width;
    const row = r < this.rows.length ? this.rows[r] : this.total!;
    if (field === PAGU) return row.pagu;
    if (field === REALISASI) return this.src[s] === S_TW ? row.sdTw : row.realisasi;
    return row.tw[field - TW0];
  }

  // --- building (compute only) ---

  /** sv: the cell statedCell(s) names (its Decimal is read from there on demand). */
  setStated(s: number, sv: SourceValue | undefined, source: number): void {
    const p = sv?.parsed;
    if (!p || p.kind === 'empty' || p.kind === 'absent') {
      this.kind[s] = NONE;
      return;
    }
    if (p.kind !== 'number') {
      this.kind[s] = UNCERTAIN;
      return;
    }
    this.kind[s] = FIG;
    this.src[s] = source;
    this.origin[s] = FROM_PARSED;
    const i = intOfParsed(p);
    this.ints[s] = i === undefined ? NaN : i;
  }

  setUncertain(s: number): void {
    this.kind[s] = UNCERTAIN;
  }

  /** s takes the figure of `from` (the same Decimal), with its own source. */
  share(s: number, from: number, source: number): void {
    this.kind[s] = FIG;
    this.src[s] = source;
    this.ints[s] = this.ints[from];
    const o = this.origin[from];
    this.origin[s] = o >= 0 ? o : from;
  }

  /**
   * s becomes the sum of the figures of n slots (those that have one), plus
   * `start` when given: in integers when all are whole amounts below 1e15
   * and the sum stays there, else in Decimal, added in the same order. The
   * slots are field `base` of the rows in `rows`, or (rows null) the n slots
   * from `base` on: no list is built per row.
   */
  setSum(s: number, rows: ArrayLike<number> | null, base: number, n: number, start: Decimal | undefined, source: number): void {
    const w = this.width;
    let int = start === undefined || start === ZERO ? 0 : intOf(start);
    let figs = 0;
    for (let k = 0; k < n; k++) {
      const c = rows === null ? base + k : rows[k] * w + base;
      if (this.kind[c] !== FIG) continue;
      figs++;
      if (int === undefined) break;
      const v = this.ints[c];
      int = v === v ? int + v : undefined;
      if (int !== undefined && Math.abs(int) >= FAST_LIMIT) int = undefined;
    }
    if (figs === 0) {
      // Nothing to add (callers only sum when something is there): the start itself.
      if (start === undefined) this.kind[s] = NONE;
      else this.setDecimal(s, start, source);
      return;
    }
    if (int !== undefined) {
      this.kind[s] = FIG;
      this.src[s] = source;
      this.origin[s] = FROM_INT;
      this.ints[s] = int;
      this.decimals.set(s, undefined);
      return;
    }
    let total = start;
    for (let k = 0; k < n; k++) {
      const c = rows === null ? base + k : rows[k] * w + base;
      if (this.kind[c] !== FIG) continue;
      const v = this.valueAt(c);
      total = total ? total.plus(v) : v;
    }
    this.setDecimal(s, total!, source);
  }

  private setDecimal(s: number, d: Decimal, source: number): void {
    this.kind[s] = FIG;
    this.src[s] = source;
    this.origin[s] = FROM_DECIMAL;
    this.decimals.set(s, d);
    const i = intOf(d);
    this.ints[s] = i === undefined ? NaN : i;
  }

  /**
   * A parent's figure from its children (slot `field` of each row in `kids`).
   * The sheet's own readable value stands (a report shows the published total
   * even when a child row is missing from the table; the validator names the
   * gap), unless `recompute` asks for the children's sum (fill --overwrite). A
   * parent that states nothing gets the sum of the children that carry a
   * value (blank children add nothing: no spending yet). An unreadable child
   * makes the sum unknowable: the parent's own value stands.
   */
  fromChildren(s: number, kids: ArrayLike<number>, field: number, recompute: boolean): void {
    const own = this.kind[s];
    if (!recompute && own !== NONE) return;
    if (kids.length === 0) return;
    let figs = 0;
    let only = -1;
    let uncertain = false;
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k] * this.width + field;
      const kind = this.kind[c];
      if (kind === FIG) {
        figs++;
        only = c;
      } else if (kind === UNCERTAIN) uncertain = true;
    }
    if (figs === 0 || uncertain) return;
    if (figs < kids.length && own === FIG) return;
    if (figs === 1) {
      this.share(s, only, S_CHILDREN);
      return;
    }
    this.setSum(s, kids, field, kids.length, undefined, S_CHILDREN);
  }
}

/**
 * Realisasi of a row from its own cells: stated, else the cumulative s.d. TW
 * the sheet shows (its % and sisa are computed from it; the validator holds
 * it to the quarters), else ΣTW. s.d. TW is never added to the quarters.
 * The row's TW slots must hold its own stated quarters.
 */
function ownRealisasi(t: FigureTable, i: number, row: DpaRow): void {
  const s = t.slot(i, REALISASI);
  t.setStated(s, row.realisasi, S_STATED);
  if (t.has(i, REALISASI) || t.uncertain(i, REALISASI)) return;
  t.setStated(s, row.sdTw, S_TW);
  if (t.has(i, REALISASI)) return;
  const sdUncertain = t.uncertain(i, REALISASI);
  let anyFig = false;
  let anyUncertain = false;
  for (let k = 0; k < t.tws; k++) {
    if (t.has(i, TW0 + k)) anyFig = true;
    else if (t.uncertain(i, TW0 + k)) anyUncertain = true;
  }
  if (anyFig) {
    if (anyUncertain) t.setUncertain(s);
    else t.setSum(s, null, t.slot(i, TW0), t.tws, ZERO, S_TW);
    return;
  }
  if (sdUncertain) t.setUncertain(s);
}

/** The slots of row i from its own cells and, for a parent, from its children's slots. */
function rollup(t: FigureTable, i: number, row: DpaRow, kids: ArrayLike<number>, recompute: boolean): void {
  for (let k = 0; k < t.tws; k++) t.setStated(t.slot(i, TW0 + k), row.tw[k], S_STATED);
  // Before the quarters are rolled up: a row's own realisasi falls back to its own ΣTW.
  ownRealisasi(t, i, row);
  t.setStated(t.slot(i, PAGU), row.pagu, S_STATED);
  if (kids.length === 0) return;
  for (let k = 0; k < t.tws; k++) t.fromChildren(t.slot(i, TW0 + k), kids, TW0 + k, recompute);
  t.fromChildren(t.slot(i, PAGU), kids, PAGU, recompute);
  t.fromChildren(t.slot(i, REALISASI), kids, REALISASI, recompute);
}

/**
 * A row's figures, read from the table on access. Sisa and persen are
 * derived on access too: validate and fill hold the row's stated values to
 * their own arithmetic, so on a large sheet only the few rows a report shows
 * ever need them (a Decimal division per row was the costliest call of the
 * whole analysis).
 */
class RowFigures implements DpaFigures {
  capaianKinerja?: DpaFigures['capaianKinerja'];
  private quarters?: Array<Figure | undefined>;
  constructor(
    private readonly table: FigureTable,
    private readonly i: number,
  ) {}
  get pagu(): Figure | undefined {
    return this.table.figure(this.i, PAGU);
  }
  get realisasi(): Figure | undefined {
    return this.table.figure(this.i, REALISASI);
  }
  get tw(): Array<Figure | undefined> {
    if (!this.quarters) {
      const tw: Array<Figure | undefined> = new Array(this.table.tws);
      for (let k = 0; k < tw.length; k++) tw[k] = this.table.figure(this.i, TW0 + k);
      this.quarters = tw;
    }
    return this.quarters;
  }
  get sisa(): Decimal | undefined {
    const pagu = this.pagu;
    const realisasi = this.realisasi;
    if (!pagu || !realisasi) return undefined;
    // Whole amounts: the same Decimal as minus() gives, without the Decimal arithmetic.
    const p = this.table.int(this.i, PAGU);
    const r = this.table.int(this.i, REALISASI);
    return p !== undefined && r !== undefined && p - r !== 0 ? decimalOfInt(p - r) : pagu.value.minus(realisasi.value);
  }
  get persen(): Decimal | undefined {
    const pagu = this.pagu;
    const realisasi = this.realisasi;
    if (!pagu || !realisasi || pagu.value.isZero()) return undefined;
    return realisasi.value.dividedBy(pagu.value).times(100);
  }
}

/** True when the row's figures carry a capaianKinerja: it states an indicator target or realisasi. */
export function hasCapaian(row: DpaRow): boolean {
  const t = row.target?.parsed;
  const r = row.realisasiKinerja?.parsed;
  return (t !== undefined && t.kind !== 'empty') || (r !== undefined && r.kind !== 'empty');
}

function finish(table: FigureTable, i: number, row: DpaRow): DpaFigures {
  const out = new RowFigures(table, i);
  if (hasCapaian(row)) out.capaianKinerja = capaianKinerja(row.target?.parsed, row.realisasiKinerja?.parsed, 'positif');
  return out;
}

const NO_KIDS: number[] = [];

/** The most quarters a row (or the total row) has: the table's TW slots per row. */
function twCount(rows: DpaRow[], total: DpaRow | undefined): number {
  let n = total !== undefined ? total.tw.length : 0;
  for (let i = 0; i < rows.length; i++) if (rows[i].tw.length > n) n = rows[i].tw.length;
  return n;
}

/**
 * The rollup of a tree read top-down, in one pass from the last row to the
 * first, each row's figures finished while its cells are at hand: when every
 * row's children are rows listed after it (the leaf's children aside), no row
 * is its own descendant and the visit would take each row's children as
 * listed, so the children are done before their parent and the figures are
 * the visit's. `tws`: the quarters of the first row and the total row, the
 * most any row has unless a row has more (a sheet read from a workbook gives
 * every row as many as it has TW columns). Undefined, having left `figures`
 * to be overwritten, when a child comes first or a row has more quarters.
 */
function backward(rows: DpaRow[], total: DpaRow | undefined, leaf: number, tws: number, recompute: boolean, figures: DpaFigures[]): FigureTable | undefined {
  const table = new FigureTable(rows, total, tws);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row.tw.length > tws) return undefined;
    const kids = i === leaf ? NO_KIDS : row.children;
    for (let k = 0; k < kids.length; k++) {
      const c = kids[k];
      // Compared, not tested for truth: no load of the child row itself.
      const child = rows[c];
      if (!(c > i) || child === undefined || child === null) return undefined;
    }
    rollup(table, i, row, kids, recompute);
    figures[i] = finish(table, i, row);
  }
  return table;
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

export interface DpaSheetFigures {
  rows: DpaFigures[];
  total?: DpaFigures;
  /** The slots behind `rows` and `total`: row i of the sheet is row i here. */
  table: FigureTable;
  /** The total row's row in `table` (one past the sheet's rows), when the sheet has a total row. */
  totalIndex?: number;
}

/**
 * Figures of every row and of the total row. The total row rolls up the
 * top-level rows; when it is also listed in `sheet.rows`, `rows` holds the same
 * figures at its index.
 *
 * Stated values win over rollups (see FigureTable.fromChildren). recompute: parents
 * become the sum of their children wherever every child carries a value
 * (fill --overwrite, and the validator's leaf sums).
 */
export function computeDpaSheet(sheet: DpaSheetModel, opts: { recompute?: boolean } = {}): DpaSheetFigures {
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

/**
 * Figures per sheet model and variant: validate, fill and the report context
 * each ask for them; computing once per analysis saves two passes and their garbage.
 * Callers treat the figures as read-only.
 */
const memo = new WeakMap<DpaSheetModel, { rows: DpaRow[]; length: number; total?: DpaRow; figures: DpaSheetFigures[] }>();

/**
 * The figures of a sheet, uncached. Children are rolled up before their
 * parents: in one backward pass when every row lists only rows below itself
 * (a tree read top-down, the usual case), else by a depth-first visit that
 * also copes with any order, self-references and cycles. `order: 'visit'`
 * forces the visit, for the tests that hold the backward pass to it.
 */
export function computeFigures(sheet: DpaSheetModel, recompute: boolean, order: 'auto' | 'visit' = 'auto'): DpaSheetFigures {
  const rows = sheet.rows;
  const total = sheet.total;
  const inRows = total !== undefined && rows[total.index] === total;
  // The total row has its own row in the table (after the sheet's rows), even when it is also
  // listed among them: a malformed tree may roll its plain cells into a parent.
  // A total row listed among the rows is a leaf there: its rollup comes from the top-level rows below.
  const leaf = inRows ? total.index : -1;
  const figures: DpaFigures[] = new Array(rows.length);
  const guess = Math.max(total !== undefined ? total.tw.length : 0, rows.length > 0 ? rows[0].tw.length : 0);
  let table = order === 'auto' ? backward(rows, total, leaf, guess, recompute, figures) : undefined;
  if (table === undefined) {
    // Children before parents (rows may list children in any order); a row met again
    // below itself (a malformed tree, a cycle) is left out of that parent's children.
    const t = new FigureTable(rows, total, twCount(rows, total));
    const VISITING = 1;
    const DONE = 2;
    const state = new Uint8Array(rows.length);
    const visit = (i: number): void => {
      if (state[i] === DONE) return;
      const row = rows[i];
      const children = i === leaf ? NO_KIDS : row.children;
      let kids: number[] = NO_KIDS;
      if (children.length > 0) {
        state[i] = VISITING;
        kids = [];
        for (const c of children) if (c !== i && state[c] !== VISITING && rows[c]) kids.push(c);
        for (const c of kids) visit(c);
        state[i] = 0;
      }
      rollup(t, i, row, kids, recompute);
      state[i] = DONE;
    };
    for (let i = 0; i < rows.length; i++) visit(i);
    for (let i = 0; i < rows.length; i++) figures[i] = finish(t, i, rows[i]);
    table = t;
  }
  if (!total) return { rows: figures, table };
  const totalIndex = rows.length;
  rollup(table, totalIndex, total, totalChildren(sheet), recompute);
  const totalFigures = finish(table, totalIndex, total);
  if (inRows) figures[total.index] = totalFigures;
  return { rows: figures, total: totalFigures, table, totalIndex };
}
