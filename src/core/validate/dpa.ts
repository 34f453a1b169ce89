/**
 * Arithmetic of a DPA sheet: parent rows against their children, percent,
 * sisa, realisasi against pagu and quarters, capaian kinerja of indicator rows.
 * Every check compares what the sheet states; values that cannot be read with
 * certainty are left to the model builder's findings.
 */
import Decimal from 'decimal.js';
import type { Finding } from '../findings/types';
import type { DpaRow, DpaSheetModel, SourceValue } from '../model/types';
import type { DpaFigures, Figure } from '../compute/types';
import { computeDpaSheet, FigureTable, hasCapaian, PAGU, REALISASI, totalChildren, TW0, type DpaSheetFigures } from '../compute/dpa';
import { numberOf, round2, stateOf, statedPercent, statedPercentHundredths } from '../compute/num';
import { childWord, finding, pct, rowName, rp } from './finding';
import { capaianFindings } from './capaian';
import { FAST_LIMIT, intOf, intOfParsed, percentHundredths, scaledInt } from '../compute/fast';
import type { ParsedNumber } from '../values/types';

const TW_NAMES = ['TW I', 'TW II', 'TW III', 'TW IV'];

/** True when the stated % equals round2(realisasi / pagu × 100), decided in integers; false when it does not or cannot say. */
function samePercent(realisasi: number, pagu: number, stated: Decimal): boolean {
  const computed = percentHundredths(realisasi, pagu);
  return computed !== undefined && computed === scaledInt(stated, 2);
}

/** The row's own value: as stated when readable, else the computed figure (ΣTW, rollup). */
function rowValue(sv: SourceValue | undefined, fig: Figure | undefined): Decimal | undefined {
  return numberOf(sv) ?? fig?.value;
}

interface Ctx {
  sheet: DpaSheetModel;
  figures: DpaFigures[];
  /** The slots behind `figures`, for the integer checks. */
  table: FigureTable;
  total?: DpaFigures;
  out: Finding[];
  /**
   * The sheet has all four quarter columns: only then checkTw holds s.d. TW to ΣTW
   * ("Realisasi TW IV | s.d. TW IV" holds one quarter and the cumulative).
   */
  allQuarters: boolean;
  /** Figures with every parent recomputed from its children; built on the first mismatch only. */
  leaves?: { rows: DpaFigures[]; total?: DpaFigures };
}

function fromLeaves(ctx: Ctx): { rows: DpaFigures[]; total?: DpaFigures } {
  ctx.leaves ??= computeDpaSheet(ctx.sheet, { recompute: true });
  return ctx.leaves;
}

/**
 * Anggaran murni is no computed figure: a row's murni is its stated value,
 * else (or, with `leaves`, always) the sum of its children's.
 */
function murniOf(sheet: DpaSheetModel, row: DpaRow, leaves: boolean, depth = 0): Decimal | undefined {
  const own = numberOf(row.paguMurni);
  if (!leaves && own !== undefined) return own;
  const kids = row.children.filter((i) => i !== row.index && sheet.rows[i]).map((i) => sheet.rows[i]);
  if (kids.length === 0 || depth > 64) return own;
  let total = new Decimal(0);
  for (const k of kids) {
    const v = murniOf(sheet, k, leaves, depth + 1);
    if (v === undefined) return own;
    total = total.plus(v);
  }
  return total;
}

/** What the children add up to when each is taken as the sum of its own children (recomputed up from the leaves). */
function leafSum(ctx: Ctx, children: DpaRow[], f: Field): Decimal | undefined {
  const rows = fromLeaves(ctx).rows;
  let total = new Decimal(0);
  for (const c of children) {
    const fig = rows[c.index];
    const v = typeof f === 'object' ? fig?.tw[f.tw]?.value : f === 'paguMurni' ? murniOf(ctx.sheet, c, true) : fig?.[f]?.value;
    if (v === undefined) return undefined;
    total = total.plus(v);
  }
  return total;
}

type Field = 'pagu' | 'paguMurni' | 'realisasi' | { tw: number };

