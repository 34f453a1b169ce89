/**
 * The domain model the validators, the fill planner and the report builders
 * work on. Built from a grid + layout by src/sheets; no Office.js, no xlsx.
 */
import type Decimal from 'decimal.js';
import type { Cell } from '../../grid/types';
import type { CodeParse } from '../codes/types';
import type { ParsedNumber, ParsedValue } from '../values/types';

/** A cell of the source workbook (0-based row/col). */
export interface CellRef {
  sheet: string;
  row: number;
  col: number;
}

/** A value read from one cell, with where it came from. */
export interface SourceValue<P = ParsedNumber> {
  ref: CellRef;
  cell: Cell | undefined;
  parsed: P;
}

export type RowLevel = 'program' | 'kegiatan' | 'subkegiatan' | 'rekening' | 'urusan' | 'bidang';

export type Polarity = 'positif' | 'negatif';

export interface DpaRow {
  /** Index of this row in DpaSheetModel.rows. */
  index: number;
  /** 0-based sheet row. */
  row: number;
  level: RowLevel;
  /** How the level was known. */
  levelSource: 'code' | 'inferred';
  code: CodeParse;
  /** The code as written (joined when split over columns). */
  codeText: string;
  uraian: string;
  /** Index of the parent row, if any. */
  parent?: number;
  children: readonly number[];
  pagu?: SourceValue;
  paguMurni?: SourceValue;
  realisasi?: SourceValue;
  /** TW I..TW IV realisasi (index 0..3), where the sheet has those columns. */
  tw: ReadonlyArray<SourceValue | undefined>;
  sdTw?: SourceValue;
  persen?: SourceValue;
  sisa?: SourceValue;
  // indicator columns, when the DPA carries them
  indikator?: string;
  satuan?: string;
  target?: SourceValue<ParsedValue>;
  realisasiKinerja?: SourceValue<ParsedValue>;
  capaian?: SourceValue;
}

export interface DpaSheetModel {
  sheet: string;
  rows: DpaRow[];
  /** The Jumlah / Total row, when the sheet has one; its children are the top-level rows. */
  total?: DpaRow;
  /** Most common bidang among the codes ("1.06"). */
  mainBidang?: string;
  /** Which columns exist (to know what fill may write). */
  columns: import('../../sheets/types').ColumnMap;
}

export interface PkIndicator {
  row: number;
  /** Running number of the sasaran this indicator belongs to (1-based). */
  sasaranNo: number;
  sasaran: string;
  indikator: string;
  satuan?: string;
  target?: SourceValue<ParsedValue>;
  realisasi?: SourceValue<ParsedValue>;
  capaian?: SourceValue;
  predikat?: SourceValue<string>;
  polarity: Polarity;
  polaritySource: 'column' | 'inferred' | 'default';
  realisasiLalu?: SourceValue<ParsedValue>;
  capaianLalu?: SourceValue;
  targetRenstra?: SourceValue<ParsedValue>;
}

export interface PkProgram {
  row: number;
  no?: string;
  name: string;
  /** Program code when the PK writes one. */
  code?: CodeParse;
  /** Anggaran APBD (murni) and P-APBD (perubahan), as found. */
  apbd?: SourceValue;
  papbd?: SourceValue;
  /** The sasaran the program serves (from row order or a Sasaran column), 1-based. */
  sasaranNo?: number;
  /**
   * How sasaranNo was known: 'column' (a Sasaran column of the program block)
   * or 'order' (row order). The report builders trust a column over the DPA's
   * program indicator, and the DPA's program indicator over row order.
   */
  sasaranSource?: 'column' | 'order';
}

export interface PkSheetModel {
  sheet: string;
  indicators: PkIndicator[];
  programs: PkProgram[];
  /** "Jumlah" of the program block, when present. */
  total?: SourceValue;
  columns: import('../../sheets/types').ColumnMap;
  /**
   * Rows of the indicator table (0-based, inclusive), when the model builder
   * knows them: the fill planner needs the header rows to add a capaian column.
   */
  indicatorTable?: { headerStart: number; headerEnd: number; dataStart: number; dataEnd: number };
}

export interface WorkbookModel {
  pk: PkSheetModel[];
  dpa: DpaSheetModel[];
}

/** Decimal helper type for computed figures. */
export type Money = Decimal;
