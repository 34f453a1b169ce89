/**
 * Figures from the Mojokerto LAKIP 2021 (seeds/lakip-mojokerto-2021.txt,
 * "PENGUKURAN PENCAPAIAN SASARAN" and Tabel 3.2.1), as DPA row specs.
 */
import type { DpaRowSpec } from './builders';

/** Program Penunjang as the report prints it: the kegiatan Administrasi Umum row is missing, so the kegiatan add up to 7.484.519.520. */
export const PENUNJANG: DpaRowSpec[] = [
  { code: '1.06.01', uraian: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', pagu: '8.054.019.520', realisasi: '5.111.193.114', persen: '63,46' },
  { code: '1.06.01.2.01', uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', pagu: '163.500.000', realisasi: '142.480.600', persen: '87,14' },
  { code: '1.06.01.2.02', uraian: 'Administrasi Keuangan Perangkat Daerah', pagu: '6.128.019.520', realisasi: '3.702.551.388', persen: '60,42' },
  { code: '1.06.01.2.09', uraian: 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah', pagu: '1.193.000.000', realisasi: '760.347.420', persen: '63,73' },
];

/** Program Rehabilitasi Sosial, kegiatan 1 and its three sub kegiatan (the % column of the second one reads 85,06). */
export const REHABILITASI: DpaRowSpec[] = [
  { code: '1.06.04.2.01', uraian: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial', pagu: '125.000.000', realisasi: '41.486.800', persen: '33,19' },
  { code: '1.06.04.2.01.0003', uraian: 'Penyediaan Alat Bantu', pagu: '50.000.000', realisasi: 0, persen: 0 },
  { code: '1.06.04.2.01.0006', uraian: 'Pemberian Bimbingan Sosial kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis dan Masyarakat', pagu: '25.000.000', realisasi: '21.264.100', persen: '85,06' },
  { code: '1.06.04.2.01.0011', uraian: 'Pemberian Pelayanan Penelusuran Keluarga', pagu: '50.000.000', realisasi: '20.222.700', persen: '40,45' },
];

/** The five programs with their P-APBD pagu and realisasi: the Jumlah row reads 13.174.839.520 / 9.268.118.489 / 70,35. */
export const PROGRAMS: DpaRowSpec[] = [
  { code: '1.06.01', uraian: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', pagu: '8.054.019.520', realisasi: '5.111.193.114' },
  { code: '1.06.02', uraian: 'Program Pemberdayaan Sosial', pagu: '2.300.170.000', realisasi: '1.965.327.337' },
  { code: '1.06.04', uraian: 'Program Rehabilitasi Sosial', pagu: '1.370.650.000', realisasi: '1.083.945.988' },
  { code: '1.06.05', uraian: 'Program Perlindungan dan Jaminan Sosial', pagu: '1.325.000.000', realisasi: '1.010.470.350' },
  { code: '1.06.06', uraian: 'Program Penanganan Bencana', pagu: '125.000.000', realisasi: '97.181.700' },
];
