/**
 * A SIPD-style "Laporan Realisasi Anggaran per Sub Kegiatan" export of a
 * Dinas Sosial (1.06): Kode | Uraian | Anggaran | Realisasi TW I..IV |
 * Realisasi s.d. TW IV | % | Sisa, with kode rekening rows (5.1.02.…) under
 * each sub kegiatan and a JUMLAH row.
 */
import { expectErrors, editsOf, findingsOf, minus, n, p2, rp, run, sum } from './helpers';
import { build, FIRST, FLAT, rowOf, SHEET, TOTAL, TOTAL_ROW } from './workbooks/sipd';

describe('SIPD realisasi export with kode rekening rows', () => {
  it('reads the tree down to the rekening rows and finds nothing wrong in a consistent export', () => {
    const a = run(build({ stated: true }));
    expect(a.layouts[0].role).toBe('dpa');
    const dpa = a.model.dpa[0];
    expect(dpa.rows.map((r) => r.level)).toEqual([
      'program', 'kegiatan', 'subkegiatan', 'rekening', 'rekening', 'subkegiatan', 'rekening', 'rekening',
      'program', 'kegiatan', 'subkegiatan', 'rekening', 'rekening', 'subkegiatan', 'rekening',
    ]);
    expect(dpa.total?.row).toBe(TOTAL_ROW);
    expectErrors(a, []);
    expect(a.plan.edits).toEqual([]);
    expect(a.plan.conflicts).toEqual([]);
  });

  it('fills % and Sisa for every row and the JUMLAH row, rounded half up', () => {
    const a = run(build({ stated: false }));
    expectErrors(a, []);
    const want: Record<string, string> = {};
    [...FLAT, TOTAL].forEach((f, i) => {
      want[`${SHEET}!I${FIRST + i + 1}`] = f.persen!;
      want[`${SHEET}!J${FIRST + i + 1}`] = f.sisa.toFixed();
    });
    expect({ ...editsOf(a, 'persen'), ...editsOf(a, 'sisa') }).toEqual(want);
    // 7.750.000 / 8.000.000 = 96,875 % → 96,88 (half up), 722.547.500 / 733.000.000 → 98,57
    expect(want[`${SHEET}!I${rowOf('5.1.02.04.01.0001') + 1}`]).toBe('96.88');
    expect(want[`${SHEET}!I${rowOf('1.06.04.2.02') + 1}`]).toBe('98.57');
    expect(want[`${SHEET}!I${TOTAL_ROW + 1}`]).toBe('98.52');
  });

  it('finds a rekening typed wrong in its sub kegiatan sum, a % rounded down and a sisa typo', () => {
    const subRow = rowOf('1.06.01.2.01.0007');
    const kegRow = rowOf('1.06.04.2.02');
    const sisaRow = rowOf('1.06.04.2.02.0005');
    const a = run(
      build({ stated: true }, (rows) => {
        // Perjalanan dinas pagu typed 8.500.000 instead of 8.000.000; its own % and sisa follow the typo.
        const r = rowOf('5.1.02.04.01.0001');
        rows[r][2] = rp(8500000);
        rows[r][8] = p2(91.18);
        rows[r][9] = rp(750000);
        // 98,574 % truncated to 98,57 is right; staff typed 98,58.
        rows[kegRow][8] = p2(98.58);
        rows[sisaRow][9] = rp(2178500);
      }),
    );
    const perjadin = FLAT.find((f) => f.node.kode === '1.06.01.2.01.0007')!;
    expectErrors(a, [
      { rule: 'sum/mismatch', sheet: SHEET, cell: `C${subRow + 1}`, expected: sum(4500000, 8500000), actual: perjadin.pagu.toFixed() },
      { rule: 'percent/mismatch', sheet: SHEET, cell: `I${kegRow + 1}`, expected: '98.57', actual: '98.58' },
      { rule: 'sisa/mismatch', sheet: SHEET, cell: `J${sisaRow + 1}`, expected: minus(175000000, 172812500), actual: '2178500' },
    ]);
  });

  it('finds a quarter that does not add up to the cumulative s.d. TW IV realisasi', () => {
    const r = rowOf('5.1.02.01.01.0024');
    const a = run(
      build({ stated: true }, (rows) => {
        rows[r][6] = rp(1030000); // TW IV typed 1.030.000 instead of 1.300.000
      }),
    );
    const sub = rowOf('1.06.01.2.01.0001');
    expectErrors(a, [
      // the rekening's own cumulative realisasi no longer matches its quarters…
      { rule: 'realisasi/tw-mismatch', sheet: SHEET, cell: `H${r + 1}`, expected: sum(1250000, 1500000, 1800000, 1030000), actual: '5850000' },
      // …and its sub kegiatan's TW IV is no longer the sum of its rekening
      { rule: 'sum/mismatch', sheet: SHEET, cell: `G${sub + 1}`, expected: sum(1030000, 1950000), actual: sum(1300000, 1950000) },
    ]);
  });

  it('warns when a rekening spends more than its pagu', () => {
    const r = rowOf('5.1.02.03.01.0001', 1);
    const a = run(
      build({ stated: false }, (rows) => {
        rows[r][2] = rp(170000000);
        // the sub kegiatan, kegiatan, program and JUMLAH pagu follow, so only the overspend remains
        for (const k of ['1.06.04.2.02.0005', '1.06.04.2.02', '1.06.04']) rows[rowOf(k)][2] = rp(n(FLAT[rowOf(k) - FIRST].pagu) - 5000000);
        rows[TOTAL_ROW][2] = rp(n(TOTAL.pagu) - 5000000);
      }),
    );
    expectErrors(a, []);
    const over = findingsOf(a, 'realisasi/exceeds-pagu');
    expect(over.map((f) => [f.cell, f.expected, f.actual])).toEqual([
      [`H${rowOf('1.06.04.2.02.0005') + 1}`, '170000000', '172812500'],
      [`H${r + 1}`, '170000000', '172812500'],
    ]);
  });
});
