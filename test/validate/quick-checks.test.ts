/**
 * validateDpa settles the common row with integer checks on the sheet's
 * FigureTable and runs the full Decimal checks only on a row those cannot
 * vouch for; running the full checks on every row is the oracle. Both must
 * give the same findings, in the same order.
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import { detectLayouts, buildModel } from '../../src/sheets';
import { computeDpaSheet } from '../../src/core/compute/dpa';
import { validateDpa } from '../../src/core/validate/dpa';
import type { DpaSheetModel, RowLevel, SourceValue } from '../../src/core/model/types';
import { generateWorkbook } from '../../bench/generate';
import { perturb } from '../perf/digest';
import { dpaSheet, DPA_COLS, sv, type DpaRowSpec } from '../compute/builders';

function both(sheet: DpaSheetModel): { quick: string; oracle: string; count: number } {
  const figures = computeDpaSheet(sheet);
  const oracle = validateDpa(sheet, figures, { quick: false });
  return { quick: JSON.stringify(validateDpa(sheet, figures)), oracle: JSON.stringify(oracle), count: oracle.length };
}

/** An amount as a seed would write it: mostly whole Rupiah, sometimes the trouble real sheets hold. */
const AMOUNT: fc.Arbitrary<string | number | undefined> = fc.oneof(
  { weight: 8, arbitrary: fc.integer({ min: 0, max: 4_000 }).map((n) => n * 25_000) },
  { weight: 2, arbitrary: fc.constant(undefined) },
  { weight: 2, arbitrary: fc.constantFrom<string | number>('', '-', '?x', '1.234.567,50', 1234.5, -1_500_000, 1e16, '2.500.000', 0) },
);

const ROW = fc.record({
  level: fc.constantFrom<RowLevel>('kegiatan', 'subkegiatan', 'subkegiatan', 'rekening', 'rekening', 'rekening'),
  pagu: AMOUNT,
  murni: AMOUNT,
  realisasi: AMOUNT,
  tw: fc.array(AMOUNT, { minLength: 0, maxLength: 4 }),
  sdTw: AMOUNT,
  /** Parent amounts written as their children's sum (else as drawn), sisa and % as computed (else as drawn). */
  consistent: fc.boolean(),
  sisa: AMOUNT,
  persen: fc.constantFrom<string | number | undefined>(undefined, '', '85,44', 12.5, '?x'),
  /** An indicator on one row in five or so: its capaian is always checked in full. */
  target: fc.constantFrom<string | number | undefined>(undefined, undefined, undefined, undefined, '', 10, '?x'),
  realisasiKinerja: fc.constantFrom<string | number | undefined>(undefined, undefined, undefined, 8, ''),
});

type RowDraw = typeof ROW extends fc.Arbitrary<infer T> ? T : never;

/** Whole amounts as a seed writes them ("25.805.000"), so parents and children are read alike. */
const text = (n: number) => new Decimal(n).toFixed().replace(/\B(?=(\d{3})+$)/g, '.');

