/**
 * Numbers stored as text, as staff type or paste them:
 * - Indonesian: "Rp 45.598.100,-", "98.870.100,00", "91,20 %", "1.485" Orang;
 * - English (a workbook made on an en-US laptop): "45,598,100.00", "91.20%",
 *   "1,485".
 * Each workbook holds a DPA and a PK sheet.
 */
import { sheet, workbook, type Raw } from '../fixtures/grid-builder';
import { editsOf, expectErrors, findingsOf, flatten, persen, run, sum, type Node } from './helpers';
import Decimal from 'decimal.js';

const TREE: Node[] = [
  {
    kode: '1.06.02',
    uraian: 'Program Pemberdayaan Sosial',
    children: [
      {
        kode: '1.06.02.2.03',
        uraian: 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
        children: [
          { kode: '1.06.02.2.03.0001', uraian: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', pagu: 50000000, realisasi: 45598100 },
          { kode: '1.06.02.2.03.0002', uraian: 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', pagu: 102000000, realisasi: 98870100.5 },
          { kode: '1.06.02.2.03.0003', uraian: 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', pagu: 50000000, realisasi: 49668800 },
        ],
      },
    ],
  },
];
const { rows: FLAT, total: TOTAL } = flatten(TREE);
const FIRST = 4;
const TOTAL_ROW = FIRST + FLAT.length;

type Style = 'id' | 'en';

/** An amount as text: "Rp 45.598.100,-" / "98.870.100,50" (id) or "45,598,100.00" (en). */
function money(d: Decimal, style: Style, i: number): string {
  const [int, frac] = d.toFixed(2).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, style === 'id' ? '.' : ',');
  if (style === 'en') return `${grouped}.${frac}`;
  if (frac !== '00') return `${grouped},${frac}`;
  return i % 2 === 0 ? `Rp ${grouped},-` : `Rp. ${grouped},00`;
}

function percentText(p: string, style: Style): string {
  const fixed = new Decimal(p).toFixed(2);
  return style === 'id' ? `${fixed.replace('.', ',')} %` : `${fixed}%`;
}

const PK_LINES: Array<[string, string, string, string]> = [
  // indikator, satuan, target, realisasi (as the id style shows them)
  ['Persentase PSKS yang aktif dalam penyelenggaraan kesejahteraan sosial', '%', '85,44 %', '86,10 %'],
  ['Jumlah lanjut usia yang mendapat pendampingan', 'Orang', '1.485', '1.502'],
];
const toEn = (s: string) => s.replace(/\./g, '#').replace(/,/g, '.').replace(/#/g, ',').replace(' %', '%');

function build(style: Style, edit?: (dpa: Raw[][], pk: Raw[][]) => void) {
  const dpa: Raw[][] = [
    [style === 'id' ? 'REALISASI ANGGARAN TAHUN 2023' : 'REALISASI ANGGARAN TAHUN 2023 (export)'],
    ['DINAS SOSIAL KABUPATEN BOJONEGORO'],
    [],
    ['Kode', 'Nama Program / Kegiatan / Sub Kegiatan', 'Pagu Anggaran', 'Realisasi', 'Sisa', 'Capaian Keuangan (%)'],
  ];
  [...FLAT, TOTAL].forEach((f, i) => {
    const label: Raw[] = f === TOTAL ? [null, 'JUMLAH'] : [f.node.kode!, f.node.uraian];
    dpa.push([...label, money(f.pagu, style, i), money(f.realisasi, style, i + 1), money(f.sisa, style, i), percentText(f.persen!, style)]);
  });
  const pk: Raw[][] = [
    ['PENGUKURAN KINERJA TAHUN 2023'],
    [],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
  ];
  PK_LINES.forEach(([ind, sat, t, r], i) =>
    pk.push([i + 1, 'Meningkatnya peran serta potensi sumber kesejahteraan sosial', ind, sat, style === 'id' ? t : toEn(t), style === 'id' ? r : toEn(r), null]),
  );
  edit?.(dpa, pk);
  return workbook(sheet({ name: 'Realisasi', rows: dpa }), sheet({ name: 'Kinerja', rows: pk }));
}

describe.each<[Style, string]>([
  ['id', 'Indonesian'],
  ['en', 'English'],
])('amounts and percentages typed as %s-format text', (style) => {
  it('reads every amount and percentage with certainty and finds a consistent sheet clean', () => {
    const a = run(build(style));
    const dpa = a.model.dpa[0];
    expect(dpa.rows.map((r) => (r.pagu?.parsed.kind === 'number' ? r.pagu.parsed.value.toFixed() : r.pagu?.parsed.kind))).toEqual(FLAT.map((f) => f.pagu.toFixed()));
    expect(dpa.rows.map((r) => (r.realisasi?.parsed.kind === 'number' ? r.realisasi.parsed.value.toFixed() : r.realisasi?.parsed.kind))).toEqual(
      FLAT.map((f) => f.realisasi.toFixed()),
    );
    expect(findingsOf(a, 'value/ambiguous')).toEqual([]);
    expect(findingsOf(a, 'value/unreadable')).toEqual([]);
    expectErrors(a, []);
    expect(a.plan.conflicts).toEqual([]);
  });

  it('fills the PK capaian from text targets: "85,44 %" and "1.485" Orang', () => {
    const a = run(build(style));
    expect(editsOf(a, 'capaian')).toEqual({
      'Kinerja!G4': persen('86.10', '85.44'),
      'Kinerja!G5': persen(1502, 1485),
    });
    expect(persen(1502, 1485)).toBe('101.14');
  });

  it('finds a realisasi typed with a double separator as unreadable, and nothing else', () => {
    const r = FIRST + 2;
    const a = run(build(style, (dpa) => (dpa[r][3] = style === 'id' ? '45.598..100,00' : '45,598,,100.00')));
    expectErrors(a, [{ rule: 'value/unreadable', sheet: 'Realisasi', cell: `D${r + 1}`, actual: style === 'id' ? '45.598..100,00' : '45,598,,100.00' }]);
  });

  it('finds a text % that does not match its amounts', () => {
    const r = FIRST + 3;
    const a = run(build(style, (dpa) => (dpa[r][5] = percentText('96.39', style))));
    // 98.870.100,50 / 102.000.000 = 96,93 %: the digits were swapped
    expectErrors(a, [{ rule: 'percent/mismatch', sheet: 'Realisasi', cell: `F${r + 1}`, expected: persen(98870100.5, 102000000), actual: '96.39' }]);
    expect(persen(98870100.5, 102000000)).toBe('96.93');
  });
});

describe('a sum of text amounts', () => {
  it('adds text amounts exactly, sen included', () => {
    const a = run(build('id', (dpa) => (dpa[FIRST + 1][3] = 'Rp 194.137.000,00')));
    expectErrors(a, [{ rule: 'sum/mismatch', sheet: 'Realisasi', cell: `D${FIRST + 2}`, expected: sum(45598100, 98870100.5, 49668800), actual: '194137000' }]);
    expect(TOTAL_ROW).toBe(FIRST + 5);
  });
});
