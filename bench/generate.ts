/**
 * Deterministic benchmark workbooks: a DPA monitoring sheet (program →
 * kegiatan → sub kegiatan → kode rekening rows, pagu, realisasi per TW,
 * jumlah, sisa and %) with exactly `rows` data rows and a Jumlah row, plus a
 * PK sheet whose program block matches the DPA programs.
 *
 * Shaped like the sheets of the first users (Dinas Sosial, urusan 1.06): real
 * nomenclature codes and names first; when a large size needs more sub
 * kegiatan than the nomenclature lists, the extra ones continue the numbering
 * of their kegiatan and are named after an official sub kegiatan and a
 * kecamatan (the validator reports those codes as unknown, a warning).
 * Sums are consistent; a few typed percentages are off by 0.01 on purpose
 * (one per 10,000 rows, at least one) so `check` has errors to report.
 */
import type { Cell, CellRange, SheetGrid, WorkbookGrid } from '../src/grid/types';
import { a1 } from '../src/grid/address';
import { prng, type Prng } from './prng';
import { KEGIATAN, PROGRAMS, type KegiatanEntry } from './nomenclature';
import { KECAMATAN, REKENING, type RekeningGroup } from './rekening';
import { writeXlsx, type CellStyle, type XlsxSheet } from './xlsx-writer';

export interface GenerateOptions {
  /** DPA data rows (program, kegiatan, sub kegiatan and rekening rows), without headers and Jumlah. */
  rows: number;
  seed?: number;
  tahun?: number;
  /** Typed percentages off by 0.01 (default true). */
  faults?: boolean;
  /**
   * Amounts and percentages of the DPA typed as text the Indonesian way
   * ("25.805.000", "78,63"), without formulas, as in sheets pasted from other
   * documents (default false: numeric cells with formulas).
   */
  amountsAsText?: boolean;
  /**
   * Values only, as minimal writers (SheetJS, openpyxl without styles) save
   * them: no formulas (their cached results stay as plain values), no number
   * formats, no cell styles, column widths or frozen panes; merges stay.
   * LibreOffice opens such a file fastest, so it is the hardest comparison.
   */
  valuesOnly?: boolean;
}

export interface GeneratedStats {
  dpaRows: number;
  programs: number;
  kegiatan: number;
  subKegiatan: number;
  /** Sub kegiatan codes beyond the national nomenclature. */
  syntheticSubKegiatan: number;
  rekening: number;
  /** Cells holding a typed percentage that is off on purpose (A1 on the DPA sheet). */
  faults: string[];
  /** Sisa or % cells left empty (for `fill`). */
  emptyDerivedCells: number;
}

export interface GeneratedWorkbook {
  grid: WorkbookGrid;
  sheets: XlsxSheet[];
  stats: GeneratedStats;
}

export const DPA_SHEET = 'DPA 2024';
export const PK_SHEET = 'PK 2024';
export const DEFAULT_SEED = 20240115;

/** Average DPA rows per sub kegiatan (the sub kegiatan itself, its rekening groups and lines). */
const ROWS_PER_SUB = 12;
const MONEY = '_-* #,##0_-;\\-* #,##0_-;_-* "-"_-;_-@_-';
const PERCENT = '0.00';
/** Columns of the DPA sheet. */
const C = { kode: 0, uraian: 1, pagu: 2, tw: 3, jumlah: 7, sisa: 8, persen: 9 } as const;
const DPA_COLUMNS = 10;
const DPA_FIRST_DATA_ROW = 6;

type Level = 'program' | 'kegiatan' | 'subkegiatan' | 'rekening-group' | 'rekening';

interface Node {
  level: Level;
  code: string;
  name: string;
  children: Node[];
  pagu: number;
  tw: [number, number, number, number];
  /** Sisa and % written by the staff (else left for fill). */
  derived: boolean;
}

function node(level: Level, code: string, name: string, derived = true): Node {
  return { level, code, name, children: [], pagu: 0, tw: [0, 0, 0, 0], derived };
}