function label(f: Field): string {
  if (typeof f === 'object') return `Realisasi ${TW_NAMES[f.tw] ?? `TW ${f.tw + 1}`}`;
  return { pagu: 'Pagu', paguMurni: 'Anggaran murni', realisasi: 'Realisasi' }[f];
}

function source(row: DpaRow, f: Field): SourceValue | undefined {
  if (typeof f === 'object') return row.tw[f.tw];
  return row[f];
}

/** What a child contributes to its parent's sum: its stated value, else its computed figure. */
function childValue(ctx: Ctx, child: DpaRow, f: Field): { value?: Decimal; uncertain: boolean } {
  const sv = source(child, f);
  const st = stateOf(sv?.parsed);
  if (st.state === 'number') return { value: st.value, uncertain: false };
  if (st.state === 'uncertain') return { uncertain: true };
  const fig = ctx.figures[child.index];
  if (typeof f === 'object') return { value: fig.tw[f.tw]?.value, uncertain: false };
  if (f === 'paguMurni') return { value: murniOf(ctx.sheet, child, false), uncertain: false };
  return { value: fig[f]?.value, uncertain: false };
}

/** The exact sum of whole amounts, or undefined when a part is no small whole number or the sum leaves the safe range. */
function intSum(parts: Array<{ value?: Decimal }>): number | undefined {
  let sum = 0;
  for (const p of parts) {
    if (!p.value) continue;
    const v = intOf(p.value);
    if (v === undefined) return undefined;
    sum += v;
    if (Math.abs(sum) >= FAST_LIMIT) return undefined;
  }
  return sum;
}

function checkSums(ctx: Ctx, parent: DpaRow, children: DpaRow[], isTotal: boolean): void {
  if (children.length === 0) return;
  // Sisa is not summed: each row's sisa is held to its own pagu − realisasi, and those are summed,
  // so a sum check on sisa would only repeat one typo on every ancestor.
  const fields: Field[] = ['pagu', 'paguMurni', 'realisasi'];
  let tws = parent.tw.length;
  for (const c of children) tws = Math.max(tws, c.tw.length);
  for (let k = 0; k < tws; k++) fields.push({ tw: k });
  for (const f of fields) {
    const sv = source(parent, f);
    const stated = numberOf(sv);
    if (stated === undefined || !sv) continue;
    const parts = children.map((c) => childValue(ctx, c, f));
    if (parts.some((p) => p.uncertain) || !parts.some((p) => p.value !== undefined)) continue;
    const statedInt = intOf(stated);
    if (statedInt !== undefined && intSum(parts) === statedInt) continue;
    const sum = parts.reduce((a, p) => (p.value ? a.plus(p.value) : a), new Decimal(0));
    if (round2(sum).equals(round2(stated))) continue;
    // The parent agrees with its leaves: the fault is a child's own total, reported on that child.
    const leafTotal = leafSum(ctx, children, f);
    if (leafTotal !== undefined && round2(leafTotal).equals(round2(stated))) continue;
    const word = childWord(children.find((c) => c.level)?.level);
    ctx.out.push(
      finding(
        'sum/mismatch',
        'error',
        sv.ref,
        `${label(f)} ${rowName(parent, isTotal)} tertulis ${rp(stated)}, jumlah ${word}nya ${rp(sum)}.`,
        sum,
        stated,
      ),
    );
  }
}

/**
 * A parent's pagu and realisasi recomputed from its leaves. A % or sisa that
 * agrees with them was computed before a pagu/realisasi cell went wrong: that
 * cell is the fault, and its sum/mismatch already names it.
 */
function agreesWithLeaves(ctx: Ctx, row: DpaRow, isTotal: boolean, check: (pagu: Decimal, realisasi: Decimal) => boolean): boolean {
  if (!isTotal && row.children.length === 0) return false;
  const l = fromLeaves(ctx);
  const fig = isTotal ? l.total : l.rows[row.index];
  const pagu = fig?.pagu?.value;
  const realisasi = fig?.realisasi?.value;
  return pagu !== undefined && realisasi !== undefined && check(pagu, realisasi);
}

