/**
 * Property: on any DPA tree and PK table, in a workbook carrying a chart, a
 * note, a validation, a conditional format, a defined name, a hidden sheet
 * and formulas, `fill` + `report` change only the cells the plan names, and
 * every filled value equals a recomputation written here, independently of
 * the engine (decimal sums, realisasi / pagu × 100 rounded half up, sisa).
 */
import fc from 'fast-check';
import Decimal from 'decimal.js';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import { a1 } from '../../src/grid/address';
import { readWorkbook, patchWorkbook } from '../../src/xlsx';
import { analyse, reports } from '../../src/core/engine';
import { sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { assertFeaturesPreserved } from '../fixtures/features-check';
import { writeXlsx, type WriterOptions } from '../safety/xlsx-writer';

const D = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
const half2 = (d: Decimal) => d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);

type CellPlan = 'blank' | 'stated';

function sum<T>(xs: T[], f: (x: T) => Decimal): Decimal {
  return xs.reduce((acc, x) => acc.plus(f(x)), new D(0));
}

interface Leaf {
  pagu: Decimal;
  realisasi: Decimal;
  sisa: CellPlan;
  persen: CellPlan;
}
/** A sub kegiatan: its own figures, or the sums of its rekening (belanja) rows. */
interface Sub extends Leaf {
  rekening: Leaf[];
  stated: CellPlan;
}
interface Kegiatan {
  subs: Sub[];
  stated: CellPlan;
  sisa: CellPlan;
  persen: CellPlan;
}
interface Program {
  kegiatan: Kegiatan[];
  stated: CellPlan;
  sisa: CellPlan;
  persen: CellPlan;
}
interface Indicator {
  target: number;
  realisasi: number;
  capaian: CellPlan;
}
interface Case {
  programs: Program[];
  indicators: Indicator[];
  moneyFormat: string | undefined;
  percentFormat: string | undefined;
  total: boolean;
}

/** Rupiah amounts as staff type them: zero, whole, with sen, big (up to ten trillion). */
const amount = fc.oneof(
  fc.constant(new D(0)),
  fc.integer({ min: 1, max: 5_000_000_000 }).map((n) => new D(n)),
  fc.integer({ min: 1, max: 99_999_999 }).map((n) => new D(n).div(100)),
  fc.bigInt({ min: 10n ** 11n, max: 10n ** 13n }).map((n) => new D(n.toString())),
);
const plan = fc.constantFrom<CellPlan>('blank', 'stated');
const leaf = fc
  .tuple(amount, fc.integer({ min: 0, max: 100 }), plan, plan)
  .map(([pagu, pct, sisa, persen]): Leaf => ({ pagu, realisasi: half2(pagu.times(pct).div(100)), sisa, persen }));
const sub = fc
  .tuple(leaf, fc.array(leaf, { maxLength: 3 }), plan)
  .map(([own, rekening, stated]): Sub =>
    rekening.length
      ? { ...own, rekening, stated, pagu: sum(rekening, (r) => r.pagu), realisasi: sum(rekening, (r) => r.realisasi) }
      : { ...own, rekening, stated: 'stated' },
  );
const kegiatan = fc.record({ subs: fc.array(sub, { minLength: 1, maxLength: 4 }), stated: plan, sisa: plan, persen: plan });
const program = fc.record({ kegiatan: fc.array(kegiatan, { minLength: 1, maxLength: 3 }), stated: plan, sisa: plan, persen: plan });
const indicator = fc.record({ target: fc.integer({ min: 1, max: 2000 }), realisasi: fc.integer({ min: 0, max: 2500 }), capaian: plan });
const caseArb: fc.Arbitrary<Case> = fc.record({
  programs: fc.array(program, { minLength: 1, maxLength: 3 }),
  indicators: fc.array(indicator, { minLength: 1, maxLength: 4 }),
  moneyFormat: fc.constantFrom(undefined, '#,##0', '#,##0.00', '"Rp"\\ #,##0', '#,##0;[Red]\\-#,##0', '0'),
  percentFormat: fc.constantFrom(undefined, '0.00', '0.0', '#,##0.00'),
  total: fc.boolean(),
});

/** What a row shows and what the fill must write there. */
interface Expected {
  row: number;
  pagu: Decimal;
  realisasi: Decimal;
  /** Parent pagu/realisasi cells left blank: fill writes the sums. */
  sumsBlank: boolean;
  sisaBlank: boolean;
  persenBlank: boolean;
}

