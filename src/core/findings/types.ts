/** What the validator reports. Messages are Indonesian; everything else is for machines. */

export type Severity = 'error' | 'warning' | 'info';

export const RULES = {
  // codes
  'code/format': 'Kode tidak sesuai format U.BB.PP.K.KK.SSSS',
  'code/legacy': 'Kode format lama Permendagri 13/2006',
  'code/parent-missing': 'Induk kode tidak ada',
  'code/order': 'Kode berada di luar blok induknya',
  'code/duplicate': 'Kode ganda',
  'code/bidang': 'Bidang urusan berbeda dari bidang utama lembar',
  'code/unknown': 'Kode tidak ada dalam nomenklatur nasional',
  'code/name-mismatch': 'Nama berbeda dari nomenklatur',
  'code/inferred': 'Tingkat baris disimpulkan dari teks',
  // arithmetic
  'sum/mismatch': 'Jumlah induk tidak sama dengan jumlah rinciannya',
  'percent/mismatch': 'Persentase tertulis tidak sama dengan hasil hitung',
  'sisa/mismatch': 'Sisa tidak sama dengan pagu dikurangi realisasi',
  'realisasi/exceeds-pagu': 'Realisasi melebihi pagu',
  'realisasi/tw-mismatch': 'Realisasi tidak sama dengan jumlah triwulan',
  'capaian/mismatch': 'Capaian kinerja tertulis tidak sama dengan hasil hitung',
  'capaian/not-computable': 'Capaian tidak dapat dihitung',
  'predikat/mismatch': 'Predikat tertulis tidak sesuai skala',
  // values
  'value/unreadable': 'Nilai tidak dapat dibaca dengan pasti',
  'value/ambiguous': 'Nilai memiliki dua kemungkinan bacaan',
  'value/excel-error': 'Sel berisi galat Excel',
  'value/merged': 'Sel gabungan menelan nilai yang diperlukan',
  'value/formula': 'Sel berisi rumus',
  'value/negative': 'Nilai negatif',
  'value/too-large': 'Angka melebihi 15 digit yang dapat disimpan Excel dengan tepat',
  'value/hidden': 'Baris atau kolom tersembunyi ikut dibaca',
  // pk
  'pk/target-missing': 'Target kosong',
  'pk/target-zero': 'Target nol',
  'pk/realisasi-missing': 'Realisasi kosong',
  'pk/polarity-inferred': 'Polaritas indikator disimpulkan dari teks',
  'pk-dpa/anggaran-mismatch': 'Anggaran program di PK berbeda dari pagu DPA',
  'pk-dpa/program-missing': 'Program tidak ditemukan',
  'text/other-agency': 'Teks menyebut perangkat daerah lain',
  // fill
  'fill/conflict': 'Sel sudah berisi nilai lain; tidak ditimpa',
  'fill/column-added': 'Kolom ditambahkan',
  // sheets
  'sheet/no-table': 'Lembar tidak memiliki tabel yang dikenali',
  'sheet/protected': 'Lembar dilindungi',
} as const;

export type RuleId = keyof typeof RULES;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** A1 reference of the cell the finding points at ("" for a sheet-wide finding). */
  cell: string;
  /** One Indonesian sentence, e.g. "Pagu program 1.06.01 tertulis 8.054.019.520, jumlah kegiatannya 7.484.519.520." */
  message: string;
  /** Plain decimal strings ("8054019520", "78.63") or a short text (a name, a code). */
  expected?: string;
  actual?: string;
}