/** Splits `total` into parts proportional to `weights`, largest remainders first; the parts add up exactly. */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k][1]]++;
  return parts;
}

/** Kegiatan used at a size: evenly spread over the list so every program appears once there is room. */
function chooseKegiatan(rows: number): KegiatanEntry[] {
  const k = Math.max(1, Math.min(KEGIATAN.length, Math.floor(rows / 40)));
  return Array.from({ length: k }, (_, i) => KEGIATAN[Math.floor((i * KEGIATAN.length) / k)]);
}

function programOf(kegiatanCode: string): string {
  return kegiatanCode.split('.').slice(0, 3).join('.');
}

function subName(keg: KegiatanEntry, j: number): { name: string; synthetic: boolean } {
  if (j < keg.subs.length) return { name: keg.subs[j], synthetic: false };
  const base = keg.subs[j % keg.subs.length];
  const area = KECAMATAN[Math.floor(j / keg.subs.length - 1) % KECAMATAN.length];
  return { name: `${base} di Kecamatan ${area}`, synthetic: true };
}

/** A rekening line's pagu and quarterly realisasi, whole thousands of Rupiah. */
function amounts(rnd: Prng, scale: number): { pagu: number; tw: [number, number, number, number] } {
  const pagu = Math.max(1, Math.round((scale * (0.2 + 1.8 * rnd.next())) / 1000)) * 1000;
  const share = rnd.next() < 0.08 ? 0 : 0.6 + 0.4 * rnd.next();
  const real = Math.round((pagu * share) / 1000);
  const weights = [0.1 + 0.1 * rnd.next(), 0.2 + 0.1 * rnd.next(), 0.2 + 0.1 * rnd.next(), 0.3 + 0.1 * rnd.next()];
  const tw = real === 0 ? [0, 0, 0, 0] : apportion(real, weights);
  return { pagu, tw: tw.map((t) => t * 1000) as [number, number, number, number] };
}

/** Rekening groups and lines of one sub kegiatan, using exactly `budget` rows (≥ 2). */
function rekeningRows(rnd: Prng, sub: Node, budget: number, pegawai: boolean): void {
  const pool = pegawai ? REKENING.slice(0, 3).concat(rnd.shuffle(REKENING.slice(3))) : rnd.shuffle(REKENING.slice(3));
  let left = budget;
  for (let g = 0; left > 0; g++) {
    const group: RekeningGroup = pool[g % pool.length];
    const round = Math.floor(g / pool.length);
    const groupNode = node('rekening-group', group.code, group.name);
    sub.children.push(groupNode);
    left--;
    // Leave either nothing or at least two rows (a group and its line) for the next group.
    const lines = left <= 3 ? left : rnd.int(1, Math.min(4, left - 2));
    for (let i = 0; i < lines; i++) {
      const real = round === 0 && i < group.lines.length;
      const n = round * 50 + i;
      const code = real ? `${group.code}.${group.lines[i][0]}` : `${group.code}.${String(100 + n).padStart(4, '0')}`;
      const name = real ? group.lines[i][1] : `${group.lines[i % group.lines.length][1]} (${n + 1})`;
      const line = node('rekening', code, name);
      Object.assign(line, amounts(rnd, group.scale));
      groupNode.children.push(line);
    }
    left -= lines;
  }
}

function markDerived(n: Node, derived: boolean): void {
  n.derived = derived;
  for (const c of n.children) markDerived(c, derived);
}

/** Parent sums; a parent shows sisa and % only when every row below it does (a stated parent sisa is checked against its children). */
function rollUp(n: Node): void {
  if (n.children.length === 0) return;
  n.pagu = 0;
  n.tw = [0, 0, 0, 0];
  for (const c of n.children) {
    rollUp(c);
    n.pagu += c.pagu;
    for (let q = 0; q < 4; q++) n.tw[q] += c.tw[q];
    if (!c.derived) n.derived = false;
  }
}