const PROGRAM_CODES = ['1.06.02', '1.06.04', '1.06.06'];
const REKENING = ['Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor', 'Makanan dan Minuman Rapat', 'Perjalanan Dinas Dalam Kota'];
const HEADER = ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%', 'Keterangan'];
const FIRST = 5;

function money(v: Decimal, z: string | undefined): Cell {
  const cell: Cell = { t: 'n', v: v.toNumber() };
  if (z) cell.z = z;
  return cell;
}

function build(c: Case): { wb: WorkbookGrid; expected: Expected[]; pkExpected: Array<{ row: number; capaian: Decimal }>; opts: WriterOptions } {
  const rows: Raw[][] = [
    ['MONITORING REALISASI ANGGARAN DPA TAHUN 2021'],
    ['DINAS SOSIAL KABUPATEN MOJOKERTO'],
    [],
    HEADER,
    HEADER.map((_, i) => `(${i + 1})`),
  ];
  const expected: Expected[] = [];
  const persenOf = (p: Decimal, r: Decimal) => half2(r.div(p).times(100));
  const push = (code: string, uraian: string, pagu: Decimal, realisasi: Decimal, sums: CellPlan | 'leaf', sisa: CellPlan, persen: CellPlan) => {
    const r = rows.length;
    const line: Raw[] = [code, uraian];
    if (sums !== 'blank') line.push(money(pagu, c.moneyFormat), money(realisasi, c.moneyFormat));
    else line.push(null, null);
    line.push(sisa === 'stated' ? money(pagu.minus(realisasi), c.moneyFormat) : null);
    // A stated % where pagu is 0 is the "-" staff type.
    line.push(persen === 'stated' ? (pagu.isZero() ? '-' : money(persenOf(pagu, realisasi), c.percentFormat)) : null);
    rows.push(line);
    expected.push({ row: r, pagu, realisasi, sumsBlank: sums === 'blank', sisaBlank: sisa === 'blank', persenBlank: persen === 'blank' });
  };
  c.programs.forEach((p, pi) => {
    const pcode = PROGRAM_CODES[pi];
    const leaves = p.kegiatan.flatMap((k) => k.subs);
    push(pcode, `Program ${pi + 1}`, sum(leaves, (l) => l.pagu), sum(leaves, (l) => l.realisasi), p.stated, p.sisa, p.persen);
    p.kegiatan.forEach((k, ki) => {
      const kcode = `${pcode}.2.0${ki + 1}`;
      push(kcode, `Kegiatan ${pi + 1}.${ki + 1}`, sum(k.subs, (l) => l.pagu), sum(k.subs, (l) => l.realisasi), k.stated, k.sisa, k.persen);
      k.subs.forEach((l, si) => {
        push(`${kcode}.000${si + 1}`, `Sub Kegiatan ${pi + 1}.${ki + 1}.${si + 1}`, l.pagu, l.realisasi, l.stated, l.sisa, l.persen);
        l.rekening.forEach((b, bi) => push(`5.1.02.01.01.00${24 + bi}`, `Belanja ${REKENING[bi]}`, b.pagu, b.realisasi, 'leaf', b.sisa, b.persen));
      });
    });
  });
  let totalRow: number | undefined;
  if (c.total) {
    const leaves = c.programs.flatMap((p) => p.kegiatan.flatMap((k) => k.subs));
    const tp = sum(leaves, (l) => l.pagu);
    const tr = sum(leaves, (l) => l.realisasi);
    const programRows = expected.filter((e) => /^\d+\.\d+\.\d+$/.test(String(rows[e.row][0]))).map((e) => e.row + 1);
    totalRow = rows.length;
    // The Jumlah row is a formula over the program rows, its cached value what Excel showed.
    const f = (col: string, v: Decimal): Cell => ({ ...money(v, c.moneyFormat), f: `SUM(${programRows.map((r) => `${col}${r}`).join(',')})` });
    rows.push(['Jumlah', null, f('C', tp), f('D', tr)]);
    expected.push({ row: totalRow, pagu: tp, realisasi: tr, sumsBlank: false, sisaBlank: true, persenBlank: true });
  }
  const dpa = sheet({ name: 'DPA 2021', rows });

  const pkRows: Raw[][] = [
    ['PERJANJIAN KINERJA TAHUN 2021'],
    [],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Polaritas', 'Target', 'Realisasi', 'Capaian (%)'],
  ];
  const pkExpected: Array<{ row: number; capaian: Decimal }> = [];
  c.indicators.forEach((ind, i) => {
    const capaian = half2(new D(ind.realisasi).div(ind.target).times(100));
    const r = pkRows.length;
    pkRows.push([
      i + 1,
      'Meningkatnya pelayanan kesejahteraan PMKS',
      `Persentase PMKS penerima manfaat program ${i + 1}`,
      '%',
      'Positif',
      ind.target,
      ind.realisasi,
      ind.capaian === 'stated' ? { t: 'n', v: capaian.toNumber(), z: '0.00' } : null,
    ]);
    if (ind.capaian === 'blank') pkExpected.push({ row: r, capaian });
  });
  const pk = sheet({ name: 'PK', rows: pkRows });
  const ref = sheet({ name: 'Referensi', rows: [['Polaritas'], ['Positif'], ['Negatif']], state: 'hidden' });

  const last = rows.length;
  const opts: WriterOptions = {
    definedNames: [{ name: 'PaguDPA', ref: `'DPA 2021'!$C$${FIRST + 1}:$C$${last}` }],
    sheets: {
      'DPA 2021': {
        chart: { title: 'Pagu Sub Kegiatan', categories: `'DPA 2021'!$A$${FIRST + 1}:$A$${last}`, values: `'DPA 2021'!$C$${FIRST + 1}:$C$${last}` },
        comment: { a1: `G${FIRST + 1}`, text: 'Angka dari SIPD per 31 Desember 2021.' },
        conditional: { sqref: `F${FIRST + 1}:F${last}`, lessThan: 50 },
        validation: { sqref: `G${FIRST + 1}:G${last}`, list: 'Refocusing,Lunas' },
        widths: { 0: 18, 1: 48, 2: 16, 3: 16 },
      },
      PK: { validation: { sqref: `E4:E${pkRows.length}`, list: 'Referensi!$A$2:$A$3' }, conditional: { sqref: `H4:H${pkRows.length}`, lessThan: 50 } },
    },
  };
  return { wb: workbook(pk, dpa, ref), expected, pkExpected, opts };
}

