/**
 * Hand-built models for the compute, validate and fill tests: figures typed
 * the way the seeds print them ("8.054.019.520", "85,44"), read here with a
 * tiny Indonesian reader so the tests do not depend on src/core/values.
 */
import Decimal from 'decimal.js';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import type { CodeParse, CodeLevel } from '../../src/core/codes/types';
import type {
  DpaRow,
  DpaSheetModel,
  PkIndicator,
  PkProgram,
  PkSheetModel,
  Polarity,
  RowLevel,
  SourceValue,
} from '../../src/core/model/types';
import type { ParsedNumber, ParsedValue } from '../../src/core/values/types';
import type { ColumnMap } from '../../src/sheets/types';

/** "8.054.019.520" → 8054019520, "85,44" → 85.44, 1.5 → 1.5. */
export function dec(x: string | number): Decimal {
  if (typeof x === 'number') return new Decimal(x);
  return new Decimal(x.replace(/\./g, '').replace(',', '.'));
}

/** Reads a seed-style value: number, "" empty, "-" / "NA" absent, "a, b, c" composite, "?x" unreadable. */
export function parsed(x: string | number | undefined): ParsedValue {
  if (x === undefined || x === '') return { kind: 'empty' };
  if (typeof x === 'number') return { kind: 'number', value: new Decimal(x), fromText: false };
  if (x === '-' || x === 'NA' || x === 'Refocusing') return { kind: 'absent', text: x };
  if (x.startsWith('?')) return { kind: 'unreadable', text: x.slice(1), reason: 'tidak pasti' };
  if (x.includes(', ')) return { kind: 'composite', text: x, parts: x.split(', ').map((p) => parsed(p) as ParsedNumber) };
  return { kind: 'number', value: dec(x), fromText: true };
}

export function parsedNumber(x: string | number | undefined): ParsedNumber {
  const p = parsed(x);
  if (p.kind === 'composite') throw new Error('composite where a single number is expected');
  return p;
}

/** The grid cell a seed-style value would be stored in. */
export function cellOf(x: string | number | undefined): Cell | undefined {
  if (x === undefined || x === '') return undefined;
  if (typeof x === 'number') return { t: 'n', v: x };
  return { t: 's', v: x };
}

export function sv(sheet: string, row: number, col: number, x: string | number | undefined, cell?: Cell): SourceValue {
  return { ref: { sheet, row, col }, cell: cell ?? cellOf(x), parsed: parsedNumber(x) };
}

export function svv(sheet: string, row: number, col: number, x: string | number | undefined): SourceValue<ParsedValue> {
  return { ref: { sheet, row, col }, cell: cellOf(x), parsed: parsed(x) };
}

/** Code parse of a canonical code, legacy/invalid forms by prefix: "legacy:…", "invalid:…". */
export function code(text: string): CodeParse {
  if (text === '') return { kind: 'none' };
  if (text.startsWith('legacy:')) return { kind: 'legacy', text: text.slice(7) };
  if (text.startsWith('invalid:')) return { kind: 'invalid', text: text.slice(8), reason: 'format tidak dikenal' };
  if (text.startsWith('5.')) return { kind: 'rekening', text, canonical: text };
  const seg = text.split('.');
  const levels: CodeLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'kegiatan', 'subkegiatan'];
  const level = levels[seg.length - 1];
  return {
    kind: 'code',
    code: {
      level,
      canonical: text,
      urusan: seg[0],
      bidang: seg[1],
      program: seg[2],
      kegiatan: seg.length >= 5 ? `${seg[3]}.${seg[4]}` : undefined,
      sub: seg[5],
    },
  };
}

/** DPA columns used by the builder (0-based): A kode, B uraian, C pagu, D..G TW I..IV, H realisasi, I sisa, J %. */
export const DPA_COLS = { kode: 0, uraian: 1, pagu: 2, tw1: 3, tw2: 4, tw3: 5, tw4: 6, realisasi: 7, sisa: 8, persen: 9, target: 10, realisasiKinerja: 11, capaian: 12 } as const;

export interface DpaRowSpec {
  code: string;
  uraian: string;
  level?: RowLevel;
  pagu?: string | number;
  realisasi?: string | number;
  tw?: Array<string | number | undefined>;
  sdTw?: string | number;
  sisa?: string | number;
  persen?: string | number;
  /** The grid cell of %, when it differs from the seed text (a fraction with a % format). */
  persenCell?: Cell;
  target?: string | number;
  realisasiKinerja?: string | number;
  capaian?: string | number;
}

