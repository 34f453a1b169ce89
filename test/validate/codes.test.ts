import { validateCodes } from '../../src/core/validate';
import { dpaSheet, type DpaRowSpec } from '../compute/builders';

const run = (rows: DpaRowSpec[], mainBidang = '1.06') => validateCodes(dpaSheet(rows, { mainBidang }));
const brief = (rows: DpaRowSpec[], mainBidang?: string) => run(rows, mainBidang).map((f) => [f.rule, f.severity, f.cell]);

/** A clean slice of the Mojokerto tree, names as in the national nomenclature. */
const CLEAN: DpaRowSpec[] = [
  { code: '1.06.01', uraian: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' },
  { code: '1.06.01.2.01', uraian: 'Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah' },
  { code: '1.06.01.2.01.0001', uraian: 'Penyusunan Dokumen Perencanaan Perangkat Daerah' },
  { code: '1.06.04', uraian: 'PROGRAM REHABILITASI SOSIAL' },
  { code: '1.06.04.2.01', uraian: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial' },
  { code: '1.06.04.2.01.0003', uraian: 'Penyediaan Alat Bantu' },
  { code: '1.06.04.2.01.0011', uraian: 'Pemberian Pelayanan Penelusuran Keluarga' },
];

describe('code rules', () => {
  it('accept a well-formed tree named as in the nomenclature (program 01 written with the sheet bidang)', () => {
    expect(run(CLEAN)).toEqual([]);
  });

  it('accept the generic X.XX form of the penunjang program', () => {
    const generic = CLEAN.slice(0, 3).map((r) => ({ ...r, code: r.code.replace('1.06.', 'X.XX.') }));
    expect(run(generic)).toEqual([]);
  });

  it('name the old Permendagri 13/2006 coding as not valid from 2021', () => {
    const fs = run([{ code: 'legacy:1.06.06.01.01', uraian: 'Program Pelayanan Administrasi Perkantoran' }]);
    expect(fs).toHaveLength(1);
    expect(fs[0]).toMatchObject({ rule: 'code/legacy', severity: 'error', cell: 'A6', actual: '1.06.06.01.01' });
    expect(fs[0].message).toContain('Permendagri 13/2006');
    expect(fs[0].message).toContain('tidak berlaku untuk tahun anggaran 2021');
  });

  it('report text that is not a code', () => {
    expect(brief([{ code: 'invalid:1.06.x', uraian: 'Program Pemberdayaan Sosial' }])).toEqual([['code/format', 'error', 'A6']]);
  });

  it('report a sub kegiatan whose kegiatan is missing (Mojokerto: Administrasi Umum 1.06.01.2.06 is not in the table)', () => {
    const fs = run([...CLEAN.slice(0, 3), { code: '1.06.01.2.06.0009', uraian: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD' }]);
    expect(fs).toEqual([
      expect.objectContaining({ rule: 'code/parent-missing', severity: 'error', cell: 'A9', expected: '1.06.01.2.06' }),
    ]);
    expect(fs[0].message).toBe(
      'Sub kegiatan Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD (1.06.01.2.06.0009) tidak memiliki induk: kegiatan 1.06.01.2.06 tidak ada di lembar ini.',
    );
  });

  it('report a child placed outside its parent block', () => {
    const rows = [...CLEAN.slice(0, 2), ...CLEAN.slice(3), CLEAN[2]];
    expect(run(rows)).toEqual([expect.objectContaining({ rule: 'code/order', cell: 'A12', expected: '1.06.01.2.01', actual: '1.06.04.2.01' })]);
  });

  it('report a duplicated code at its second occurrence', () => {
    expect(brief([...CLEAN, CLEAN[6]])).toEqual([['code/duplicate', 'error', 'A13']]);
  });

  it('warn once about a branch of another bidang (copy-paste from another agency workbook)', () => {
    const pertanian: DpaRowSpec[] = [
      { code: '3.27.03', uraian: 'Program Penyediaan dan Pengembangan Prasarana Pertanian' },
      { code: '3.27.03.2.01', uraian: 'Pengawasan Penggunaan Sarana Pendukung Pertanian Sesuai dengan Komoditas, Teknologi dan Spesifik Lokasi' },
    ];
    const fs = run([...CLEAN, ...pertanian]).filter((f) => f.rule === 'code/bidang');
    expect(fs).toEqual([expect.objectContaining({ severity: 'warning', cell: 'A13', expected: '1.06', actual: '3.27' })]);
  });

  it('warn about a code missing from the national nomenclature', () => {
    const fs = run([...CLEAN, { code: '1.06.04.2.01.0099', uraian: 'Sub kegiatan karangan' }]);
    expect(fs).toEqual([expect.objectContaining({ rule: 'code/unknown', severity: 'warning', cell: 'A13', actual: '1.06.04.2.01.0099' })]);
  });

  it('suggest the official name when the written name differs (Mojokerto: "Penyediaan BBM Kepala Dinas Pertanian")', () => {
    const rows = [...CLEAN];
    rows[6] = { ...rows[6], uraian: 'Penyediaan BBM Kepala Dinas Pertanian selama 12 bulan' };
    const fs = run(rows);
    expect(fs).toEqual([
      expect.objectContaining({
        rule: 'code/name-mismatch',
        severity: 'warning',
        cell: 'B12',
        expected: 'Pemberian Pelayanan Penelusuran Keluarga',
        actual: 'Penyediaan BBM Kepala Dinas Pertanian selama 12 bulan',
      }),
    ]);
  });

  it('do not ask for parents in a sheet that lists only sub kegiatan', () => {
    expect(run(CLEAN.filter((r) => r.code.split('.').length === 6))).toEqual([]);
  });

  it('give the same findings for codes met before as for codes met the first time (facts kept per code)', () => {
    const rows: DpaRowSpec[] = [
      ...CLEAN,
      { code: '1.06.04.2.01.0099', uraian: 'Sub kegiatan karangan' },
      { code: '1.06.04.2.01.0003', uraian: 'Penyediaan alat bantu dengar' },
      { code: '3.27.03', uraian: 'Program Penyediaan dan Pengembangan Prasarana Pertanian' },
      { code: '1.06.01.2.06.0009', uraian: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD' },
      CLEAN[6],
    ];
    const warm = run(rows);
    expect(run(rows)).toEqual(warm);
    let fresh: unknown;
    jest.isolateModules(() => {
      const { validateCodes: first } = require('../../src/core/validate') as typeof import('../../src/core/validate');
      fresh = first(dpaSheet(rows, { mainBidang: '1.06' }));
    });
    expect(warm).toEqual(fresh);
    expect(warm.map((f) => f.rule)).toEqual(['code/unknown', 'code/duplicate', 'code/name-mismatch', 'code/bidang', 'code/parent-missing', 'code/duplicate']);
  });
});
