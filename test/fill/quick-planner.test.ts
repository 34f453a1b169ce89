/**
 * The integer planner (QuickPlanner in src/core/fill/dpa.ts) settles the
 * common DPA row without Decimals; planRow is the oracle. Planning every row
 * with planRow must give the same edits, conflicts and findings, in the same
 * order, on sheets holding the trouble real sheets have.
 */
import fc from 'fast-check';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import { detectLayouts, buildModel } from '../../src/sheets';
import { planDpa } from '../../src/core/fill/dpa';
import type { Planner } from '../../src/core/fill/propose';
import { generateWorkbook, DPA_SHEET } from '../../bench/generate';
import { perturb } from '../perf/digest';

/** JSON that tells −0 from 0 (a written −0 is what decimal.js gives 0 / −pagu). */
const show = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (Object.is(v, -0) ? '-0' : v));

function plans(wb: WorkbookGrid, overwrite: boolean): { quick: string; oracle: string; edits: number } {
  const { model } = buildModel(wb, detectLayouts(wb));
  const sheet = model.dpa[0];
  const grid = wb.sheets.find((g) => g.name === sheet.sheet)!;
  const run = (quick: boolean) => {
    const pl: Planner = { plan: { edits: [], conflicts: [], addedColumns: [] }, findings: [], overwrite };
    planDpa(pl, grid, sheet, { quick });
    return pl;
  };
  const quick = run(true);
  return { quick: show(quick), oracle: show(run(false)), edits: quick.plan.edits.length };
}

describe('the integer DPA planner plans exactly what planRow plans', () => {
  it.each([false, true])('on the generated sheet with mismatches, text numbers, fractions, errors and .5 percentages (overwrite %s)', (overwrite) => {
    const { quick, oracle, edits } = plans(perturb(generateWorkbook({ rows: 2_000 }).grid), overwrite);
    expect(edits).toBeGreaterThan(500);
    expect(quick).toBe(oracle);
  });

  it('on rows whose % is 0 or −0 (nothing spent of a positive, a negative or a blank pagu)', () => {
    const wb = generateWorkbook({ rows: 60, faults: false }).grid;
    const grid = wb.sheets.find((s) => s.name === DPA_SHEET)!;
    const leaves = grid.rows.flatMap((row, r) => (row && row[8]?.f ? [r] : [])).slice(-6);
    const pagus = [-1500000, 1500000, -1, 0, 7, undefined];
    leaves.forEach((r, k) => {
      const row = grid.rows[r]!;
      const p = pagus[k];
      row[2] = p === undefined ? undefined : { t: 'n', v: p };
      for (let c = 3; c <= 7; c++) row[c] = { t: 'n', v: 0 };
      row[8] = undefined;
      row[9] = undefined;
    });
    for (const overwrite of [false, true]) {
      const { quick, oracle } = plans(wb, overwrite);
      expect(quick).toContain('-0');
      expect(quick).toBe(oracle);
    }
  });

  it('on sheets whose amount cells are blanked, zeroed, negated, made fractions, text or percentages at random', () => {
    // Columns: 2 Pagu, 3..6 TW I-IV, 7 Jumlah, 8 Sisa, 9 %.
    const CELLS: Array<Cell | undefined> = [
      undefined,
      { t: 's', v: '  ' },
      { t: 's', v: '', f: 'SUM(C1:C2)' },
      { t: 'n', v: 0 },
      { t: 'n', v: -1500000 },
      { t: 'n', v: 1234.5 },
      { t: 'n', v: 0.5 },
      { t: 'n', v: 0.855, z: '0.00%' },
      { t: 's', v: '12,50' },
      { t: 's', v: 'Rp 2.500.000' },
      { t: 'n', v: 1e16 },
    ];
    const base = generateWorkbook({ rows: 60, faults: false }).grid;
    const sheet = base.sheets.find((s) => s.name === DPA_SHEET)!;
    const dataRows = sheet.rows.flatMap((row, r) => (row && row[2]?.t === 'n' ? [r] : []));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...dataRows.slice(-8)), fc.integer({ min: 2, max: 9 }), fc.nat(CELLS.length - 1)), { minLength: 1, maxLength: 24 }),
        fc.boolean(),
        (changes, overwrite) => {
          const wb = structuredClone(base);
          const grid = wb.sheets.find((s) => s.name === DPA_SHEET)!;
          for (const [r, c, k] of changes) grid.rows[r]![c] = CELLS[k] === undefined ? undefined : { ...CELLS[k]! };
          const { quick, oracle } = plans(wb, overwrite);
          expect(quick).toBe(oracle);
        },
      ),
      { numRuns: 150, seed: 20240115 },
    );
  });
});
