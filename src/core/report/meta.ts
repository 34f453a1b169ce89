/** Fixed names of the report tables: stable so that a new run replaces the sheets of an earlier one. */
import type { ReportTableId } from './types';

export interface TableMeta {
  /** Table caption in the LAKIP numbering (Bab II Perjanjian Kinerja, Bab III Akuntabilitas Kinerja). */
  title: string;
  /** Sheet name, ≤ 31 characters. */
  sheetName: string;
}

export const TABLE_ORDER: ReportTableId[] = [
  'perjanjian-kinerja',
  'pengukuran-kinerja',
  'perbandingan-tahun-lalu',
  'perbandingan-renstra',
  'alokasi-anggaran',
  'efisiensi',
  'realisasi-anggaran',
  'pengukuran-sasaran',
];

export const TABLE_META: Record<ReportTableId, TableMeta> = {
  'perjanjian-kinerja': { title: 'Tabel 2.1 Perjanjian Kinerja', sheetName: 'T1 Perjanjian Kinerja' },
  'pengukuran-kinerja': { title: 'Tabel 3.1.1 Pengukuran Kinerja', sheetName: 'T2 Pengukuran Kinerja' },
  'perbandingan-tahun-lalu': {
    title: 'Tabel 3.1.2 Perbandingan Realisasi dan Capaian Kinerja dengan Tahun Lalu',
    sheetName: 'T3 Perbandingan Tahun Lalu',
  },
  'perbandingan-renstra': {
    title: 'Tabel 3.1.3 Perbandingan Realisasi Kinerja s.d. Akhir Periode Renstra',
    sheetName: 'T4 Perbandingan Renstra',
  },
  'alokasi-anggaran': { title: 'Tabel 3.2.1 Alokasi Anggaran per Sasaran', sheetName: 'T5 Alokasi Anggaran' },
  efisiensi: { title: 'Tabel 3.2.2 Pencapaian Kinerja dan Anggaran', sheetName: 'T6 Efisiensi' },
  'realisasi-anggaran': {
    title: 'Tabel 3.2.3 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan',
    sheetName: 'T7 Realisasi Anggaran',
  },
  'pengukuran-sasaran': { title: 'Tabel 3.2.4 Pengukuran Pencapaian Sasaran', sheetName: 'T8 Pengukuran Sasaran' },
};

/** Title block lines: caption, OPD when known, year. */
export function titleLines(id: ReportTableId, tahun: number, opd?: string): string[] {
  return [TABLE_META[id].title, ...(opd ? [opd] : []), `Tahun ${tahun}`];
}
