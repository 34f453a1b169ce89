/** Workbooks for the Office host tests, built from the Mojokerto 2021 figures. */
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import type { CellEdit } from '../../src/core/fill/types';
import type { ReportTable } from '../../src/core/report/types';
import { MOJOKERTO, mojokertoWorkbook } from '../fixtures/mojokerto';

/** Sub kegiatan figures of the published PPS table: [kode, uraian, pagu, realisasi]. */
const SUB_KEGIATAN: Array<[string, string, number, number]> = [
  ['1.06.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah', 13500000, 12007850],
  ['1.06.01.2.02.0001', 'Penyediaan Gaji dan Tunjangan ASN', 6005423680, 3593698740],
  ['1.06.01.2.06.0009', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', 108000000, 84915000],
  ['1.06.02.2.03.0001', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', 50000000, 45598100],
  ['1.06.06.2.01.0001', 'Penyediaan Makanan', 75000000, 52413350],
];

/** The Mojokerto workbook plus what staff sheets also carry: a formula, hidden rows/columns, text, an error. */
export function richWorkbook(): WorkbookGrid {
  const wb = mojokertoWorkbook();
  const dpa = wb.sheets[1];
  const last = dpa.rows.length - 1;
  const jumlah = dpa.rows[last]!;
  jumlah[8] = { t: 'n', v: 13174839520, f: `SUM(I7:I${last})`, z: '#,##0' };
  wb.sheets[1] = { ...dpa, hiddenRows: new Set([8, 9]), hiddenCols: new Set([11]) };
  const notes: SheetGrid = {
    name: "Catatan 'Keuangan'",
    state: 'hidden',
    rows: [
      [{ t: 's', v: 'Kode rekening' }, { t: 's', v: '0012', z: '@' }],
      [{ t: 's', v: 'Capaian' }, { t: 'e', v: '#DIV/0!', f: 'B4/B5' }],
      [{ t: 's', v: 'Lunas' }, { t: 'b', v: true }],
      undefined,
      [undefined, { t: 'd', v: 44561, z: 'dd/mm/yyyy' }],
    ],
    merges: [],
    hiddenRows: new Set(),
    hiddenCols: new Set(),
    protected: false,
  };
  wb.sheets.push(notes);
  return wb;
}

/** A DPA monitoring sheet with `n` sub kegiatan rows (the published figures repeated), capaian columns empty. */
export function dpaWorkbook(n: number): WorkbookGrid {
  const rows: SheetGrid['rows'] = [
    [{ t: 's', v: 'REALISASI ANGGARAN DINAS SOSIAL KABUPATEN MOJOKERTO 2021' }],
    [
      { t: 's', v: 'KODE' },
      { t: 's', v: 'URAIAN' },
      { t: 's', v: 'PAGU' },
      { t: 's', v: 'REALISASI' },
      { t: 's', v: 'SISA' },
      { t: 's', v: '%' },
    ],
  ];
  for (let i = 0; i < n; i++) {
    const [kode, uraian, pagu, realisasi] = SUB_KEGIATAN[i % SUB_KEGIATAN.length];
    const row: Array<Cell | undefined> = [
      { t: 's', v: kode },
      { t: 's', v: uraian },
      { t: 'n', v: pagu, z: '#,##0' },
      { t: 'n', v: realisasi, z: '#,##0' },
    ];
    rows.push(row);
  }
  return {
    sheets: [{ name: 'DPA 2021', state: 'visible', rows, merges: [{ r0: 0, c0: 0, r1: 0, c1: 5 }], hiddenRows: new Set(), hiddenCols: new Set(), protected: false }],
    generatedSheets: [],
  };
}

/** sisa = pagu − realisasi and % = realisasi / pagu × 100 (rounded half up to 2 decimals) for every row. */
export function dpaEdits(wb: WorkbookGrid): CellEdit[] {
  const s = wb.sheets[0];
  const edits: CellEdit[] = [];
  for (let r = 2; r < s.rows.length; r++) {
    const pagu = s.rows[r]![2] as { v: number };
    const real = s.rows[r]![3] as { v: number };
    const persen = Math.round((real.v / pagu.v) * 10000 + 1e-9) / 100;
    edits.push({ sheet: s.name, row: r, col: 4, value: pagu.v - real.v, format: '#,##0', kind: 'sisa', old: undefined });
    edits.push({ sheet: s.name, row: r, col: 5, value: persen, format: '0.00', kind: 'persen', old: undefined });
  }
  return edits;
}

/** Capaian edits on the Mojokerto PPS sheet (column H, empty in the published table). */
export function capaianEdits(wb: WorkbookGrid): CellEdit[] {
  const dpa = wb.sheets.find((s) => s.name === MOJOKERTO.dpaSheet)!;
  const at = (r: number) => dpa.rows[r]?.[7];
  return [
    // 1.06.01: realisasi 80,34 of target 80,34
    { sheet: dpa.name, row: 6, col: 7, value: 100, format: '0.00', kind: 'capaian', old: at(6) },
    // 1.06.01.2.01.0001: 6 of 6 dokumen
    { sheet: dpa.name, row: 8, col: 7, value: 100, format: '0.00', kind: 'capaian', old: at(8) },
    // Tagana: target 0, capaian cannot be computed
    { sheet: dpa.name, row: dpa.rows.length - 2, col: 7, value: '-', kind: 'capaian', old: at(dpa.rows.length - 2) },
    // a predikat-like text that looks like a number must stay text
    { sheet: dpa.name, row: 7, col: 7, value: '87,14', kind: 'capaian', old: at(7) },
  ];
}

/** Tabel 3.2.1 "Pencapaian Kinerja dan Anggaran" of the Mojokerto LAKIP as a report table. */
export function efisiensiTable(): ReportTable {
  const h = (value: string) => ({ value, style: { bold: true, border: true, fill: 'header' as const, horizontal: 'center' as const, wrap: true } });
  const t = (value: string | number) => ({ value, style: { border: true } });
  const rp = (value: number) => ({ value, style: { border: true, format: 'rupiah' as const } });
  const pct = (value: number) => ({ value, style: { border: true, format: 'percent' as const } });
  return {
    id: 'efisiensi',
    sheetName: 'Tabel Efisiensi',
    rows: [
      [{ value: 'PENCAPAIAN KINERJA DAN ANGGARAN DINAS SOSIAL KABUPATEN MOJOKERTO TAHUN 2021', style: { bold: true, size: 12 } }],
      [h('No'), h('Sasaran'), h('Indikator Kinerja'), h('Kinerja'), h(''), h(''), h('Anggaran'), h(''), h('')],
      [h(''), h(''), h(''), h('Target'), h('Realisasi'), h('Capaian'), h('Alokasi'), h('Realisasi'), h('Capaian')],
      [t('1.'), t('Meningkatnya pelayanan kesejahteraan PMKS'), t('Persentase PMKS penerima manfaat Program Pemberdayaan Sosial'), t(6), t(6), pct(100), rp(2300170000), rp(1965327337), pct(85.44)],
      [t(''), t(''), t('Persentase PMKS penerima manfaat kesejahteraan sosial'), t(12), t(12), pct(100), rp(1370650000), rp(1083945988), pct(79.08)],
    ],
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 8 },
      { r0: 1, c0: 3, r1: 1, c1: 5 },
      { r0: 1, c0: 6, r1: 1, c1: 8 },
      { r0: 3, c0: 1, r1: 4, c1: 1 },
    ],
    colWidths: [5, 30, 40, 9, 9, 9, 16, 16, 9],
    freezeRows: 3,
    printTitleRows: [1, 2],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}