function buildTree(rows: number, rnd: Prng): { programs: Node[]; synthetic: number } {
  const kegiatan = chooseKegiatan(rows);
  const programCodes = [...new Set(kegiatan.map((k) => programOf(k.code)))];
  const fixed = programCodes.length + kegiatan.length;
  const subCount = Math.max(kegiatan.length, Math.round((rows - fixed) / ROWS_PER_SUB));
  const perKegiatan = apportion(
    subCount - kegiatan.length,
    kegiatan.map((k) => k.subs.length),
  ).map((n) => n + 1);
  const rekeningTotal = rows - fixed - subCount;
  if (rekeningTotal < 2 * subCount) throw new Error(`${rows} rows are too few for a DPA tree`);
  // Each sub kegiatan gets at least two rekening rows (a group and a line), the rest by random weights.
  const budgets = apportion(
    rekeningTotal - 2 * subCount,
    Array.from({ length: subCount }, () => 0.3 + 1.4 * rnd.next()),
  ).map((b) => b + 2);

  const programs: Node[] = [];
  let synthetic = 0;
  let s = 0;
  for (const code of programCodes) programs.push(node('program', code, PROGRAMS[code]));
  kegiatan.forEach((keg, i) => {
    const prog = programs[programCodes.indexOf(programOf(keg.code))];
    const kegNode = node('kegiatan', keg.code, keg.name);
    prog.children.push(kegNode);
    for (let j = 0; j < perKegiatan[i]; j++) {
      const { name, synthetic: syn } = subName(keg, j);
      if (syn) synthetic++;
      const sub = node('subkegiatan', `${keg.code}.${String(j + 1).padStart(4, '0')}`, name);
      kegNode.children.push(sub);
      rekeningRows(rnd, sub, budgets[s++], keg.code === '1.06.01.2.02' && j === 0);
      // Staff fill sisa and % one sub kegiatan block at a time; about half the blocks are done.
      if (rnd.next() < 0.5) markDerived(sub, false);
    }
  });
  programs.forEach(rollUp);
  return { programs, synthetic };
}

function flatten(n: Node, out: Node[]): Node[] {
  out.push(n);
  for (const c of n.children) flatten(c, out);
  return out;
}

/** Realisasi / pagu × 100 rounded half up to 2 decimals, in exact integer arithmetic. */
export function percent(real: number, pagu: number): number {
  if (pagu === 0) return 0;
  const q = (BigInt(real) * 20000n + BigInt(pagu)) / (2n * BigInt(pagu));
  return Number(q) / 100;
}

const str = (v: string): Cell => ({ t: 's', v });
const money = (v: number, f?: string): Cell => (f ? { t: 'n', v, z: MONEY, f } : { t: 'n', v, z: MONEY });

function emptySheet(name: string): SheetGrid {
  return { name, state: 'visible', rows: [], merges: [], hiddenRows: new Set(), hiddenCols: new Set(), protected: false };
}

function dpaRow(n: Node, r: number, faulty: boolean): Array<Cell | undefined> {
  const x = r + 1;
  const real = n.tw[0] + n.tw[1] + n.tw[2] + n.tw[3];
  const row: Array<Cell | undefined> = [str(n.code), str(n.name), money(n.pagu)];
  n.tw.forEach((t, q) => (row[C.tw + q] = money(t)));
  row[C.jumlah] = money(real, `SUM(D${x}:G${x})`);
  if (n.derived) {
    row[C.sisa] = money(n.pagu - real, `C${x}-H${x}`);
    const p = percent(real, n.pagu);
    row[C.persen] = faulty ? { t: 'n', v: Math.round(p * 100 + 1) / 100, z: PERCENT } : { t: 'n', v: p, z: PERCENT, f: `IF(C${x}=0,0,ROUND(H${x}/C${x}*100,2))` };
  }
  return row;
}