const asDecimal = (v: number | string) => new D(String(v));

describe('fill and report keep every untouched cell and feature, and fill exact figures', () => {
  it('holds for random DPA trees, PK tables, amounts and number formats', () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { wb, expected, pkExpected, opts } = build(c);
        const before = writeXlsx(wb, opts);
        const analysis = analyse(readWorkbook(before));
        const built = reports(analysis, { tahun: 2021, opd: 'Dinas Sosial' });
        const edits = analysis.plan.edits;
        const after = patchWorkbook(before, edits, built.tables);

        // 1. Nothing outside the edited cells changed: parts, features, cells.
        assertFeaturesPreserved(before, after, edits.map((e) => ({ sheet: e.sheet, a1: a1(e.row, e.col) })));

        // 2. Every DPA edit is a value recomputed here, in a cell that was blank.
        const want = new Map<string, Decimal | string>();
        for (const e of expected) {
          if (e.sumsBlank) {
            want.set(`${e.row}:2`, e.pagu);
            want.set(`${e.row}:3`, e.realisasi);
          }
          if (e.sisaBlank) want.set(`${e.row}:4`, e.pagu.minus(e.realisasi));
          if (e.persenBlank && !e.pagu.isZero()) want.set(`${e.row}:5`, half2(e.realisasi.div(e.pagu).times(100)));
        }
        for (const p of pkExpected) want.set(`pk:${p.row}:7`, p.capaian);
        const got = new Map<string, number | string>();
        for (const e of edits) {
          const key = e.sheet === 'PK' ? `pk:${e.row}:${e.col}` : `${e.row}:${e.col}`;
          expect(e.old).toBeUndefined();
          got.set(key, e.value);
        }
        expect([...got.keys()].sort()).toEqual([...want.keys()].sort());
        for (const [key, value] of want) expect(asDecimal(got.get(key)!).equals(value as Decimal)).toBe(true);
        expect(analysis.plan.conflicts).toEqual([]);

        // 3. The written file holds those values.
        const filled = readWorkbook(after);
        for (const e of edits) {
          const cell = filled.sheets.find((s) => s.name === e.sheet)!.rows[e.row]?.[e.col];
          expect(cell).toMatchObject({ t: typeof e.value === 'number' ? 'n' : 's', v: e.value });
        }
        expect(filled.sheets.find((s) => s.name === 'Referensi')!.state).toBe('hidden');
        expect(filled.generatedSheets.length).toBe(built.tables.length);
      }),
      { numRuns: 25, seed: 20211231 },
    );
  });
});
