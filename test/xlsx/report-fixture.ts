/** A "Pencapaian Kinerja dan Anggaran" table with the Mojokerto LAKIP 2021 figures (Tabel 3.2.1). */
import type { CellStyle, ReportCell, ReportTable } from '../../src/core/report/types';

const H: CellStyle = { bold: true, horizontal: 'center', vertical: 'center', wrap: true, border: true, fill: 'header' };
const N: CellStyle = { italic: true, horizontal: 'center', border: true, fill: 'numbering' };
const T: CellStyle = { border: true, wrap: true, vertical: 'top' };
const RP: CellStyle = { border: true, format: 'rupiah' };
const PCT: CellStyle = { border: true, format: 'percent' };
const TOTAL: CellStyle = { bold: true, border: true, fill: 'total', format: 'rupiah' };

const c = (value: string | number | null, style?: CellStyle): ReportCell => ({ value, style });

export const ROWS: Array<[string, number, number, number]> = [
  ['Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', 2300170000, 1965327337, 85.44],
  ['Persentase PMKS penerima manfaat kesejahteraan sosial', 1370650000, 1083945988, 79.08],
  ['Persentase PMKS penerima manfaat Program Perlindungan dan Jaminan Sosial', 1325000000, 1010470350, 76.26],
  ['Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', 125000000, 97181700, 77.75],
];

export function efisiensiTable(sheetName = 'Efisiensi Anggaran'): ReportTable {
  const rows: ReportCell[][] = [
    [c('PENCAPAIAN KINERJA DAN ANGGARAN TAHUN 2021', { bold: true, size: 12, horizontal: 'center' })],
    [c('DINAS SOSIAL KABUPATEN MOJOKERTO', { bold: true, horizontal: 'center' })],
    [],
    [c('No', H), c('Indikator Kinerja', H), c('Anggaran', H), c(null, H), c(null, H)],
    [c(null, H), c(null, H), c('Alokasi', H), c('Realisasi', H), c('Capaian (%)', H)],
    [c('(1)', N), c('(2)', N), c('(3)', N), c('(4)', N), c('(5)', N)],
    ...ROWS.map(([ind, pagu, real, pct], i) => [c(i + 1, { border: true, horizontal: 'center' }), c(ind, { ...T, indent: 1 }), c(pagu, RP), c(real, RP), c(pct, PCT)]),
    [c('Jumlah', { ...TOTAL, format: 'text' }), c(null, TOTAL), c(5120820000, TOTAL), c(4156925375, TOTAL), c(81.18, { ...TOTAL, format: 'percent' })],
  ];
  return {
    id: 'efisiensi',
    sheetName,
    rows,
    merges: [
      { r0: 0, c0: 0, r1: 0, c1: 4 },
      { r0: 1, c0: 0, r1: 1, c1: 4 },
      { r0: 3, c0: 0, r1: 4, c1: 0 },
      { r0: 3, c0: 1, r1: 4, c1: 1 },
      { r0: 3, c0: 2, r1: 3, c1: 4 },
      { r0: 10, c0: 0, r1: 10, c1: 1 },
    ],
    colWidths: [5, 60, 18, 18, 12],
    freezeRows: 6,
    printTitleRows: [3, 5],
    print: { orientation: 'landscape', paper: 'A4', fitToWidth: true },
  };
}
