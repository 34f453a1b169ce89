/**
 * The whole path on the Mojokerto 2021 workbook (test/fixtures/mojokerto.ts):
 * detect → model → validate → fill plan. The published faults must surface
 * with their cells; the figures that hold must not.
 */
import { detectLayouts, buildModel } from '../../src/sheets';
import { validate } from '../../src/core/validate';
import { planFill } from '../../src/core/fill';
import { mojokertoWorkbook, MOJOKERTO } from '../fixtures/mojokerto';

const wb = mojokertoWorkbook();
const { model } = buildModel(wb, detectLayouts(wb));
const findings = validate(model);
const at = (sheet: string, cell: string) => findings.filter((f) => f.sheet === sheet && f.cell === cell);

describe('validating the Mojokerto 2021 workbook', () => {
  it('finds Program Penunjang pagu 8.054.019.520 against its kegiatan 7.484.519.520', () => {
    expect(at(MOJOKERTO.dpaSheet, 'I7')).toEqual([
      expect.objectContaining({
        rule: 'sum/mismatch',
        severity: 'error',
        expected: '7484519520',
        actual: '8054019520',
        message: 'Pagu PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA (1.06.01) tertulis 8.054.019.520, jumlah kegiatannya 7.484.519.520.',
      }),
    ]);
  });

  it('names the missing kegiatan 1.06.01.2.06 under each of its orphaned sub kegiatan', () => {
    const orphans = findings.filter((f) => f.rule === 'code/parent-missing');
    expect(orphans.map((f) => [f.cell, f.expected])).toEqual([
      ['B15', '1.06.01.2.06'],
      ['B16', '1.06.01.2.06'],
      ['B17', '1.06.01.2.06'],
    ]);
  });

  it('accepts the Jumlah row 13.174.839.520 / 9.268.118.489 / 70,35 and every printed percentage', () => {
    expect(findings.filter((f) => f.rule === 'percent/mismatch')).toEqual([]);
    expect(at(MOJOKERTO.dpaSheet, 'I49')).toEqual([]);
    expect(at(MOJOKERTO.dpaSheet, 'J49')).toEqual([]);
  });

  it('accepts the PK program block: P-APBD anggaran equal to the DPA pagu, Jumlah equal to their sum', () => {
    expect(findings.filter((f) => f.sheet === MOJOKERTO.pkSheet)).toEqual([]);
  });

  it('warns that the Tagana rows (target 0, Refocusing) have no capaian', () => {
    const tagana = findings.filter((f) => f.rule === 'capaian/not-computable');
    expect(tagana.map((f) => f.cell)).toEqual(['F47', 'F48']);
    expect(tagana[0].message).toContain('target nol');
  });
});

describe('fill plan for the Mojokerto 2021 workbook', () => {
  const { plan, findings: fillFindings } = planFill(model, wb, { overwrite: false });

  it('fills the two empty PK capaian cells (Nilai RB 64 (B) / 64 and Nilai SAKIP 80,34 / 80,34 → 100)', () => {
    const pk = plan.edits.filter((e) => e.sheet === MOJOKERTO.pkSheet);
    expect(pk.map((e) => [e.row, e.col, e.value, e.format])).toEqual([
      [10, 6, 100, '0.00'],
      [11, 6, 100, '0.00'],
    ]);
  });

  it('writes "-" as capaian of the Tagana rows', () => {
    const tagana = plan.edits.filter((e) => e.sheet === MOJOKERTO.dpaSheet && e.kind === 'capaian' && e.value === '-');
    expect(tagana.map((e) => e.row)).toEqual([46, 47]);
  });

  it('keeps the published Program Penunjang and Jumlah figures: no conflict to hold back', () => {
    // The gap (kegiatan 1.06.01.2.06 missing) is a sum/mismatch finding, not a fill proposal.
    expect(plan.conflicts).toEqual([]);
    expect(fillFindings).toEqual([]);
  });

  it('never writes into a cell that holds a value', () => {
    expect(plan.edits.every((e) => e.old === undefined)).toBe(true);
    expect(plan.addedColumns).toEqual([]);
  });
});