function checkRow(ctx: Ctx, row: DpaRow, fig: DpaFigures, isTotal: boolean): void {
  // Named only when a finding is emitted: most rows of a large sheet never are.
  let named: string | undefined;
  const name = () => (named ??= rowName(row, isTotal));
  const pagu = rowValue(row.pagu, fig.pagu);
  const realisasi = rowValue(row.realisasi, fig.realisasi);
  // Whole amounts (nearly every row) are checked in integers; anything else takes the Decimal path below.
  const paguInt = intOf(pagu);
  const realisasiInt = intOf(realisasi);
  const ints = paguInt !== undefined && realisasiInt !== undefined;

  const statedPct = statedPercent(row.persen);
  if (
    statedPct !== undefined && row.persen && pagu !== undefined && realisasi !== undefined && !pagu.isZero() &&
    !(ints && samePercent(realisasiInt, paguInt, statedPct))
  ) {
    const computed = realisasi.dividedBy(pagu).times(100);
    const same = (p: Decimal, r: Decimal) => !p.isZero() && round2(r.dividedBy(p).times(100)).equals(round2(statedPct));
    if (!same(pagu, realisasi) && !agreesWithLeaves(ctx, row, isTotal, same)) {
      ctx.out.push(
        finding(
          'percent/mismatch',
          'error',
          row.persen.ref,
          `Persentase realisasi ${name()} tertulis ${pct(statedPct)}, hasil hitung ${pct(computed)} (${rp(realisasi)} / ${rp(pagu)} × 100).`,
          round2(computed),
          round2(statedPct),
        ),
      );
    }
  }

  const statedSisa = numberOf(row.sisa);
  if (
    statedSisa !== undefined && row.sisa && pagu !== undefined && realisasi !== undefined &&
    !(ints && intOf(statedSisa) === paguInt - realisasiInt)
  ) {
    const sisa = pagu.minus(realisasi);
    const same = (p: Decimal, r: Decimal) => round2(p.minus(r)).equals(round2(statedSisa));
    if (!same(pagu, realisasi) && !agreesWithLeaves(ctx, row, isTotal, same)) {
      ctx.out.push(
        finding(
          'sisa/mismatch',
          'error',
          row.sisa.ref,
          `Sisa ${name()} tertulis ${rp(statedSisa)}, seharusnya ${rp(sisa)} (pagu ${rp(pagu)} − realisasi ${rp(realisasi)}).`,
          sisa,
          statedSisa,
        ),
      );
    }
  }

  if (pagu !== undefined && realisasi !== undefined && (ints ? realisasiInt > paguInt : realisasi.gt(pagu))) {
    // Where the sheet shows the realisasi: its own column, else the cumulative s.d. TW column.
    const ref = row.realisasi?.ref ?? row.sdTw?.ref ?? row.pagu?.ref ?? { sheet: ctx.sheet.sheet };
    ctx.out.push(
      finding(
        'realisasi/exceeds-pagu',
        'warning',
        ref,
        `Realisasi ${name()} ${rp(realisasi)} melebihi pagunya ${rp(pagu)}.`,
        pagu,
        realisasi,
      ),
    );
  }

  checkTw(ctx, row, name);
  if (!isTotal && fig.capaianKinerja) {
    const cols = ctx.sheet.columns;
    const at = (col: number | undefined) => (col === undefined ? undefined : { sheet: ctx.sheet.sheet, row: row.row, col });
    capaianFindings(ctx.out, row.capaian, fig.capaianKinerja, {
      name: name(),
      target: row.target,
      realisasi: row.realisasiKinerja,
      sheet: ctx.sheet.sheet,
      dpa: true,
      targetCell: at(cols.target),
      realisasiCell: at(cols.realisasiKinerja),
    });
  }
}

/**
 * A stated realisasi must equal the sum of the stated quarters. Without a
 * realisasi column, the cumulative "s.d. TW" realisasi is held to the same
 * sum (a sheet with four quarter columns and "Realisasi s.d. TW IV").
 */
