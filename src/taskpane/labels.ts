/** Every Indonesian label the screens show for engine identifiers. */
import type { Severity } from '../core/findings/types';
import type { Field, SheetRole, TableLayout } from '../sheets/types';
import type { ReportTableId } from '../core/report/types';
import type { EditKind } from '../core/fill/types';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Galat',
  warning: 'Peringatan',
  info: 'Info',
};

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export const ROLE_LABEL: Record<SheetRole, string> = {
  pk: 'PK (Perjanjian Kinerja)',
  dpa: 'DPA (Dokumen Pelaksanaan Anggaran)',
  other: 'Lainnya',
};

export const TABLE_KIND_LABEL: Record<TableLayout['kind'], string> = {
  'pk-indikator': 'Tabel indikator kinerja',
  'pk-program': 'Tabel program dan anggaran',
  dpa: 'Tabel program, kegiatan, sub kegiatan',
};

export const FIELD_LABEL: Record<Field, string> = {
  no: 'No',
  kode: 'Kode',
  kodeUrusan: 'Kode urusan',
  kodeBidang: 'Kode bidang',
  kodeProgram: 'Kode program',
  kodeKegiatan: 'Kode kegiatan',
  kodeSub: 'Kode sub kegiatan',
  uraian: 'Uraian',
  pagu: 'Pagu / anggaran',
  paguMurni: 'Anggaran murni (APBD)',
  realisasi: 'Realisasi anggaran',
  tw1: 'Realisasi TW I',
  tw2: 'Realisasi TW II',
  tw3: 'Realisasi TW III',
  tw4: 'Realisasi TW IV',
  sdTw: 'Realisasi s.d. TW',
  persen: '% Penyerapan',
  sisa: 'Sisa',
  keterangan: 'Keterangan',
  sasaran: 'Sasaran',
  indikator: 'Indikator kinerja',
  satuan: 'Satuan',
  target: 'Target',
  realisasiKinerja: 'Realisasi kinerja',
  capaian: '% Capaian',
  polaritas: 'Polaritas',
  predikat: 'Predikat',
  realisasiLalu: 'Realisasi tahun lalu',
  capaianLalu: 'Capaian tahun lalu',
  targetRenstra: 'Target akhir Renstra',
};

/** Fields worth offering per table kind, in reading order. */
export const FIELDS_BY_KIND: Record<TableLayout['kind'], Field[]> = {
  'pk-indikator': ['sasaran', 'indikator', 'satuan', 'target', 'realisasiKinerja', 'capaian', 'polaritas', 'predikat', 'realisasiLalu', 'capaianLalu', 'targetRenstra'],
  'pk-program': ['no', 'kode', 'uraian', 'pagu', 'paguMurni', 'keterangan'],
  dpa: ['kode', 'kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub', 'uraian', 'pagu', 'paguMurni', 'realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'persen', 'sisa', 'indikator', 'satuan', 'target', 'realisasiKinerja', 'capaian'],
};

/** The report tables in LAKIP order, named as the reports name them. */
export const REPORT_TABLES: Array<{ id: ReportTableId; label: string }> = [
  { id: 'perjanjian-kinerja', label: 'Perjanjian Kinerja' },
  { id: 'pengukuran-kinerja', label: 'Pengukuran Capaian Kinerja' },
  { id: 'perbandingan-tahun-lalu', label: 'Perbandingan dengan Tahun Lalu' },
  { id: 'perbandingan-renstra', label: 'Perbandingan s.d. Akhir Renstra' },
  { id: 'alokasi-anggaran', label: 'Alokasi Anggaran per Sasaran' },
  { id: 'efisiensi', label: 'Pencapaian Kinerja dan Anggaran' },
  { id: 'realisasi-anggaran', label: 'Realisasi Anggaran per Program' },
  { id: 'pengukuran-sasaran', label: 'Pengukuran Pencapaian Sasaran' },
];

export const REPORT_LABEL = Object.fromEntries(REPORT_TABLES.map((t) => [t.id, t.label])) as Record<ReportTableId, string>;

export const EDIT_KIND_LABEL: Record<EditKind, string> = {
  capaian: 'Capaian',
  predikat: 'Predikat',
  realisasi: 'Realisasi',
  sisa: 'Sisa',
  persen: 'Persentase',
  pagu: 'Pagu',
  tw: 'Triwulan',
  header: 'Judul kolom',
};
