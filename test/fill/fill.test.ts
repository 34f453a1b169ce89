import { planFill } from '../../src/core/fill';
import type { Cell } from '../../src/grid/types';
import type { WorkbookModel } from '../../src/core/model/types';
import type { ColumnMap } from '../../src/sheets/types';
import { DPA_COLS, PK_COLS, dpaCells, dpaSheet, gridOf, pkCells, pkSheet, type PkIndicatorSpec } from '../compute/builders';
import { PENUNJANG, PROGRAMS, REHABILITASI } from '../compute/mojokerto';

const PERJALANAN = { indikator: 'Jumlah waktu penyediaan belanja perjalanan dinas rapat-rapat koordinasi dan konsultasi ke luar daerah', target: '108.000.000', realisasi: '84.915.000' };

/** The PK columns without a predikat column (the predikat tests add it). */
const CAPAIAN_ONLY = { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasiKinerja: 5, capaian: 6 };

function pkCase(inds: PkIndicatorSpec[], opts: { overwrite?: boolean; columns?: ColumnMap; extra?: Array<{ row: number; col: number; cell: Cell }> } = {}) {
  const pk = pkSheet(inds, { columns: opts.columns ?? CAPAIAN_ONLY });
  const wb = gridOf([{ name: 'PK', cells: [...pkCells(pk), ...(opts.extra ?? [])] }]);
  const model: WorkbookModel = { pk: [pk], dpa: [] };
  return { pk, wb, ...planFill(model, wb, { overwrite: !!opts.overwrite }) };
}

describe('fill plan on a PK sheet', () => {
  it('writes capaian into an empty cell as a number rounded to 2 with format 0.00 (84.915.000 / 108.000.000 → 78,63)', () => {
    const { plan, findings } = pkCase([PERJALANAN]);
    expect(plan.edits).toEqual([{ sheet: 'PK', row: 3, col: PK_COLS.capaian, value: 78.63, format: '0.00', kind: 'capaian', old: undefined }]);
    expect(plan.conflicts).toEqual([]);
    expect(findings).toEqual([]);
  });

  it('leaves a cell alone when it already holds the value, rounded to 2 (78,63 as text, 78.625 as number, 0.78625 in a % cell)', () => {
    expect(pkCase([{ ...PERJALANAN, capaian: '78,63' }]).plan.edits).toEqual([]);
    expect(pkCase([{ ...PERJALANAN, capaian: 78.625 }]).plan.edits).toEqual([]);
    const fraction = pkCase([{ ...PERJALANAN, capaian: 0.78625, capaianCell: { t: 'n', v: 0.78625, z: '0.00%' } }]);
    expect(fraction.plan).toEqual({ edits: [], conflicts: [], addedColumns: [] });
  });

  it('holds back a cell with another value as a conflict naming cell, old and new', () => {
    const { plan, findings } = pkCase([{ ...PERJALANAN, capaian: '78,62' }]);
    expect(plan.edits).toEqual([]);
    expect(plan.conflicts).toEqual([
      { edit: { sheet: 'PK', row: 3, col: 6, value: 78.63, format: '0.00', kind: 'capaian', old: { t: 's', v: '78,62' } }, reason: 'different-value' },
    ]);
    expect(findings).toEqual([
      {
        rule: 'fill/conflict',
        severity: 'warning',
        sheet: 'PK',
        cell: 'G4',
        message:
          'Sel G4 (Capaian indikator "Jumlah waktu penyediaan belanja perjalanan dinas rapat-rapa…") berisi "78,62", hasil hitung 78,63; tidak ditimpa.',
        expected: '78.63',
        actual: '78,62',
      },
    ]);
  });

  it('applies the conflicting edit with overwrite, keeping the old cell for undo', () => {
    const { plan, findings } = pkCase([{ ...PERJALANAN, capaian: '78,62' }], { overwrite: true });
    expect(plan.conflicts).toEqual([]);
    expect(plan.edits).toEqual([expect.objectContaining({ row: 3, col: 6, value: 78.63, old: { t: 's', v: '78,62' } })]);
    expect(findings).toEqual([]);
  });

  it('treats a formula with another result as a conflict', () => {
    const pk = pkCase([{ ...PERJALANAN, capaian: 80, capaianCell: { t: 'n', v: 80, f: 'F4/E4*100+1.37' } }]);
    expect(pk.plan.conflicts.map((c) => c.reason)).toEqual(['formula']);
    expect(pk.findings[0].message).toContain('rumus =F4/E4*100+1.37');
  });

  it('leaves a formula alone when it already computes the value', () => {
    const pk = pkCase([{ ...PERJALANAN, capaian: 78.625, capaianCell: { t: 'n', v: 78.625, f: 'F4/E4*100' } }]);
    expect(pk.plan).toEqual({ edits: [], conflicts: [], addedColumns: [] });
  });

  it('writes "-" where capaian cannot be computed, and the predikat beside computed ones', () => {
    const { plan } = pkCase(
      [
        { indikator: 'Tagana Kabupaten Mojokerto', target: 0, realisasi: 0 },
        { indikator: 'Persentase Indikator Program Perangkat Daerah yang tercapai', target: 100, realisasi: '63,46' },
      ],
      { columns: PK_COLS },
    );
    expect(plan.edits.map((e) => [e.row, e.col, e.value, e.kind, e.format])).toEqual([
      [3, 6, '-', 'capaian', undefined],
      [3, 7, '-', 'predikat', undefined],
      [4, 6, 63.46, 'capaian', '0.00'],
      [4, 7, 'Rendah', 'predikat', undefined],
    ]);
  });

  it('does not rewrite a predikat already written with other capitalisation', () => {
    const { plan } = pkCase([{ indikator: 'x', target: 100, realisasi: '63,46', capaian: '63,46', predikat: 'RENDAH' }], { columns: PK_COLS });
    expect(plan.edits).toEqual([]);
  });
});