function checkTw(ctx: Ctx, row: DpaRow, name: () => string): void {
  const sv = row.realisasi ?? (ctx.allQuarters ? row.sdTw : undefined);
  const stated = numberOf(sv);
  if (stated === undefined || !sv) return;
  const states = row.tw.map((t) => stateOf(t?.parsed));
  if (!states.some((s) => s.state === 'number') || states.some((s) => s.state === 'uncertain')) return;
  const sum = states.reduce((a, s) => (s.state === 'number' ? a.plus(s.value) : a), new Decimal(0));
  if (round2(sum).equals(round2(stated))) return;
  ctx.out.push(
    finding(
      'realisasi/tw-mismatch',
      'error',
      sv.ref,
      `Realisasi ${row.realisasi ? '' : 's.d. triwulan '}${name()} tertulis ${rp(stated)}, jumlah realisasi triwulannya ${rp(sum)}.`,
      sum,
      stated,
    ),
  );
}

/**
 * `computed`: the sheet's figures when the caller already has them
 * (computeDpaSheet(sheet)). `quick: false` runs the full checks on every row,
 * for the tests that hold the quick integer checks to them.
 */
export function validateDpa(sheet: DpaSheetModel, computed: DpaSheetFigures = computeDpaSheet(sheet), opts: { quick?: boolean } = {}): Finding[] {
  const quick = opts.quick ?? true;
  const { rows: figures, total, table } = computed;
  const c = sheet.columns;
  const allQuarters = c.tw1 !== undefined && c.tw2 !== undefined && c.tw3 !== undefined && c.tw4 !== undefined;
  const ctx: Ctx = { sheet, figures, table, total, out: [], allQuarters };
  const totalRow = sheet.total;
  const rows = sheet.rows;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    if (row === totalRow) continue;
    // Most rows of a large sheet are consistent whole amounts: settled in integers first,
    // and only a row that may hold a finding takes the checks below.
    if (row.children.length > 0 && !(quick && sumsAgree(ctx, row))) checkSums(ctx, row, childRows(sheet, row), false);
    if (!(quick && rowAgrees(ctx, row, row.index))) checkRow(ctx, row, figures[row.index], false);
  }
  if (totalRow && total) {
    checkSums(ctx, totalRow, totalChildren(sheet).map((i) => sheet.rows[i]).filter(Boolean), true);
    checkRow(ctx, totalRow, total, true);
  }
  return ctx.out;
}

/** The rows a parent adds up: its children that exist, without itself. */
function childRows(sheet: DpaSheetModel, row: DpaRow): DpaRow[] {
  return row.children.map((i) => sheet.rows[i]).filter((c): c is DpaRow => !!c && c !== row);
}

/** The whole amount of a parsed number; undefined when it is none. */
function wholeOf(p: ParsedNumber): number | undefined {
  return p.kind === 'number' ? intOfParsed(p) : undefined;
}

/*
 * The quick checks below read the sheet's FigureTable (computed without
 * recompute) instead of the cells: there a row's pagu, realisasi or quarter
 * slot is `stated` exactly when its cell holds a readable number (with that
 * number's int), uncertain when the cell holds something unreadable, and
 * otherwise empty or the figure rolled up from the children (or, for
 * realisasi, from s.d. TW or the quarters). A slot left uncertain by a
 * rollup, where the cell itself is empty, only makes them look closer.
 * Table row i is sheet row i (DpaRow.index).
 */

/**
 * True when checkSums would certainly find nothing: every stated parent
 * amount equals its children's sum in exact integers. False means "look
 * closer" (a mismatch, a fraction, an unreadable child, anything unusual).
 */
