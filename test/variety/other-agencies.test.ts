/**
 * Workbooks of agencies other than a Dinas Sosial:
 * - a Dinas Kesehatan (1.02) DPA with Anggaran Murni | Anggaran Perubahan |
 *   Realisasi | Capaian (%), codes from the national nomenclature;
 * - a 2019 sheet still coded with Permendagri 13/2006 (1.06.1.06.01.15.01),
 *   which must be named as the old coding, not as garbage.
 */
import { sheet, workbook, merge, type Raw } from '../fixtures/grid-builder';
import { expectErrors, editsOf, findingsOf, flatten, n, p2, persen, rp, run, sum, type Node } from './helpers';

describe('Dinas Kesehatan DPA with anggaran murni and perubahan', () => {
  const SHEET = 'DPPA 2023';
  const FIRST = 6;
  const TREE: Node[] = [
    {
      kode: '1.02.02',
      uraian: 'PROGRAM PEMENUHAN UPAYA KESEHATAN PERORANGAN DAN UPAYA KESEHATAN MASYARAKAT',
      children: [
        {
          kode: '1.02.02.2.01',
          uraian: 'Penyediaan Fasilitas Pelayanan Kesehatan untuk UKM dan UKP Kewenangan Daerah Kabupaten/Kota',
          children: [
            { kode: '1.02.02.2.01.0002', uraian: 'Pembangunan Puskesmas', murni: 4250000000, pagu: 3985500000, realisasi: 3902804500 },
            { kode: '1.02.02.2.01.0009', uraian: 'Rehabilitasi dan Pemeliharaan Puskesmas', murni: 1175000000, pagu: 1312750000, realisasi: 1244487000 },
            { kode: '1.02.02.2.01.0014', uraian: 'Pengadaan Alat Kesehatan/Alat Penunjang Medik Fasilitas Pelayanan Kesehatan', murni: 2680000000, pagu: 2680000000, realisasi: 2559400000 },
          ],
        },
        {
          kode: '1.02.02.2.02',
          uraian: 'Penyediaan Layanan Kesehatan untuk UKM dan UKP Rujukan Tingkat Daerah Kabupaten/Kota',
          children: [
            { kode: '1.02.02.2.02.0001', uraian: 'Pengelolaan Pelayanan Kesehatan Ibu Hamil', murni: 385000000, pagu: 412300000, realisasi: 398943500 },
            { kode: '1.02.02.2.02.0004', uraian: 'Pengelolaan Pelayanan Kesehatan Balita', murni: 296500000, pagu: 296500000, realisasi: 281675000 },
            { kode: '1.02.02.2.02.0011', uraian: 'Pengelolaan Pelayanan Kesehatan Orang Terduga Tuberkulosis', murni: 158000000, pagu: 143200000, realisasi: 139461450 },
          ],
        },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const rowOf = (kode: string) => FIRST + FLAT.findIndex((f) => f.node.kode === kode);
  const TOTAL_ROW = FIRST + FLAT.length;

  function build(opts: { stated: boolean }, edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['REALISASI ANGGARAN DINAS KESEHATAN KABUPATEN SLEMAN'],
      ['TAHUN ANGGARAN 2023'],
      [],
      ['Kode', 'Program / Kegiatan / Sub Kegiatan', 'Anggaran', null, 'Realisasi', 'Capaian (%)'],
      [null, null, 'Murni', 'Perubahan', null, null],
      ['1', '2', '3', '4', '5', '6 = 5/4 x 100'],
    ];
    for (const f of [...FLAT, TOTAL]) {
      const label: Raw[] = f === TOTAL ? [null, 'Jumlah'] : [f.node.kode!, f.node.uraian];
      rows.push([...label, rp(n(f.murni!)), rp(n(f.pagu)), rp(n(f.realisasi)), opts.stated ? p2(Number(f.persen)) : null]);
    }
    edit?.(rows);
    return workbook(
      sheet({ name: SHEET, rows, merges: [merge(3, 0, 4, 0), merge(3, 1, 4, 1), merge(3, 2, 3, 3), merge(3, 4, 4, 4), merge(3, 5, 4, 5)] }),
    );
  }

  it('takes the perubahan column as the pagu and the murni column as the original budget', () => {
    const a = run(build({ stated: true }));
    const cols = a.layouts[0].tables[0].columns;
    expect([cols.paguMurni, cols.pagu, cols.realisasi, cols.persen]).toEqual([2, 3, 4, 5]);
    expectErrors(a, []);
    expect(a.plan.edits).toEqual([]);
    expect(findingsOf(a, 'code/unknown')).toEqual([]);
    expect(findingsOf(a, 'code/name-mismatch')).toEqual([]);
  });

  it('computes the capaian anggaran against the perubahan budget', () => {
    const a = run(build({ stated: false }));
    const want: Record<string, string> = {};
    [...FLAT, TOTAL].forEach((f, i) => (want[`${SHEET}!F${FIRST + i + 1}`] = f.persen!));
    expect(editsOf(a, 'persen')).toEqual(want);
    // Rehabilitasi Puskesmas: 1.244.487.000 / 1.312.750.000 = 94,80 (against the murni it would be 105,91)
    expect(want[`${SHEET}!F${rowOf('1.02.02.2.01.0009') + 1}`]).toBe('94.8');
  });

  it('finds a % divided by the murni budget and a murni kegiatan total that was not updated', () => {
    const tb = rowOf('1.02.02.2.02.0011');
    const keg = rowOf('1.02.02.2.01');
    const a = run(
      build({ stated: true }, (rows) => {
        rows[tb][5] = p2(Number(persen(139461450, 158000000)));
        rows[keg][2] = rp(8105000000 - 1175000000 + 1075000000);
      }),
    );
    expectErrors(a, [
      { rule: 'percent/mismatch', sheet: SHEET, cell: `F${tb + 1}`, expected: persen(139461450, 143200000), actual: persen(139461450, 158000000) },
      { rule: 'sum/mismatch', sheet: SHEET, cell: `C${keg + 1}`, expected: sum(4250000000, 1175000000, 2680000000), actual: '8005000000' },
    ]);
  });
});

describe('a 2019 sheet coded with Permendagri 13/2006', () => {
  const SHEET = 'Realisasi 2019';
  const FIRST = 4;
  const TREE: Node[] = [
    {
      kode: '1.06.1.06.01.15',
      uraian: 'Program Pemberdayaan Fakir Miskin, Komunitas Adat Terpencil (KAT) dan Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya',
      children: [
        { kode: '1.06.1.06.01.15.01', uraian: 'Pelatihan Keterampilan Berusaha bagi Keluarga Miskin', pagu: 175000000, realisasi: 168315000 },
        { kode: '1.06.1.06.01.15.05', uraian: 'Fasilitasi Manajemen Usaha bagi Keluarga Miskin', pagu: 82500000, realisasi: 79860000 },
      ],
    },
    {
      kode: '1.06.1.06.01.16',
      uraian: 'Program Pelayanan dan Rehabilitasi Kesejahteraan Sosial',
      children: [
        { kode: '1.06.1.06.01.16.02', uraian: 'Pelayanan dan Perlindungan Sosial, Hukum bagi Korban Eksploitasi, Perdagangan Perempuan dan Anak', pagu: 64000000, realisasi: 61952000 },
        { kode: '1.06.1.06.01.16.07', uraian: 'Pemberdayaan Kelembagaan Kesejahteraan Sosial', pagu: 121750000, realisasi: 118827500 },
      ],
    },
  ];
  const { rows: FLAT, total: TOTAL } = flatten(TREE);
  const TOTAL_ROW = FIRST + FLAT.length;

  function build(edit?: (rows: Raw[][]) => void) {
    const rows: Raw[][] = [
      ['REALISASI ANGGARAN PROGRAM DAN KEGIATAN TAHUN ANGGARAN 2019'],
      ['DINAS SOSIAL KABUPATEN JOMBANG'],
      [],
      ['Kode Rekening', 'Uraian', 'Anggaran (Rp)', 'Realisasi (Rp)', '%'],
    ];
    for (const f of FLAT) rows.push([f.node.kode!, f.node.uraian, rp(n(f.pagu)), rp(n(f.realisasi)), p2(Number(f.persen))]);
    rows.push([null, 'Jumlah', rp(n(TOTAL.pagu)), rp(n(TOTAL.realisasi)), p2(Number(TOTAL.persen))]);
    edit?.(rows);
    return workbook(sheet({ name: SHEET, rows }));
  }

  it('names every old code as Permendagri 13/2006 coding, never as a malformed code, and still checks the figures', () => {
    const a = run(build());
    expect(a.layouts[0].role).toBe('dpa');
    expect(findingsOf(a, 'code/format')).toEqual([]);
    expectErrors(
      a,
      FLAT.map((f, i) => ({ rule: 'code/legacy' as const, sheet: SHEET, cell: `A${FIRST + i + 1}`, actual: f.node.kode! })),
    );
    const legacy = findingsOf(a, 'code/legacy')[0];
    expect(legacy.message).toContain('Permendagri 13/2006');
    expect(a.model.dpa[0].rows.map((r) => r.level)).toEqual(['program', 'kegiatan', 'kegiatan', 'program', 'kegiatan', 'kegiatan']);
    expect(a.model.dpa[0].total?.row).toBe(TOTAL_ROW);
  });

  it('finds a program total that is not the sum of its kegiatan in the old-coded sheet', () => {
    const prog = FIRST + 3;
    const a = run(build((rows) => (rows[prog][3] = rp(180779500 - 1000000))));
    const arithmetic = a.findings.filter((f) => f.severity === 'error' && f.rule !== 'code/legacy');
    expect(arithmetic.map((f) => [f.rule, f.cell, f.expected, f.actual])).toEqual([['sum/mismatch', `D${prog + 1}`, sum(61952000, 118827500), '179779500']]);
  });
});
