/**
 * Hand-built models for the report tests, from the Mojokerto LAKIP 2021
 * (shared/seeds/lakip-mojokerto-2021.txt): Tabel. III (PK), Tabel 3.1.1–3.1.3,
 * Tabel 3.2.1 (alokasi, pencapaian kinerja dan anggaran) and the
 * "PENGUKURAN PENCAPAIAN SASARAN" tree.
 */
import Decimal from 'decimal.js';
import type { Cell } from '../../src/grid/types';
import type { CodeParse } from '../../src/core/codes/types';
import type {
  DpaRow,
  DpaSheetModel,
  PkIndicator,
  PkProgram,
  PkSheetModel,
  RowLevel,
  SourceValue,
  WorkbookModel,
} from '../../src/core/model/types';
import type { ParsedNumber, ParsedValue } from '../../src/core/values/types';
import type { ColumnMap } from '../../src/sheets/types';

export const S1 = 'Meningkatnya pelayanan kesejahteraan PMKS';
export const S2 =
  'Terwujudnya Tata Kelola Pemerintahan Yang Mewujudkan Nilai Budaya Kerja Berintegritas, Profesional dan Akuntabel';
export const PK_SHEET = 'PK 2021';
export const DPA_SHEET = 'Pengukuran Sasaran 2021';

/** A value as the sheet holds it: a number cell, or a text cell with what it reads as. */
export type Raw = number | string | undefined;

const ref = (sheet: string, row: number, col: number) => ({ sheet, row, col });

function cellOf(x: Raw): Cell | undefined {
  if (x === undefined) return undefined;
  return typeof x === 'number' ? { t: 'n', v: x } : { t: 's', v: x };
}

/** Reads a seed-style value: "64 (B)" graded, "80,34", "9, 50, 3" composite, "NA"/"-" absent, "?…" unreadable. */
export function parsed(x: Raw): ParsedValue {
  if (x === undefined || x === '') return { kind: 'empty' };
  if (typeof x === 'number') return { kind: 'number', value: new Decimal(x), fromText: false };
  if (x === '-' || x === 'NA' || x === 'Refocusing') return { kind: 'absent', text: x };
  if (x.startsWith('?')) return { kind: 'unreadable', text: x.slice(1), reason: 'pemisah ganda' };
  if (x.includes(', ')) return { kind: 'composite', text: x, parts: x.split(', ').map((p) => parsed(p) as ParsedNumber) };
  const graded = /^(.*?)\s*\(([A-E][+-]?)\)$/.exec(x);
  const body = graded ? graded[1] : x;
  // Plain words ("=A1", "Nihil") hold no number.
  if (!/^[0-9.,]+$/.test(body)) return { kind: 'absent', text: x };
  const num = new Decimal(body.replace(/\./g, '').replace(',', '.'));
  return graded ? { kind: 'number', value: num, grade: graded[2], fromText: true } : { kind: 'number', value: num, fromText: true };
}

export function money(sheet: string, row: number, col: number, x: Raw): SourceValue {
  const p = parsed(x);
  if (p.kind === 'composite') throw new Error('composite money');
  const cell = typeof x === 'string' && x.startsWith('?') ? cellOf(x.slice(1)) : cellOf(x);
  return { ref: ref(sheet, row, col), cell, parsed: p };
}

export function value(sheet: string, row: number, col: number, x: Raw): SourceValue<ParsedValue> {
  const cell = typeof x === 'string' && x.startsWith('?') ? cellOf(x.slice(1)) : cellOf(x);
  return { ref: ref(sheet, row, col), cell, parsed: parsed(x) };
}

// ---------------------------------------------------------------- PK

export interface IndicatorSpec {
  sasaranNo: number;
  indikator: string;
  satuan?: string;
  target?: Raw;
  realisasi?: Raw;
  realisasiLalu?: Raw;
  /** Stated "Capaian 2020" (last year's capaian needs last year's target, which a PK does not carry). */
  capaianLalu?: Raw;
  targetRenstra?: Raw;
  polarity?: 'positif' | 'negatif';
}

export interface ProgramSpec {
  name: string;
  code?: string;
  apbd?: Raw;
  papbd?: Raw;
  sasaranNo?: number;
  sasaranSource?: 'column' | 'order';
}