/** "25805000" → "25.805.000", 78.63 → "78,63": Indonesian separators, written by hand (no locale data needed). */
export function indonesian(v: number, decimals: number): string {
  const negative = v < 0;
  const [whole, frac] = Math.abs(v).toFixed(decimals).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

/** A DPA row with its amounts and % as typed text, formulas gone. */
function asText(row: Array<Cell | undefined>): Array<Cell | undefined> {
  return row.map((cell, c) => (cell && cell.t === 'n' && c >= C.pagu ? str(indonesian(cell.v, c === C.persen ? 2 : 0)) : cell));
}

function dpaSheet(programs: Node[], opts: Required<GenerateOptions>): { sheet: XlsxSheet; faults: string[]; empty: number; counts: Record<Level, number> } {
  const grid = emptySheet(DPA_SHEET);
  const rows = grid.rows;
  rows[0] = [str(`MONITORING REALISASI DOKUMEN PELAKSANAAN ANGGARAN (DPA) TAHUN ANGGARAN ${opts.tahun}`)];
  rows[1] = [str('DINAS SOSIAL KABUPATEN MOJOKERTO')];
  rows[3] = [str('KODE'), str('URAIAN'), str('PAGU ANGGARAN (Rp)'), str('REALISASI ANGGARAN (Rp)'), undefined, undefined, undefined, undefined, str('SISA ANGGARAN (Rp)'), str('%')];
  rows[4] = [undefined, undefined, undefined, str('TW I'), str('TW II'), str('TW III'), str('TW IV'), str('JUMLAH')];
  rows[5] = Array.from({ length: DPA_COLUMNS }, (_, i) => str(`(${i + 1})`));
  const merges: CellRange[] = [
    { r0: 0, c0: 0, r1: 0, c1: DPA_COLUMNS - 1 },
    { r0: 1, c0: 0, r1: 1, c1: DPA_COLUMNS - 1 },
    { r0: 3, c0: C.tw, r1: 3, c1: C.jumlah },
    ...[C.kode, C.uraian, C.pagu, C.sisa, C.persen].map((c) => ({ r0: 3, c0: c, r1: 4, c1: c })),
  ];

  const flat = programs.flatMap((p) => flatten(p, []));
  const rekening = flat.filter((n) => n.level === 'rekening' && n.derived && n.pagu > 0);
  const faultCount = opts.faults ? Math.max(1, Math.floor(opts.rows / 10_000)) : 0;
  const faulty = new Set<Node>();
  for (let i = 0; i < faultCount && rekening.length; i++) faulty.add(rekening[Math.floor(((i + 0.5) * rekening.length) / faultCount)]);

  const counts: Record<Level, number> = { program: 0, kegiatan: 0, subkegiatan: 0, 'rekening-group': 0, rekening: 0 };
  const faults: string[] = [];
  let empty = 0;
  const levelOf: Level[] = [];
  flat.forEach((n, i) => {
    const r = DPA_FIRST_DATA_ROW + i;
    rows[r] = dpaRow(n, r, faulty.has(n));
    if (opts.amountsAsText) rows[r] = asText(rows[r]!);
    levelOf[r] = n.level;
    counts[n.level]++;
    if (faulty.has(n)) faults.push(a1(r, C.persen));
    if (!n.derived) empty += 2;
  });

  const total = DPA_FIRST_DATA_ROW + flat.length;
  const sum = (f: (n: Node) => number) => programs.reduce((a, p) => a + f(p), 0);
  const pagu = sum((p) => p.pagu);
  const tw = [0, 1, 2, 3].map((q) => sum((p) => p.tw[q]));
  const real = tw.reduce((a, b) => a + b, 0);
  const x = total + 1;
  rows[total] = [str('JUMLAH'), undefined, money(pagu), ...tw.map((t) => money(t)), money(real, `SUM(D${x}:G${x})`)];
  if (programs.every((p) => p.derived)) {
    rows[total].push(money(pagu - real, `C${x}-H${x}`), { t: 'n', v: percent(real, pagu), z: PERCENT, f: `IF(C${x}=0,0,ROUND(H${x}/C${x}*100,2))` });
  } else empty += 2;
  if (opts.amountsAsText) rows[total] = asText(rows[total]!);
  merges.push({ r0: total, c0: 0, r1: total, c1: 1 });
  grid.merges = merges;

  const header = (r: number) => r >= 3 && r <= 5;
  const style = (r: number, c: number): CellStyle | undefined => {
    if (r < 2) return c === 0 ? { font: 'title', horizontal: 'center' } : undefined;
    if (header(r)) return { font: 'bold', border: true, fill: true, wrap: true, horizontal: 'center' };
    if (r === total) return { font: 'bold', border: true, numFmt: c >= C.pagu ? (c === C.persen ? PERCENT : MONEY) : undefined };
    if (r < DPA_FIRST_DATA_ROW || r > total) return undefined;
    const lvl = levelOf[r];
    const bold = lvl === 'program' || lvl === 'kegiatan' || lvl === 'subkegiatan';
    const numFmt = c >= C.pagu ? (c === C.persen ? PERCENT : MONEY) : undefined;
    return { border: true, font: bold ? 'bold' : undefined, numFmt, wrap: c === C.uraian };
  };
  return {
    sheet: { grid, columns: DPA_COLUMNS, style, colWidths: [20, 60, 18, 16, 16, 16, 16, 18, 18, 9], freezeRows: 6 },
    faults,
    empty,
    counts,
  };
}

const SASARAN = [
  'Meningkatnya pelayanan kesejahteraan PMKS',
  'Terwujudnya Tata Kelola Pemerintahan Yang Mewujudkan Nilai Budaya Kerja Berintegritas, Profesional dan Akuntabel',
];

/** PK indicators (Mojokerto 2021 Tabel 3.1.1, carried to the benchmark year): [sasaran, indikator, satuan, target, realisasi]. */
const INDIKATOR: Array<[number, string, string, number, number]> = [
  [0, 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial', '%', 6, 6],
  [0, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '%', 12, 11.5],
  [0, 'Persentase PMKS penerima manfaat Program Perlindungan dan Jaminan Sosial', '%', 14, 14],
  [0, 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial', '%', 12, 12],
  [1, 'Nilai Reformasi Birokrasi Perangkat Daerah', 'Nilai', 64, 66.5],
  [1, 'Nilai SAKIP Perangkat Daerah', 'Nilai', 80.34, 80.34],
];

function pkSheet(programs: Node[], rnd: Prng, tahun: number): XlsxSheet {
  const grid = emptySheet(PK_SHEET);
  const rows = grid.rows;
  rows[0] = [str(`PERJANJIAN KINERJA TAHUN ${tahun}`)];
  rows[1] = [str('DINAS SOSIAL')];
  rows[2] = [str('KABUPATEN MOJOKERTO')];
  rows[4] = ['NO.', 'SASARAN', 'INDIKATOR KINERJA', 'SATUAN', 'TARGET', 'REALISASI', 'CAPAIAN (%)'].map(str);
  rows[5] = Array.from({ length: 7 }, (_, i) => str(`(${i + 1})`));
  const merges: CellRange[] = [0, 1, 2].map((r) => ({ r0: r, c0: 0, r1: r, c1: 6 }));
  let r = 6;
  SASARAN.forEach((sasaran, s) => {
    const inds = INDIKATOR.filter((i) => i[0] === s);
    const first = r;
    inds.forEach(([, indikator, satuan, target, realisasi], k) => {
      const capaian = k % 2 === 0 ? { t: 'n' as const, v: percent(Math.round(realisasi * 100), Math.round(target * 100)), z: PERCENT } : undefined;
      rows[r++] = [k === 0 ? str(`${s + 1}.`) : undefined, k === 0 ? str(sasaran) : undefined, str(indikator), str(satuan), { t: 'n', v: target }, { t: 'n', v: realisasi }, capaian];
    });
    merges.push({ r0: first, c0: 0, r1: r - 1, c1: 0 }, { r0: first, c0: 1, r1: r - 1, c1: 1 });
  });
  r += 2;
  const programHeader = r;
  rows[r++] = ['NO.', 'PROGRAM', 'ANGGARAN', 'KETERANGAN'].map(str);
  programs.forEach((p, i) => {
    const murni = Math.round((p.pagu * (0.9 + 0.2 * rnd.next())) / 1_000_000) * 1_000_000;
    rows[r] = [str(`${i + 1}.`), str(p.name), money(murni), str('APBD')];
    rows[r + 1] = [undefined, undefined, money(p.pagu), str('PAPBD')];
    merges.push({ r0: r, c0: 0, r1: r + 1, c1: 0 }, { r0: r, c0: 1, r1: r + 1, c1: 1 });
    r += 2;
  });
  rows[r] = [str('Jumlah'), undefined, money(programs.reduce((a, p) => a + p.pagu, 0))];
  merges.push({ r0: r, c0: 0, r1: r, c1: 1 });
  grid.merges = merges;
  const last = r;
  const style = (row: number, c: number): CellStyle | undefined => {
    if (row < 3) return c === 0 ? { font: 'title', horizontal: 'center' } : undefined;
    if (row === 4 || row === 5 || row === programHeader) return c < (row === programHeader ? 4 : 7) ? { font: 'bold', border: true, fill: true, wrap: true, horizontal: 'center' } : undefined;
    if (row > 5 && row < programHeader - 2) return { border: true, wrap: c === 1 || c === 2, numFmt: c === 6 ? PERCENT : undefined };
    if (row > programHeader && row <= last) return c < 4 ? { border: true, font: row === last ? 'bold' : undefined, wrap: c === 1 } : undefined;
    return undefined;
  };
  return { grid, columns: 7, style, colWidths: [6, 45, 55, 10, 14, 14, 12], freezeRows: 0 };
}

/** The sheet without formulas, number formats or styles: the cached values as plain cells. */
function valuesOnly(sheet: XlsxSheet): XlsxSheet {
  const plain = (cell: Cell | undefined): Cell | undefined => (cell ? ({ t: cell.t, v: cell.v } as Cell) : undefined);
  const grid: SheetGrid = { ...sheet.grid, rows: sheet.grid.rows.map((row) => (row ? row.map(plain) : row)) };
  return { grid, columns: sheet.columns };
}

/** The benchmark workbook as a grid (what a host hands the engine) and as sheets ready to write. */
export function generateWorkbook(options: GenerateOptions): GeneratedWorkbook {
  const opts: Required<GenerateOptions> = { seed: DEFAULT_SEED, tahun: 2024, faults: true, amountsAsText: false, valuesOnly: false, ...options };
  if (!Number.isInteger(opts.rows) || opts.rows < 10) throw new Error('rows must be an integer ≥ 10');
  const rnd = prng(opts.seed);
  const { programs, synthetic } = buildTree(opts.rows, rnd);
  const dpa = dpaSheet(programs, opts);
  const pk = pkSheet(programs, rnd, opts.tahun);
  const sheets = opts.valuesOnly ? [valuesOnly(dpa.sheet), valuesOnly(pk)] : [dpa.sheet, pk];
  return {
    grid: { sheets: sheets.map((s) => s.grid), generatedSheets: [] },
    sheets,
    stats: {
      dpaRows: opts.rows,
      programs: dpa.counts.program,
      kegiatan: dpa.counts.kegiatan,
      subKegiatan: dpa.counts.subkegiatan,
      syntheticSubKegiatan: synthetic,
      rekening: dpa.counts['rekening-group'] + dpa.counts.rekening,
      faults: dpa.faults,
      emptyDerivedCells: dpa.empty,
    },
  };
}

/** The benchmark workbook as .xlsx bytes (the same options give the same bytes). */
export function generateXlsx(options: GenerateOptions): Uint8Array {
  return writeXlsx(generateWorkbook(options).sheets);
}
