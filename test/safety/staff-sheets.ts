/**
 * Small PK and DPA sheets with real figures (LAKIP Dinas Sosial Kabupaten
 * Mojokerto 2021: Tabel. III, Tabel 3.1.1 and the Pemberdayaan Sosial /
 * Penanganan Bencana sub kegiatan), into which a test puts one oddity.
 */
import type { Cell } from '../../src/grid/types';
import { sheet, type Raw, type SheetSpec } from '../fixtures/grid-builder';

export const RP = '#,##0';

export const num = (v: number, z = RP): Cell => ({ t: 'n', v, z });
export const fx = (formula: string, v: number, z = RP): Cell => ({ t: 'n', v, f: formula, z });

/** DPA header at row 4 (A1), data from row 6; columns A Kode, B Uraian, C Pagu, D Realisasi, E Sisa, F %. */
export const DPA_FIRST = 5;

export function dpaRows(): Raw[][] {
  return [
    ['MONITORING REALISASI ANGGARAN DPA TAHUN 2021'],
    ['DINAS SOSIAL KABUPATEN MOJOKERTO'],
    [],
    ['Kode', 'Uraian', 'Pagu (Rp)', 'Realisasi (Rp)', 'Sisa (Rp)', '%'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
    ['1.06.02', 'Program Pemberdayaan Sosial', num(2300170000), num(1965327337)],
    ['1.06.02.2.03', 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', num(2300170000), num(1965327337)],
    ['1.06.02.2.03.0001', 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', num(50000000), num(45598100)],
    ['1.06.02.2.03.0002', 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', num(102000000), num(98870100)],
    ['1.06.02.2.03.0003', 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', num(50000000), num(49668800)],
    ['1.06.02.2.03.0004', 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota', num(2098170000), num(1771190337)],
  ];
}

export function dpaSheet(edit?: (rows: Raw[][]) => void, extra: Partial<SheetSpec> = {}) {
  const rows = dpaRows();
  edit?.(rows);
  return sheet({ name: 'DPA 2021', rows, ...extra });
}

/** PK header at row 4, data from row 6; columns A No, B Sasaran, C Indikator, D Satuan, E Target, F Realisasi, G Capaian. */
export function pkRows(): Raw[][] {
  const s1 = 'Meningkatnya pelayanan kesejahteraan PMKS';
  return [
    ['PERJANJIAN KINERJA TAHUN 2021'],
    ['DINAS SOSIAL KABUPATEN MOJOKERTO'],
    [],
    ['No', 'Sasaran', 'Indikator Kinerja', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'],
    ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
    [1, s1, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', '%', 6, 6],
    [2, s1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '%', 12, 12],
    [3, s1, 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', '%', 12, 12],
  ];
}

export function pkSheet(edit?: (rows: Raw[][]) => void, extra: Partial<SheetSpec> = {}) {
  const rows = pkRows();
  edit?.(rows);
  return sheet({ name: 'PK 2021', rows, ...extra });
}