function levelOf(c: CodeParse, spec: DpaRowSpec): RowLevel {
  if (spec.level) return spec.level;
  if (c.kind === 'code') return c.code.level;
  if (c.kind === 'rekening') return 'rekening';
  return 'program';
}

const ORDER: RowLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan', 'rekening'];

/**
 * A DPA sheet from rows in sheet order (data from sheet row `firstRow`);
 * parents are the nearest preceding row of a higher level. `total` adds a
 * Jumlah row after the data.
 */
export function dpaSheet(
  specs: DpaRowSpec[],
  opts: { sheet?: string; firstRow?: number; total?: Omit<DpaRowSpec, 'code' | 'uraian'>; columns?: ColumnMap; mainBidang?: string } = {},
): DpaSheetModel {
  const sheet = opts.sheet ?? 'DPA';
  const first = opts.firstRow ?? 5;
  const C = DPA_COLS;
  const make = (spec: DpaRowSpec, index: number, row: number, level: RowLevel, c: CodeParse): DpaRow => ({
    index,
    row,
    level,
    levelSource: 'code',
    code: c,
    codeText: spec.code,
    uraian: spec.uraian,
    children: [],
    pagu: spec.pagu !== undefined ? sv(sheet, row, C.pagu, spec.pagu) : undefined,
    realisasi: spec.realisasi !== undefined ? sv(sheet, row, C.realisasi, spec.realisasi) : undefined,
    tw: (spec.tw ?? []).map((x, k) => (x === undefined ? undefined : sv(sheet, row, C.tw1 + k, x))),
    sdTw: spec.sdTw !== undefined ? sv(sheet, row, C.tw4, spec.sdTw) : undefined,
    sisa: spec.sisa !== undefined ? sv(sheet, row, C.sisa, spec.sisa) : undefined,
    persen: spec.persen !== undefined ? sv(sheet, row, C.persen, spec.persen, spec.persenCell) : undefined,
    target: spec.target !== undefined ? svv(sheet, row, C.target, spec.target) : undefined,
    realisasiKinerja: spec.realisasiKinerja !== undefined ? svv(sheet, row, C.realisasiKinerja, spec.realisasiKinerja) : undefined,
    capaian: spec.capaian !== undefined ? sv(sheet, row, C.capaian, spec.capaian) : undefined,
  });
  const rows: DpaRow[] = [];
  const stack: DpaRow[] = [];
  specs.forEach((spec, i) => {
    const c = code(spec.code);
    const level = levelOf(c, spec);
    const r = make(spec, i, first + i, level, c);
    while (stack.length && ORDER.indexOf(stack[stack.length - 1].level) >= ORDER.indexOf(level)) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) {
      r.parent = parent.index;
      (parent.children as number[]).push(i);
    }
    stack.push(r);
    rows.push(r);
  });
  const model: DpaSheetModel = {
    sheet,
    rows,
    mainBidang: opts.mainBidang ?? '1.06',
    columns: opts.columns ?? { kode: C.kode, uraian: C.uraian, pagu: C.pagu, realisasi: C.realisasi, sisa: C.sisa, persen: C.persen },
  };
  if (opts.total) {
    const spec = { code: '', uraian: 'Jumlah', ...opts.total };
    const t = make(spec, rows.length, first + rows.length, 'program', { kind: 'none' });
    t.children = rows.filter((r) => r.parent === undefined).map((r) => r.index);
    model.total = t;
  }
  return model;
}

/** PK columns (0-based): A no, B sasaran, C indikator, D satuan, E target, F realisasi, G capaian, H predikat. */
export const PK_COLS = { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasiKinerja: 5, capaian: 6, predikat: 7 } as const;

export interface PkIndicatorSpec {
  sasaran?: string;
  indikator: string;
  satuan?: string;
  target?: string | number;
  realisasi?: string | number;
  capaian?: string | number;
  capaianCell?: Cell;
  predikat?: string;
  polarity?: Polarity;
}

export interface PkProgramSpec {
  name: string;
  code?: string;
  apbd?: string | number;
  papbd?: string | number;
}

