/**
 * computeFigures rolls a tree read top-down (every child listed after its
 * parent) up in one backward pass; the depth-first visit, which takes any
 * order, is the oracle. Both must fill every slot alike.
 */
import fc from 'fast-check';
import { detectLayouts, buildModel } from '../../src/sheets';
import { computeFigures, type DpaSheetFigures } from '../../src/core/compute/dpa';
import type { DpaSheetModel, RowLevel } from '../../src/core/model/types';
import { generateWorkbook } from '../../bench/generate';
import { perturb } from '../perf/digest';
import { dpaSheet } from './builders';

/** Every slot of the table (kind, source, int, Decimal) and each row's capaian, as text. */
function slots(f: DpaSheetFigures, rows: number): string {
  const t = f.table;
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    for (let k = 0; k < t.width; k++) {
      const fig = t.figure(i, k);
      out.push(`${i}.${k} ${t.has(i, k)} ${t.uncertain(i, k)} ${t.stated(i, k)} ${t.source(i, k)} ${t.int(i, k)} ${fig?.value.toFixed()}`);
    }
  }
  out.push(JSON.stringify(f.rows.map((r) => r.capaianKinerja)), JSON.stringify(f.total?.capaianKinerja));
  return out.join('\n');
}

function same(sheet: DpaSheetModel): void {
  const rows = sheet.rows.length + (sheet.total ? 1 : 0);
  for (const recompute of [false, true]) {
    expect(slots(computeFigures(sheet, recompute), rows)).toBe(slots(computeFigures(sheet, recompute, 'visit'), rows));
  }
}

const AMOUNT = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 0, max: 4_000 }).map((n) => n * 25_000) },
  { weight: 2, arbitrary: fc.constantFrom<string | number | undefined>(undefined, '', '-', '?x', '1.234.567,50', 1e16, -5) },
);

describe('the backward rollup of a top-down tree gives the figures of the depth-first visit', () => {
  it('on the generated sheet with mismatches, text numbers, fractions and errors', () => {
    const wb = perturb(generateWorkbook({ rows: 2_000 }).grid);
    same(buildModel(wb, detectLayouts(wb)).model.dpa[0]);
  });

  it('on random trees whose parents state, leave blank or cannot read their amounts, with and without a total row', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            level: fc.constantFrom<RowLevel>('program', 'kegiatan', 'subkegiatan', 'rekening', 'rekening'),
            pagu: AMOUNT,
            realisasi: AMOUNT,
            sdTw: AMOUNT,
            tw: fc.array(AMOUNT, { minLength: 4, maxLength: 4 }),
            target: fc.constantFrom<string | number | undefined>(undefined, 10, '85,5', '?x'),
            realisasiKinerja: fc.constantFrom<string | number | undefined>(undefined, 8, '90'),
          }),
          { minLength: 1, maxLength: 30 },
        ),
        fc.boolean(),
        fc.constantFrom(0, 2, 4, -1),
        (draws, total, quarters) => {
          // Rows of a sheet read from a workbook have as many quarters as it has TW columns; -1: any number.
          const tw = (d: (typeof draws)[number], i: number) => (quarters < 0 ? d.tw.slice(0, (i * 7) % 5) : d.tw.slice(0, quarters));
          const sheet = dpaSheet(
            draws.map((d, i) => ({ code: '', uraian: `Baris ${i}`, ...d, tw: tw(d, i) })),
            { total: total ? {} : undefined },
          );
          same(sheet);
        },
      ),
      { numRuns: 300, seed: 20240115 },
    );
  });

  it('on a total row listed among the rows, which stays a leaf there', () => {
    const sheet = dpaSheet([
      { code: '', uraian: 'Jumlah', level: 'program' },
      { code: '', uraian: 'Kegiatan', level: 'kegiatan', pagu: 100, tw: [40] },
      { code: '', uraian: 'Kegiatan', level: 'kegiatan', pagu: 200, tw: [60] },
    ]);
    sheet.total = sheet.rows[0];
    expect(sheet.total.children).toEqual([1, 2]);
    same(sheet);
    expect(computeFigures(sheet, false).rows[0].pagu?.value.toFixed()).toBe('300');
    expect(computeFigures(sheet, false).table.has(0, 0)).toBe(false);
  });
});