/** Tabel 3.1.1 / 3.1.2 / 3.1.3 for sasaran 1 and Tabel. III for sasaran 2. */
export const MOJOKERTO_INDICATORS: IndicatorSpec[] = [
  { sasaranNo: 1, indikator: 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', satuan: '%', target: 6, realisasi: 6, realisasiLalu: 21, capaianLalu: 100, targetRenstra: 6 },
  { sasaranNo: 1, indikator: 'Persentase PMKS penerima manfaat kesejahteraan sosial', satuan: '%', target: 12, realisasi: 12, realisasiLalu: 12, capaianLalu: 100, targetRenstra: 12 },
  { sasaranNo: 1, indikator: 'Persentase PMKS penerima manfaat Program Perlindungan dan Jaminan Sosial', satuan: '%', target: 14, realisasi: 14, realisasiLalu: 14, capaianLalu: 100, targetRenstra: 14 },
  { sasaranNo: 1, indikator: 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', satuan: '%', target: 12, realisasi: 12, realisasiLalu: 12, capaianLalu: 100, targetRenstra: 12 },
  { sasaranNo: 2, indikator: 'Nilai Reformasi Birokrasi Perangkat Daerah', satuan: 'Nilai', target: '64 (B)', realisasi: 64 },
  { sasaranNo: 2, indikator: 'Nilai SAKIP Perangkat Daerah', satuan: 'Nilai', target: '80,34 (A)', realisasi: '80,34' },
];

/** Tabel. III, program block: APBD and P-APBD per program, Jumlah 13.174.839.520. */
export const MOJOKERTO_PROGRAMS: ProgramSpec[] = [
  { name: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota', apbd: 8073251520, papbd: 8054019520 },
  { name: 'Program Pemberdayaan Sosial', apbd: 1475000000, papbd: 2300170000 },
  { name: 'Program Rehabilitasi Sosial', apbd: 1275000000, papbd: 1370650000 },
  { name: 'Program Perlindungan dan Jaminan Sosial', apbd: 1325000000, papbd: 1325000000 },
  { name: 'Program Penanganan Bencana', apbd: 225000000, papbd: 125000000 },
];

export function pkSheet(opts: {
  indicators?: IndicatorSpec[];
  programs?: ProgramSpec[];
  total?: Raw;
  columns?: ColumnMap;
} = {}): PkSheetModel {
  const specs = opts.indicators ?? MOJOKERTO_INDICATORS;
  const sasaranText = (no: number) => (no === 1 ? S1 : no === 2 ? S2 : `Sasaran ${no}`);
  const indicators: PkIndicator[] = specs.map((s, i) => {
    const row = 6 + i;
    const ind: PkIndicator = {
      row,
      sasaranNo: s.sasaranNo,
      sasaran: sasaranText(s.sasaranNo),
      indikator: s.indikator,
      satuan: s.satuan,
      polarity: s.polarity ?? 'positif',
      polaritySource: s.polarity ? 'column' : 'default',
    };
    if (s.target !== undefined) ind.target = value(PK_SHEET, row, 4, s.target);
    if (s.realisasi !== undefined) ind.realisasi = value(PK_SHEET, row, 5, s.realisasi);
    if (s.realisasiLalu !== undefined) ind.realisasiLalu = value(PK_SHEET, row, 7, s.realisasiLalu);
    if (s.targetRenstra !== undefined) ind.targetRenstra = value(PK_SHEET, row, 8, s.targetRenstra);
    if (s.capaianLalu !== undefined) ind.capaianLalu = money(PK_SHEET, row, 9, s.capaianLalu);
    return ind;
  });
  const programs: PkProgram[] = (opts.programs ?? MOJOKERTO_PROGRAMS).map((p, i) => {
    const row = 15 + 2 * i;
    const out: PkProgram = { row, no: `${i + 1}.`, name: p.name };
    if (p.code) out.code = code(p.code);
    if (p.apbd !== undefined) out.apbd = money(PK_SHEET, row, 2, p.apbd);
    if (p.papbd !== undefined) out.papbd = money(PK_SHEET, row + 1, 2, p.papbd);
    if (p.sasaranNo !== undefined) out.sasaranNo = p.sasaranNo;
    if (p.sasaranSource) out.sasaranSource = p.sasaranSource;
    return out;
  });
  const hasLalu = specs.some((s) => s.realisasiLalu !== undefined);
  const hasRenstra = specs.some((s) => s.targetRenstra !== undefined);
  const columns: ColumnMap = opts.columns ?? {
    no: 0,
    sasaran: 1,
    indikator: 2,
    satuan: 3,
    target: 4,
    realisasiKinerja: 5,
    capaian: 6,
    ...(hasLalu ? { realisasiLalu: 7 } : {}),
    ...(hasRenstra ? { targetRenstra: 8 } : {}),
    ...(specs.some((s) => s.capaianLalu !== undefined) ? { capaianLalu: 9 } : {}),
  };
  const sheet: PkSheetModel = { sheet: PK_SHEET, indicators, programs, columns };
  const total = opts.total === undefined && !opts.programs ? 13174839520 : opts.total;
  if (total !== undefined) sheet.total = money(PK_SHEET, 25, 2, total);
  return sheet;
}

// ---------------------------------------------------------------- DPA

export function code(text: string): CodeParse {
  if (text.startsWith('5.')) return { kind: 'rekening', text, canonical: text };
  const seg = text.split('.');
  return {
    kind: 'code',
    code: {
      level: (['urusan', 'bidang', 'program', 'kegiatan', 'kegiatan', 'subkegiatan'] as const)[seg.length - 1],
      canonical: text,
      urusan: seg[0],
      bidang: seg[1],
      program: seg[2],
      kegiatan: seg.length >= 5 ? `${seg[3]}.${seg[4]}` : undefined,
      sub: seg[5],
    },
  };
}

function levelOf(codeText: string): RowLevel {
  if (codeText.startsWith('5.')) return 'rekening';
  const n = codeText.split('.').length;
  return n === 3 ? 'program' : n === 5 ? 'kegiatan' : 'subkegiatan';
}

export interface DpaSpec {
  code: string;
  uraian: string;
  pagu?: Raw;
  realisasi?: Raw;
  indikator?: string;
  satuan?: string;
  target?: Raw;
  realisasiKinerja?: Raw;
}

/** Rows in sheet order; the parent is the nearest earlier row of a shallower level (codes nest). */
export function dpaSheet(specs: DpaSpec[], opts: { indicators?: boolean } = {}): DpaSheetModel {
  const rows: DpaRow[] = [];
  specs.forEach((s, index) => {
    const row = 6 + index;
    const level = levelOf(s.code);
    const depth = { program: 0, kegiatan: 1, subkegiatan: 2, rekening: 3, urusan: -2, bidang: -1 }[level];
    let parent: number | undefined;
    for (let j = rows.length - 1; j >= 0; j--) {
      const d = { program: 0, kegiatan: 1, subkegiatan: 2, rekening: 3, urusan: -2, bidang: -1 }[rows[j].level];
      if (d < depth) {
        parent = j;
        break;
      }
    }
    const r: DpaRow = {
      index,
      row,
      level,
      levelSource: 'code',
      code: code(s.code),
      codeText: s.code,
      uraian: s.uraian,
      children: [],
      tw: [],
    };
    if (parent !== undefined) {
      r.parent = parent;
      (rows[parent].children as number[]).push(index);
    }
    if (s.pagu !== undefined) r.pagu = money(DPA_SHEET, row, 8, s.pagu);
    if (s.realisasi !== undefined) r.realisasi = money(DPA_SHEET, row, 9, s.realisasi);
    if (s.indikator !== undefined) r.indikator = s.indikator;
    if (s.satuan !== undefined) r.satuan = s.satuan;
    if (s.target !== undefined) r.target = value(DPA_SHEET, row, 5, s.target);
    if (s.realisasiKinerja !== undefined) r.realisasiKinerja = value(DPA_SHEET, row, 6, s.realisasiKinerja);
    rows.push(r);
  });
  const withIndicators = opts.indicators ?? specs.some((s) => s.indikator !== undefined);
  const columns: ColumnMap = {
    kode: 1,
    uraian: 2,
    pagu: 8,
    realisasi: 9,
    persen: 10,
    ...(withIndicators ? { indikator: 3, satuan: 4, target: 5, realisasiKinerja: 6, capaian: 7 } : {}),
  };
  return { sheet: DPA_SHEET, rows, columns, mainBidang: '1.06' };
}

/** The five programs of Tabel 3.2.1 "Pencapaian Kinerja dan Anggaran", with their outcome indicators. */
export const PROGRAM_ROWS: DpaSpec[] = [
  { code: '1.06.01', uraian: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', pagu: 8054019520, realisasi: 5111193114, indikator: 'Nilai SAKIP Perangkat Daerah', satuan: 'Nilai', target: '80,34', realisasiKinerja: '80,34' },
  { code: '1.06.02', uraian: 'PROGRAM PEMBERDAYAAN SOSIAL', pagu: 2300170000, realisasi: 1965327337, indikator: 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', satuan: '%', target: 6, realisasiKinerja: 6 },
  { code: '1.06.04', uraian: 'PROGRAM REHABILITASI SOSIAL', pagu: 1370650000, realisasi: 1083945988, indikator: 'Persentase PMKS penerima manfaat kesejahteraan sosial', satuan: '%', target: 12, realisasiKinerja: 12 },
  { code: '1.06.05', uraian: 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL', pagu: 1325000000, realisasi: 1010470350, indikator: 'Persentase PMKS penerima manfaat Program Perlindungan dan Jaminan Sosial', satuan: '%', target: 14, realisasiKinerja: 14 },
  { code: '1.06.06', uraian: 'PROGRAM PENANGANAN BENCANA', pagu: 125000000, realisasi: 97181700, indikator: 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', satuan: '%', target: 12, realisasiKinerja: 12 },
];

/**
 * A tree from the "PENGUKURAN PENCAPAIAN SASARAN" table: the three listed sub
 * kegiatan of Administrasi Umum (the last one kept as a kode rekening line, as
 * a DPA monitoring sheet has it) and Program Pemberdayaan Sosial in full.
 */
export const TREE_ROWS: DpaSpec[] = [
  { code: '1.06.01', uraian: 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA' },
  { code: '1.06.01.2.06', uraian: 'Administrasi Umum Perangkat Daerah' },
  { code: '1.06.01.2.06.0002', uraian: 'Penyediaan Peralatan dan Perlengkapan Kantor', pagu: 211500000, realisasi: 200092500, indikator: 'Jenis peralatan dan perlengkapan kantor yang disediakan', satuan: 'Bulan', target: 12, realisasiKinerja: 12 },
  { code: '1.06.01.2.06.0008', uraian: 'Fasilitasi Kunjungan Tamu', pagu: 54000000, realisasi: 54000000, indikator: 'Jumlah waktu penyediaan mamin rapat dan tamu', satuan: 'Bulan', target: 12, realisasiKinerja: 12 },
  { code: '1.06.01.2.06.0009', uraian: 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD', indikator: 'Jumlah waktu penyediaan belanja perjalanan dinas rapat-rapat koordinasi dan konsultasi ke luar daerah', satuan: 'Bulan', target: 12, realisasiKinerja: 12 },
  { code: '5.1.02.04.01.0001', uraian: 'Belanja Perjalanan Dinas Biasa', pagu: 108000000, realisasi: 84915000 },
  { code: '1.06.02', uraian: 'PROGRAM PEMBERDAYAAN SOSIAL', indikator: 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', satuan: '%', target: 6, realisasiKinerja: 6 },
  { code: '1.06.02.2.03', uraian: 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', indikator: 'Meningkatnya kemampuan SDM dan kesejahteraan PSKS', satuan: 'PSM, TKSK, KUBE, Katar, KW, LKSA, Orang klien PW, Kec.', target: '60, 18, 21, 100, 2, 16, 70, 5', realisasiKinerja: '60, 18, 21, 100, 2, 16, 70, 5' },
  { code: '1.06.02.2.03.0001', uraian: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota', pagu: 50000000, realisasi: 45598100, indikator: 'Jumlah Pekerja Sosial Masyarakat yang dibina', satuan: 'PSM', target: 60, realisasiKinerja: 60 },
  { code: '1.06.02.2.03.0002', uraian: 'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota', pagu: 102000000, realisasi: 98870100, indikator: 'Jumlah TKSK yang aktif dan disejahterakan', satuan: 'TKSK', target: 18, realisasiKinerja: 18 },
  { code: '1.06.02.2.03.0003', uraian: 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota', pagu: 50000000, realisasi: 49668800, indikator: 'Jumlah KUBE Jasa dan e- warung yang diberdayakan', satuan: 'KUBE', target: 21, realisasiKinerja: 21 },
  { code: '1.06.02.2.03.0004', uraian: 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota', pagu: 2098170000, realisasi: 1771190337, indikator: 'Jumlah karang taruna yang dibina dan menerima bantuan, jumlah karang werdha yang diberdayakan, jumlah LKSA yang diberdayakan dan yang menerima bantuan, jumlah orang jompo yang difasilitasi, jumlah pelaksanaan penyuluhan', satuan: 'Orang, KW, LKSA, Orang klien PW, Kec.', target: '100, 2, 16, 70, 5', realisasiKinerja: '100, 2, 16, 70, 5' },
];

export function model(pk?: PkSheetModel, dpa?: DpaSheetModel): WorkbookModel {
  return { pk: pk ? [pk] : [], dpa: dpa ? [dpa] : [] };
}

/** PK with the program-level DPA of Tabel 3.2.1. */
export function mojokertoModel(): WorkbookModel {
  return model(pkSheet(), dpaSheet(PROGRAM_ROWS));
}
