/**
 * Shared helpers of the variety suite: hand computations with decimal.js
 * (ROUND_HALF_UP, as Excel's ROUND) and assertions on what analyse() finds
 * and plans, by rule, sheet and A1 cell.
 */
import Decimal from 'decimal.js';
import { analyse, type Analysis } from '../../src/core/engine';
import type { Finding } from '../../src/core/findings/types';
import type { CellEdit } from '../../src/core/fill/types';
import { a1 } from '../../src/grid/address';
import type { Cell, WorkbookGrid } from '../../src/grid/types';

export const RP = '#,##0';
/** A Rupiah amount as staff store it: a number formatted with thousands separators. */
export const rp = (v: number): Cell => ({ t: 'n', v, z: RP });
/** A percentage stored as a plain number with two decimals. */
export const p2 = (v: number): Cell => ({ t: 'n', v, z: '0.00' });

/** realisasi / pagu × 100, rounded half up to 2 decimals, as a plain string ("78.63"). */
export function persen(realisasi: Decimal.Value, pagu: Decimal.Value): string {
  return new Decimal(realisasi).dividedBy(pagu).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** Capaian of a lower-is-better indicator: (2 − realisasi / target) × 100, rounded half up. */
export function capaianNegatif(target: Decimal.Value, realisasi: Decimal.Value): string {
  return new Decimal(2).minus(new Decimal(realisasi).dividedBy(target)).times(100).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** Sum of amounts as a plain string. */
export function sum(...xs: Decimal.Value[]): string {
  return xs.reduce<Decimal>((a, x) => a.plus(x), new Decimal(0)).toFixed();
}

export function minus(a: Decimal.Value, b: Decimal.Value): string {
  return new Decimal(a).minus(b).toFixed();
}

/** The number of an edit as written, rounded like a presented percentage. */
export function shown(v: number | string): string {
  return typeof v === 'number' ? new Decimal(v).toFixed() : v;
}

export interface Expected {
  rule: Finding['rule'];
  sheet: string;
  cell: string;
  expected?: string;
  actual?: string;
}

/** The error-level findings as comparable records, in the engine's order. */
export function errorsOf(a: Analysis): Expected[] {
  return a.findings
    .filter((f) => f.severity === 'error')
    .map((f) => {
      const e: Expected = { rule: f.rule, sheet: f.sheet, cell: f.cell };
      if (f.expected !== undefined) e.expected = f.expected;
      if (f.actual !== undefined) e.actual = f.actual;
      return e;
    });
}

const byCell = (x: Expected, y: Expected) => `${x.sheet}!${x.cell}!${x.rule}`.localeCompare(`${y.sheet}!${y.cell}!${y.rule}`);

/** Exactly these errors (any order), with the messages shown when it fails. */
export function expectErrors(a: Analysis, expected: Expected[]): void {
  const got = errorsOf(a).sort(byCell);
  const want = [...expected].sort(byCell);
  if (JSON.stringify(got) !== JSON.stringify(want)) {
    const messages = a.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule} ${f.sheet}!${f.cell}: ${f.message}`);
    expect({ errors: got, messages }).toEqual({ errors: want, messages: expect.anything() });
  }
}

/** Findings of one rule (any severity). */
export function findingsOf(a: Analysis, rule: Finding['rule']): Finding[] {
  return a.findings.filter((f) => f.rule === rule);
}

/** Fill edits as { "Sheet!A1": value } for one kind, numbers as plain strings. */
export function editsOf(a: Analysis, kind?: CellEdit['kind']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of a.plan.edits) {
    if (kind && e.kind !== kind) continue;
    out[`${e.sheet}!${a1(e.row, e.col)}`] = shown(e.value);
  }
  return out;
}

/** Runs analyse; the workbook is built fresh by each test so injected faults never leak. */
export function run(wb: WorkbookGrid, overwrite = false): Analysis {
  return analyse(wb, { overwrite });
}

/** 1-based A1 row of a 0-based row index, for readable expectations. */
export const at = (col: string, row0: number): string => `${col}${row0 + 1}`;

/** A row of a budget tree as the fixture states it: leaves carry figures, parents are summed here. */
export interface Node {
  kode?: string;
  uraian: string;
  pagu?: number;
  /** Anggaran murni (before the P-APBD revision). */
  murni?: number;
  realisasi?: number;
  /** Realisasi per quarter; realisasi is their sum. */
  tw?: number[];
  children?: Node[];
}

export interface Flat {
  node: Node;
  depth: number;
  pagu: Decimal;
  murni?: Decimal;
  realisasi: Decimal;
  tw?: Decimal[];
  sisa: Decimal;
  /** realisasi / pagu × 100 rounded half up (plain string); undefined for pagu 0. */
  persen?: string;
}

function figuresOf(n: Node, depth: number, out: Flat[]): Flat {
  const at = out.length;
  out.push(undefined as unknown as Flat);
  let pagu: Decimal;
  let murni: Decimal | undefined;
  let realisasi: Decimal;
  let tw: Decimal[] | undefined;
  if (n.children?.length) {
    const kids = n.children.map((c) => figuresOf(c, depth + 1, out));
    pagu = kids.reduce((a, k) => a.plus(k.pagu), new Decimal(0));
    realisasi = kids.reduce((a, k) => a.plus(k.realisasi), new Decimal(0));
    if (kids.every((k) => k.murni)) murni = kids.reduce((a, k) => a.plus(k.murni!), new Decimal(0));
    if (kids.every((k) => k.tw)) tw = [0, 1, 2, 3].map((q) => kids.reduce((a, k) => a.plus(k.tw![q]), new Decimal(0)));
  } else {
    pagu = new Decimal(n.pagu ?? 0);
    if (n.murni !== undefined) murni = new Decimal(n.murni);
    tw = n.tw?.map((x) => new Decimal(x));
    realisasi = tw ? tw.reduce((a, x) => a.plus(x), new Decimal(0)) : new Decimal(n.realisasi ?? 0);
  }
  const f: Flat = { node: n, depth, pagu, realisasi, sisa: pagu.minus(realisasi) };
  if (murni) f.murni = murni;
  if (tw) f.tw = tw;
  if (!pagu.isZero()) f.persen = persen(realisasi, pagu);
  out[at] = f;
  return f;
}

/** Every row of the tree in sheet order with its figures, and the Jumlah of the top rows. */
export function flatten(tree: Node[]): { rows: Flat[]; total: Flat } {
  const rows: Flat[] = [];
  const top = tree.map((n) => figuresOf(n, 0, rows));
  const pagu = top.reduce((a, k) => a.plus(k.pagu), new Decimal(0));
  const realisasi = top.reduce((a, k) => a.plus(k.realisasi), new Decimal(0));
  const total: Flat = { node: { uraian: 'JUMLAH' }, depth: -1, pagu, realisasi, sisa: pagu.minus(realisasi) };
  if (top.every((k) => k.murni)) total.murni = top.reduce((a, k) => a.plus(k.murni!), new Decimal(0));
  if (top.every((k) => k.tw)) total.tw = [0, 1, 2, 3].map((q) => top.reduce((a, k) => a.plus(k.tw![q]), new Decimal(0)));
  if (!pagu.isZero()) total.persen = persen(realisasi, pagu);
  return { rows, total };
}

export const n = (d: Decimal): number => d.toNumber();