describe('adding a capaian column to a PK table that has none', () => {
  const columns = { no: 0, sasaran: 1, indikator: 2, satuan: 3, target: 4, realisasiKinerja: 5 };
  const header = (texts: string[]) => texts.map((t, col) => ({ row: 1, col, cell: { t: 's' as const, v: t } }));
  const HEADER = header(['NO.', 'SASARAN', 'INDIKATOR KINERJA', 'SATUAN', 'TARGET', 'REALISASI']);
  const numbering = [0, 1, 2, 3, 4, 5].map((col) => ({ row: 2, col, cell: { t: 's' as const, v: `(${col + 1})` } }));
  const title = [{ row: 0, col: 0, cell: { t: 's' as const, v: 'PERJANJIAN KINERJA PERUBAHAN TAHUN 2021' } }];
  // title row 0 is separated from the header by nothing here; the builder puts indicators at row 3.
  const inds = [PERJALANAN, { indikator: 'Nilai SAKIP Perangkat Daerah', target: '80,34', realisasi: '80,34' }];

  it('uses the column right after Realisasi when it is empty for the whole table', () => {
    const { plan, findings } = pkCase(inds, { columns, extra: [...HEADER, ...numbering] });
    expect(plan.addedColumns).toEqual([{ sheet: 'PK', col: 6, header: 'Capaian (%)' }]);
    expect(plan.edits.map((e) => [e.row, e.col, e.value, e.kind])).toEqual([
      [1, 6, 'Capaian (%)', 'header'],
      [3, 6, 78.63, 'capaian'],
      [4, 6, 100, 'capaian'],
    ]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'fill/column-added', severity: 'info', cell: 'G2' })]);
  });

  it('uses the first column right of the table that is empty in every row when the next one is taken', () => {
    const keterangan = [
      ...header(['NO.', 'SASARAN', 'INDIKATOR KINERJA', 'SATUAN', 'TARGET', 'REALISASI', 'KETERANGAN']),
      { row: 4, col: 6, cell: { t: 's' as const, v: 'Nilai A' } },
      { row: 3, col: 7, cell: { t: 's' as const, v: 'catatan' } },
    ];
    const { plan } = pkCase(inds, { columns: { ...columns, keterangan: 6 }, extra: [...keterangan, ...numbering, ...title] });
    expect(plan.addedColumns).toEqual([{ sheet: 'PK', col: 8, header: 'Capaian (%)' }]);
    // existing cells are never moved or overwritten
    expect(plan.edits.every((e) => e.col === 8 && e.old === undefined)).toBe(true);
  });

  it('treats a header merged across the candidate column as taken', () => {
    const pk = pkSheet(inds, { columns });
    const wb = gridOf([{ name: 'PK', cells: [...pkCells(pk), ...HEADER, ...numbering] }]);
    wb.sheets[0].merges.push({ r0: 1, c0: 5, r1: 1, c1: 6 });
    const { plan } = planFill({ pk: [pk], dpa: [] }, wb, { overwrite: false });
    expect(plan.addedColumns[0].col).toBe(7);
  });
});