function sheetOf(draws: RowDraw[], withRealisasi: boolean, allQuarters: boolean, total: boolean): DpaSheetModel {
  const specs: DpaRowSpec[] = [{ code: '', uraian: 'Program', level: 'program' }, ...draws].map((d, i) => {
    const r = d as Partial<RowDraw> & { level: RowLevel };
    return {
      code: '',
      uraian: `Baris ${i}`,
      level: r.level,
      pagu: r.pagu,
      realisasi: withRealisasi ? r.realisasi : undefined,
      tw: r.tw,
      sdTw: r.sdTw,
      sisa: r.sisa,
      persen: r.persen,
      target: r.target,
      realisasiKinerja: r.realisasiKinerja,
    };
  });
  const C = DPA_COLS;
  const columns = {
    kode: C.kode,
    uraian: C.uraian,
    pagu: C.pagu,
    ...(withRealisasi ? { realisasi: C.realisasi } : {}),
    ...(allQuarters ? { tw1: C.tw1, tw2: C.tw2, tw3: C.tw3, tw4: C.tw4 } : { tw1: C.tw1 }),
    sisa: C.sisa,
    persen: C.persen,
    target: C.target,
    realisasiKinerja: C.realisasiKinerja,
  };
  const sheet = dpaSheet(specs, { columns, total: total ? { pagu: 1_000_000 } : undefined });
  const rows = sheet.rows;
  // Anggaran murni (no builder field): in its own column, next to the indicator columns.
  draws.forEach((d, k) => {
    if (d.murni !== undefined) rows[k + 1].paguMurni = sv(sheet.sheet, rows[k + 1].row, 13, d.murni);
  });
  // Bottom up: a consistent parent states its children's sums, a consistent row its own sisa and %.
  const whole = (x: { parsed: { kind: string; value?: Decimal } } | undefined) =>
    x && x.parsed.kind === 'number' && x.parsed.value!.isInteger() && x.parsed.value!.abs().lt(1e15) ? x.parsed.value!.toNumber() : undefined;
  for (let i = rows.length - 1; i >= 1; i--) {
    const row = rows[i];
    if (!draws[i - 1].consistent) continue;
    const kids = row.children.map((c) => rows[c]);
    const sum = (get: (r: (typeof rows)[number]) => number | undefined) => {
      let s = 0;
      for (const k of kids) {
        const v = get(k);
        if (v === undefined) return undefined;
        s += v;
      }
      return s;
    };
    if (kids.length > 0) {
      const pagu = sum((k) => whole(k.pagu));
      if (pagu !== undefined) row.pagu = sv(sheet.sheet, row.row, C.pagu, text(pagu));
      const murni = sum((k) => whole(k.paguMurni));
      if (murni !== undefined) row.paguMurni = sv(sheet.sheet, row.row, 13, text(murni));
      if (withRealisasi) {
        const realisasi = sum((k) => whole(k.realisasi));
        if (realisasi !== undefined) row.realisasi = sv(sheet.sheet, row.row, C.realisasi, text(realisasi));
      }
      for (let q = 0; q < row.tw.length; q++) {
        const tw = sum((k) => whole(k.tw[q]));
        if (tw !== undefined) (row.tw as Array<SourceValue | undefined>)[q] = sv(sheet.sheet, row.row, C.tw1 + q, text(tw));
      }
    }
    const pagu = whole(row.pagu);
    const realisasi = whole(row.realisasi);
    if (pagu !== undefined && realisasi !== undefined) {
      row.sisa = sv(sheet.sheet, row.row, C.sisa, text(pagu - realisasi));
      if (pagu !== 0) row.persen = sv(sheet.sheet, row.row, C.persen, new Decimal(realisasi).dividedBy(pagu).times(100).toDecimalPlaces(2).toNumber());
    }
  }
  return sheet;
}

describe('the quick DPA checks find exactly what the full checks find', () => {
  it('on the generated sheet with mismatches, text numbers, fractions, errors and .5 percentages', () => {
    const wb = perturb(generateWorkbook({ rows: 2_000 }).grid);
    const { model } = buildModel(wb, detectLayouts(wb));
    const { quick, oracle, count } = both(model.dpa[0]);
    expect(count).toBeGreaterThan(20);
    expect(quick).toBe(oracle);
  });

  it('on trees with realisasi, s.d. TW, anggaran murni, quarters and indicators stated, summed, blank or unreadable at random', () => {
    fc.assert(
      fc.property(fc.array(ROW, { minLength: 1, maxLength: 30 }), fc.boolean(), fc.boolean(), fc.boolean(), (draws, withRealisasi, allQuarters, total) => {
        const { quick, oracle } = both(sheetOf(draws, withRealisasi, allQuarters, total));
        expect(quick).toBe(oracle);
      }),
      { numRuns: 400, seed: 20240115 },
    );
  });
});