function sumsAgree(ctx: Ctx, parent: DpaRow): boolean {
  const t = ctx.table;
  const rows = ctx.sheet.rows;
  const total = ctx.sheet.total;
  const kids = parent.children;
  const pi = parent.index;
  for (let f = 0; f < t.width; f++) {
    if (!t.stated(pi, f)) continue;
    const stated = t.int(pi, f);
    if (stated === undefined) return false;
    let sum = 0;
    let any = false;
    for (let k = 0; k < kids.length; k++) {
      const i = kids[k];
      const c = rows[i];
      if (c === undefined || c === parent) continue;
      if (c === total) return false;
      const v = t.int(i, f);
      if (v === undefined) {
        // No figure (nothing to add), or one that is no whole amount or not certain.
        if (t.has(i, f) || t.uncertain(i, f)) return false;
        continue;
      }
      sum += v;
      any = true;
      if (Math.abs(sum) >= FAST_LIMIT) return false;
    }
    if (any && sum !== stated) return false;
  }
  // Anggaran murni has no slot: read from the cells.
  const mp = parent.paguMurni?.parsed;
  if (mp === undefined || mp.kind !== 'number') return true;
  const stated = intOfParsed(mp);
  if (stated === undefined) return false;
  let sum = 0;
  let any = false;
  for (let k = 0; k < kids.length; k++) {
    const c = rows[kids[k]];
    if (c === undefined || c === parent) continue;
    if (c === total) return false;
    const cp = c.paguMurni?.parsed;
    if (cp === undefined || cp.kind !== 'number') return false;
    const v = intOfParsed(cp);
    if (v === undefined) return false;
    sum += v;
    any = true;
    if (Math.abs(sum) >= FAST_LIMIT) return false;
  }
  return !any || sum === stated;
}

/**
 * True when checkRow would certainly find nothing: %, sisa, realisasi ≤ pagu
 * and ΣTW all hold in exact integers, and the row has no indicator to check.
 */
function rowAgrees(ctx: Ctx, row: DpaRow, ti: number): boolean {
  // An indicator row has its capaian checked (its figures carry one): read from the row, not its figures.
  if (hasCapaian(row)) return false;
  const t = ctx.table;
  // The row's own value: the stated cell when readable, else its figure.
  const pagu = t.int(ti, PAGU);
  const realisasi = t.int(ti, REALISASI);
  if ((pagu === undefined && t.has(ti, PAGU)) || (realisasi === undefined && t.has(ti, REALISASI))) return false;
  if (pagu !== undefined && realisasi !== undefined) {
    const pe = row.persen?.parsed;
    if (pe !== undefined && pe.kind === 'number' && pagu !== 0) {
      const stated = statedPercentHundredths(row.persen);
      if (stated === undefined || percentHundredths(realisasi, pagu) !== stated) return false;
    }
    const si = row.sisa?.parsed;
    if (si !== undefined && si.kind === 'number' && wholeOf(si) !== pagu - realisasi) return false;
    if (realisasi > pagu) return false;
  }
  return twAgrees(ctx, row, ti);
}

/** checkTw would find nothing: no stated realisasi to hold, no quarters, or ΣTW equal to it in integers. */
function twAgrees(ctx: Ctx, row: DpaRow, ti: number): boolean {
  const t = ctx.table;
  let stated: number | undefined;
  if (t.stated(ti, REALISASI)) stated = t.int(ti, REALISASI);
  else {
    // No readable realisasi cell: a realisasi column that is empty or unreadable holds nothing to check.
    if (row.realisasi !== undefined) return true;
    const sp = ctx.allQuarters ? row.sdTw?.parsed : undefined;
    if (sp === undefined || sp.kind !== 'number') return true;
    stated = intOfParsed(sp);
  }
  let sum = 0;
  let any = false;
  for (let k = 0; k < t.tws; k++) {
    // Quarters the row states itself; an empty one adds nothing (its slot may hold the children's sum).
    if (t.uncertain(ti, TW0 + k)) return false;
    if (!t.stated(ti, TW0 + k)) continue;
    const v = t.int(ti, TW0 + k);
    if (v === undefined) return false;
    sum += v;
    any = true;
    if (Math.abs(sum) >= FAST_LIMIT) return false;
  }
  return !any || stated === sum;
}
