/** How a sheet was understood: its role, where its table is, which column is which. */

export type SheetRole = 'pk' | 'dpa' | 'other';

/**
 * Every column the engine knows. One table maps each field to at most one
 * column (0-based); composite code columns use the kode* fields.
 */
export type Field =
  | 'no'
  | 'kode'
  | 'kodeUrusan'
  | 'kodeBidang'
  | 'kodeProgram'
  | 'kodeKegiatan'
  | 'kodeSub'
  | 'uraian'
  // budget (DPA, PK program block)
  | 'pagu' // Pagu / Anggaran / Alokasi / Anggaran Setelah Perubahan (P-APBD when both exist)
  | 'paguMurni' // Anggaran sebelum perubahan (APBD murni) when a P-APBD column also exists
  | 'realisasi' // Realisasi anggaran (Rp)
  | 'tw1'
  | 'tw2'
  | 'tw3'
  | 'tw4'
  | 'sdTw' // cumulative "s.d. TW" realisasi: not summed with tw1..tw4
  | 'persen' // % penyerapan anggaran
  | 'sisa'
  | 'keterangan'
  // performance (PK, DPA indicator columns)
  | 'sasaran'
  | 'indikator'
  | 'satuan'
  | 'target'
  | 'realisasiKinerja'
  | 'capaian' // % capaian kinerja
  | 'polaritas'
  | 'predikat'
  | 'realisasiLalu' // previous year's realisasi
  | 'capaianLalu'
  | 'targetRenstra'; // target akhir Renstra

export type ColumnMap = Partial<Record<Field, number>>;

export interface TableLayout {
  /** What the table holds: PK indicators, PK program budget block, or a DPA tree. */
  kind: 'pk-indikator' | 'pk-program' | 'dpa';
  headerStart: number;
  headerEnd: number;
  /** The "(1) (2) (3)" numbering row, when present. */
  numberingRow?: number;
  dataStart: number;
  /** Last data row (inclusive), before the total row. */
  dataEnd: number;
  /** Jumlah / Total row, when present. */
  totalRow?: number;
  columns: ColumnMap;
  /** Header text per mapped column, for `inspect` and the task pane. */
  headers: Partial<Record<Field, string>>;
  /** For DPA: 'codes' (one column), 'split' (several columns), 'inferred' (from row text). */
  treeSource?: 'codes' | 'split' | 'inferred';
  /** Rows inside dataStart..dataEnd that are not data (a header repeated per page, a sub total). */
  skipRows?: number[];
}

export interface SheetLayout {
  sheet: string;
  role: SheetRole;
  /** Why that role (Indonesian, short), for `inspect`. */
  reason: string;
  tables: TableLayout[];
  /** Was the role or a column forced by the user (--pk/--dpa, mapping file)? */
  overridden: boolean;
}

/** What the user may force. */
export interface LayoutOverrides {
  pkSheet?: string;
  dpaSheet?: string;
  /** Per sheet name: field → column letter ("E") or header text. */
  columns?: Record<string, Partial<Record<Field, string>>>;
}