export function pkSheet(
  indicators: PkIndicatorSpec[],
  opts: { sheet?: string; firstRow?: number; programs?: PkProgramSpec[]; programRow?: number; total?: string | number; columns?: ColumnMap } = {},
): PkSheetModel {
  const sheet = opts.sheet ?? 'PK';
  const first = opts.firstRow ?? 3;
  const C = PK_COLS;
  let sasaranNo = 0;
  let sasaran = '';
  const inds: PkIndicator[] = indicators.map((s, i) => {
    const row = first + i;
    if (s.sasaran !== undefined) {
      sasaranNo++;
      sasaran = s.sasaran;
    }
    return {
      row,
      sasaranNo: Math.max(sasaranNo, 1),
      sasaran,
      indikator: s.indikator,
      satuan: s.satuan,
      target: s.target !== undefined ? svv(sheet, row, C.target, s.target) : undefined,
      realisasi: s.realisasi !== undefined ? svv(sheet, row, C.realisasiKinerja, s.realisasi) : undefined,
      capaian: s.capaian !== undefined ? sv(sheet, row, C.capaian, s.capaian, s.capaianCell) : undefined,
      predikat:
        s.predikat !== undefined
          ? { ref: { sheet, row, col: C.predikat }, cell: { t: 's', v: s.predikat }, parsed: s.predikat }
          : undefined,
      polarity: s.polarity ?? 'positif',
      polaritySource: s.polarity ? 'column' : 'default',
    };
  });
  const progRow = opts.programRow ?? first + indicators.length + 3;
  const programs: PkProgram[] = (opts.programs ?? []).map((p, i) => {
    const row = progRow + i;
    return {
      row,
      no: String(i + 1),
      name: p.name,
      code: p.code !== undefined ? code(p.code) : undefined,
      apbd: p.apbd !== undefined ? sv(sheet, row, 2, p.apbd) : undefined,
      papbd: p.papbd !== undefined ? sv(sheet, row, 3, p.papbd) : undefined,
    };
  });
  const model: PkSheetModel = {
    sheet,
    indicators: inds,
    programs,
    columns: opts.columns ?? { ...C },
  };
  if (opts.total !== undefined) model.total = sv(sheet, progRow + programs.length, 3, opts.total);
  return model;
}

/** A grid holding exactly the cells the model was built from (plus extra cells), for fill tests. */
export function gridOf(
  sheets: Array<{ name: string; cells: Array<{ row: number; col: number; cell: Cell | undefined }>; protected?: boolean }>,
): WorkbookGrid {
  const out: SheetGrid[] = sheets.map((s) => {
    const rows: SheetGrid['rows'] = [];
    for (const { row, col, cell } of s.cells) {
      if (!cell) continue;
      const r = (rows[row] ??= []);
      r[col] = cell;
    }
    return { name: s.name, state: 'visible', rows, merges: [], hiddenRows: new Set(), hiddenCols: new Set(), protected: !!s.protected };
  });
  return { sheets: out, generatedSheets: [] };
}

/** Every source cell of a DPA model as grid cells (codes and uraian included). */
export function dpaCells(m: DpaSheetModel): Array<{ row: number; col: number; cell: Cell | undefined }> {
  const out: Array<{ row: number; col: number; cell: Cell | undefined }> = [];
  const rows = m.total ? [...m.rows, m.total] : m.rows;
  for (const r of rows) {
    out.push({ row: r.row, col: DPA_COLS.kode, cell: r.codeText ? { t: 's', v: r.codeText } : undefined });
    out.push({ row: r.row, col: DPA_COLS.uraian, cell: { t: 's', v: r.uraian } });
    for (const v of [r.pagu, r.realisasi, r.sdTw, r.sisa, r.persen, r.target, r.realisasiKinerja, r.capaian, ...r.tw]) {
      if (v) out.push({ row: v.ref.row, col: v.ref.col, cell: v.cell });
    }
  }
  return out;
}

/** Every source cell of a PK model as grid cells. */
export function pkCells(m: PkSheetModel): Array<{ row: number; col: number; cell: Cell | undefined }> {
  const out: Array<{ row: number; col: number; cell: Cell | undefined }> = [];
  for (const i of m.indicators) {
    out.push({ row: i.row, col: PK_COLS.indikator, cell: { t: 's', v: i.indikator } });
    for (const v of [i.target, i.realisasi, i.capaian, i.predikat]) if (v) out.push({ row: v.ref.row, col: v.ref.col, cell: v.cell });
  }
  for (const p of m.programs) {
    out.push({ row: p.row, col: 1, cell: { t: 's', v: p.name } });
    for (const v of [p.apbd, p.papbd]) if (v) out.push({ row: v.ref.row, col: v.ref.col, cell: v.cell });
  }
  return out;
}