describe('fill plan on a DPA sheet', () => {
  const C = DPA_COLS;
  const dpaCase = (m: ReturnType<typeof dpaSheet>, overwrite = false, protect = false) => {
    const wb = gridOf([{ name: 'DPA', cells: dpaCells(m), protected: protect }]);
    return planFill({ pk: [], dpa: [m] }, wb, { overwrite });
  };

  it('fills the blank kegiatan row with the sum of its sub kegiatan, its sisa and percent (Rehabilitasi: 125.000.000 / 41.486.800 → 33,19)', () => {
    const rows = REHABILITASI.map((r, i) => (i === 0 ? { code: r.code, uraian: r.uraian } : r));
    const { plan, findings } = dpaCase(dpaSheet(rows));
    const kegiatan = plan.edits.filter((e) => e.row === 5);
    expect(kegiatan.map((e) => [e.col, e.value, e.kind, e.format])).toEqual([
      [C.pagu, 125000000, 'pagu', '#,##0'],
      [C.realisasi, 41486800, 'realisasi', '#,##0'],
      [C.sisa, 83513200, 'sisa', '#,##0'],
      [C.persen, 33.19, 'persen', '0.00'],
    ]);
    expect(findings).toEqual([]);
  });

  it('writes realisasi as the sum of the quarters when the realisasi cell is empty', () => {
    const m = dpaSheet(
      [{ code: '1.06.01.2.06.0005', uraian: 'Penyediaan Peralatan dan Perlengkapan Kantor', pagu: '211.500.000', tw: ['50.000.000', '50.092.500', '60.000.000', '40.000.000'] }],
      { columns: { kode: 0, uraian: 1, pagu: 2, tw1: 3, tw2: 4, tw3: 5, tw4: 6, realisasi: 7, persen: 9 } },
    );
    const { plan } = dpaCase(m);
    expect(plan.edits.map((e) => [e.col, e.value, e.kind])).toEqual([
      [C.realisasi, 200092500, 'realisasi'],
      [C.persen, 94.61, 'persen'],
    ]);
  });

  it('leaves the stated Program Penunjang pagu 8.054.019.520 alone (validate names the gap); overwrite replaces it with the kegiatan sum', () => {
    const sheet = () => dpaSheet(PENUNJANG, { columns: { kode: 0, uraian: 1, pagu: 2, realisasi: 7, persen: 9 } });
    const kept = dpaCase(sheet());
    expect(kept.plan.edits).toEqual([]);
    expect(kept.plan.conflicts).toEqual([]);
    const overwritten = dpaCase(sheet(), true);
    const pagu = overwritten.plan.edits.find((e) => e.col === C.pagu);
    expect(pagu).toMatchObject({ row: 5, value: 7484519520, old: { t: 's', v: '8.054.019.520' } });
  });

  it('keeps sisa and percent consistent with the pagu and realisasi the row keeps', () => {
    // Program Penunjang states 8.054.019.520 / 5.111.193.114; its kegiatan add up to 7.484.519.520 / 4.605.379.408.
    const kept = dpaCase(dpaSheet(PENUNJANG.map((r) => ({ ...r, persen: undefined }))));
    expect(kept.plan.edits.filter((e) => e.row === 5).map((e) => [e.col, e.value])).toEqual([
      [C.sisa, 2942826406],
      [C.persen, 63.46],
    ]);
    const overwritten = dpaCase(dpaSheet(PENUNJANG.map((r) => ({ ...r, persen: undefined }))), true);
    expect(overwritten.plan.edits.filter((e) => e.row === 5).map((e) => [e.col, e.value])).toEqual([
      [C.pagu, 7484519520],
      [C.realisasi, 4605379408],
      [C.sisa, 2879140112],
      [C.persen, 61.53],
    ]);
  });

  it('fills the Jumlah row from the programs (13.174.839.520 / 9.268.118.489 → 70,35)', () => {
    const { plan } = dpaCase(dpaSheet(PROGRAMS, { total: {} }));
    expect(plan.edits.filter((e) => e.row === 10).map((e) => [e.col, e.value, e.kind])).toEqual([
      [C.pagu, 13174839520, 'pagu'],
      [C.realisasi, 9268118489, 'realisasi'],
      [C.sisa, 3906721031, 'sisa'],
      [C.persen, 70.35, 'persen'],
    ]);
    // Program Pemberdayaan Sosial: 1.965.327.337 / 2.300.170.000 → 85,44
    expect(plan.edits.find((e) => e.row === 6 && e.col === C.persen)?.value).toBe(85.44);
  });

  it('does not ripple a stated parent up to the Jumlah row; with overwrite the rollup goes all the way up', () => {
    const cols = { columns: { kode: 0, uraian: 1, pagu: 2 }, total: { pagu: '8.054.019.520' } };
    const kept = dpaCase(dpaSheet(PENUNJANG, cols));
    expect(kept.plan.conflicts).toEqual([]);
    expect(kept.plan.edits).toEqual([]);
    const overwritten = dpaCase(dpaSheet(PENUNJANG, cols), true);
    expect(overwritten.plan.edits.map((e) => [e.row, e.value])).toEqual([
      [5, 7484519520],
      [9, 7484519520],
    ]);
  });

  it('writes nothing on a protected sheet and says so', () => {
    const rows = REHABILITASI.map((r, i) => (i === 0 ? { code: r.code, uraian: r.uraian } : r));
    const { plan, findings } = dpaCase(dpaSheet(rows), false, true);
    expect(plan.edits).toEqual([]);
    expect(findings).toEqual([expect.objectContaining({ rule: 'sheet/protected', sheet: 'DPA', cell: '' })]);
  });
});
