/**
 * The DPA tree of one table: rows with their level (from codes, else
 * inferred from the row text), parent/children, and the values read.
 */
import { inferLevelFromText, parentCode, parseCode, parseCodeText, parseSplitCode } from '../core/codes';
import type { CodeParse } from '../core/codes';
import type { Finding } from '../core/findings/types';
import type { DpaRow, DpaSheetModel, RowLevel, SourceValue } from '../core/model/types';
import type { NumberContext, ParsedValue } from '../core/values';
import type { Cell, SheetGrid } from '../grid/types';
import type { MergeIndex } from './merges';
import { TableReader } from './read';
import { cellText, indentOf, isBlank } from './text';
import type { Field, TableLayout } from './types';

const RANK: Record<RowLevel, number> = { urusan: 0, bidang: 1, program: 2, kegiatan: 3, subkegiatan: 4, rekening: 5 };
const BY_RANK: RowLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan', 'rekening'];
const SPLIT_FIELDS: Field[] = ['kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub'];
const VALUE_FIELDS: Field[] = ['pagu', 'paguMurni', 'realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'sisa', 'persen'];
const INDICATOR_FIELDS: Field[] = ['indikator', 'satuan', 'target', 'realisasiKinerja', 'capaian'];
const MONEY: NumberContext = { column: 'money' };
const PERCENT: NumberContext = { column: 'percent' };

const LEADING_CODE = /^\s*(\d{1,2}(?:\s*\.\s*[0-9xX]{1,4}){1,6})\.?\s+(\S.*)$/s;
const BULLET = /^\s*[-–•·*]\s*/;
const NUMBERING = /^\s*(\d{1,3}(?:\.\d{1,3})*)\.?\s*$/;
const UPPER_WORDS = /^[^a-z]*[A-Z]{3,}[^a-z]*$/;
const WHITESPACE = /\s+/g;
const TRAILING_DOT = /\.$/;
/** Akun of a kode rekening: 4 pendapatan, 5 belanja, 6 pembiayaan. */
const REKENING_AKUN = /^[456]$/;

/** Level and parent per code: the canonical text of each coded row. */
function levelOfCode(code: CodeParse): RowLevel | undefined {
  if (code.kind === 'code') return code.code.level;
  if (code.kind === 'rekening') return 'rekening';
  if (code.kind === 'ambiguous') {
    // Every reading names the same level: the level is certain even if the code is not.
    let level: RowLevel | undefined;
    for (const text of code.readings) {
      const p = parseCodeText(text);
      const l = p.kind === 'code' ? p.code.level : undefined;
      if (!l || (level && l !== level)) return undefined;
      level = l;
    }
    return level;
  }
  return undefined;
}

interface BidangCount {
  urusan: string;
  bidang: string;
  n: number;
}

/** The most common urusan.bidang of the coded rows; the first seen wins a tie. */
function mainBidangOf(rows: DpaRow[]): string | undefined {
  // Counted per urusan, then bidang: no key string built per row.
  const byUrusan = new Map<string, Map<string, BidangCount>>();
  const seen: BidangCount[] = [];
  // By index, as the other passes over the rows: each runs once, mostly before it is optimized (no iterator per row).
  for (let i = 0; i < rows.length; i++) {
    const c = rows[i].code;
    if (c.kind !== 'code' || !c.code.bidang || c.code.bidang.toUpperCase() === 'XX' || c.code.urusan.toUpperCase() === 'X') continue;
    const { urusan, bidang } = c.code;
    let byBidang = byUrusan.get(urusan);
    if (!byBidang) byUrusan.set(urusan, (byBidang = new Map()));
    const hit = byBidang.get(bidang);
    if (hit) hit.n++;
    else {
      const first = { urusan, bidang, n: 1 };
      byBidang.set(bidang, first);
      seen.push(first);
    }
  }
  let best: BidangCount | undefined;
  for (const x of seen) if (!best || x.n > best.n) best = x;
  return best ? `${best.urusan}.${best.bidang}` : undefined;
}

/** Column indexes of a DPA table, resolved once: the per-row work reads arrays, not fields by name. */
interface DpaColumns {
  uraian: number | undefined;
  kode: number | undefined;
  /** The split code columns present (Urusan | Bidang | Program | Kegiatan | Sub); empty for one Kode column. */
  split: number[];
  values: number[];
  indicators: number[];
  pagu: number | undefined;
  paguMurni: number | undefined;
  realisasi: number | undefined;
  /** TW I..IV, undefined where absent; undefined as a whole when the table has none of them. */
  tw: Array<number | undefined> | undefined;
  sdTw: number | undefined;
  persen: number | undefined;
  sisa: number | undefined;
}

function dpaColumns(table: TableLayout): DpaColumns {
  const c = table.columns;
  const present = (fields: Field[]): number[] => fields.map((f) => c[f]).filter((x): x is number => x !== undefined);
  const tw = [c.tw1, c.tw2, c.tw3, c.tw4];
  return {
    uraian: c.uraian,
    kode: c.kode,
    split: present(SPLIT_FIELDS),
    values: present(VALUE_FIELDS),
    indicators: present(INDICATOR_FIELDS),
    pagu: c.pagu,
    paguMurni: c.paguMurni,
    realisasi: c.realisasi,
    tw: tw.some((x) => x !== undefined) ? tw : undefined,
    sdTw: c.sdTw,
    persen: c.persen,
    sisa: c.sisa,
  };
}

/** The trimmed text of a cell, undefined when blank: isBlank then cellText().trim(), trimming once. */
function textOf(cell: Cell | undefined): string | undefined {
  if (!cell) return undefined;
  if (cell.t === 's') {
    const t = cell.v.trim();
    return t === '' ? undefined : t;
  }
  return cellText(cell).trim();
}

/** Anything in these columns of the row? */
function anyIn(cells: Array<Cell | undefined> | undefined, cols: number[]): boolean {
  if (!cells) return false;
  for (let i = 0; i < cols.length; i++) if (!isBlank(cells[cols[i]])) return true;
  return false;
}

/** No children / no TW columns: one shared array, replaced (never pushed to) when a row has some. */
const NONE: never[] = Object.freeze([]) as never[];

/**
 * A row of the tree, its level settled later by inferLevels. Every field is
 * present from the start (undefined until read): all rows share one shape,
 * and a literal lets V8 allocate these long-lived objects in the old
 * generation directly instead of copying them through the young one.
 * Undefined fields serialise as absent ones, in DpaRow's order.
 */
function treeRow(index: number, row: number, code: CodeParse, codeText: string, uraian: string): DpaRow {
  return {
    index,
    row,
    level: 'program',
    levelSource: 'code',
    code,
    codeText,
    uraian,
    children: NONE,
    tw: NONE,
    pagu: undefined,
    paguMurni: undefined,
    realisasi: undefined,
    sdTw: undefined,
    persen: undefined,
    sisa: undefined,
    indikator: undefined,
    satuan: undefined,
    target: undefined,
    realisasiKinerja: undefined,
    capaian: undefined,
    parent: undefined,
  };
}

/** Reads the code of a row; the code as written is left in `text`. */
class CodeReader {
  text = '';

  constructor(
    private readonly sheet: SheetGrid,
    private readonly rd: TableReader,
    private readonly cols: DpaColumns,
  ) {}

  read(r: number, hint?: { bidang?: string }): CodeParse {
    if (this.cols.split.length) {
      const cells = SPLIT_FIELDS.map((f) => this.rd.cell(r, f));
      this.text = cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim()).join('.');
      return this.text ? parseSplitCode(cells, hint) : { kind: 'none' };
    }
    const row = this.sheet.rows[r];
    const cell = row === undefined || this.cols.kode === undefined ? undefined : row[this.cols.kode];
    const t = textOf(cell);
    if (t === undefined) {
      this.text = '';
      return { kind: 'none' };
    }
    this.text = t;
    return parseCode(cell, hint);
  }
}

export function buildDpa(sheet: SheetGrid, merges: MergeIndex, table: TableLayout, findings: Finding[]): DpaSheetModel {
  const rd = new TableReader(sheet, merges, table, findings);
  const cols = dpaColumns(table);
  const codes = new CodeReader(sheet, rd, cols);
  const continuation = new Map<number, number>(); // indicator-only row → index of its owner
  const rows = treeRows(sheet, rd, cols, codes, table, continuation);

  // Ambiguous number codes (1.1 = "1.10" or "1.01"?) are read again with the sheet's main bidang.
  const mainBidang = mainBidangOf(rows);
  if (mainBidang) {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (row.code.kind === 'ambiguous') row.code = codes.read(row.row, { bidang: mainBidang });
    }
  }

  inferLevels(rows, rd);
  const top = linkRows(rows, rd, cols);

  // Indicator lines fill the indicator of the row above when it has none.
  for (const [r, owner] of continuation) {
    const row = rows[owner];
    if (row && row.indikator === undefined) readIndicator(rd, row, r, true);
  }

  const model: DpaSheetModel = { sheet: sheet.name, rows, columns: table.columns };
  if (mainBidang) model.mainBidang = mainBidang;
  if (table.totalRow !== undefined) model.total = totalRow(rd, cols, table.totalRow, rows, top);
  return model;
}

/** The rows of the tree in sheet order (levels not settled yet); indicator-only lines go to `continuation`. */
function treeRows(
  sheet: SheetGrid,
  rd: TableReader,
  cols: DpaColumns,
  codes: CodeReader,
  table: TableLayout,
  continuation: Map<number, number>,
): DpaRow[] {
  const skip = table.skipRows?.length ? new Set(table.skipRows) : undefined;
  const rows: DpaRow[] = [];
  for (let r = table.dataStart; r <= table.dataEnd; r++) {
    if (skip !== undefined && skip.has(r)) continue;
    const cells = sheet.rows[r];
    const rawUraian = cells === undefined || cols.uraian === undefined ? undefined : cells[cols.uraian];
    let uraian = textOf(rawUraian) ?? '';
    let code = codes.read(r);
    let text = codes.text;
    if (!uraian) {
      // A heading merged across the row ("A. URUSAN WAJIB ..."), anchored in the code or No column.
      const heading = rd.spanningText(r, 'uraian');
      if (heading) {
        uraian = heading;
        if (code.kind !== 'code' && code.kind !== 'rekening') {
          code = { kind: 'none' };
          text = '';
        }
      }
    }
    if (code.kind === 'none') {
      // "1.06.01 Program ..." in the uraian cell: the code leads the text.
      const m = LEADING_CODE.exec(uraian);
      if (m) {
        const p = parseCodeText(m[1]);
        if (p.kind === 'code' || p.kind === 'rekening') {
          code = p;
          text = m[1].replace(WHITESPACE, '');
          uraian = m[2].trim();
        }
      }
    }
    if (code.kind === 'code' && code.code.level === 'urusan' && REKENING_AKUN.test(code.code.canonical) && inferLevelFromText(uraian) === 'rekening') {
      // "5 BELANJA DAERAH" heading the rekening of a SIPD export: the akun, not urusan 5.
      code = { kind: 'rekening', text, canonical: code.code.canonical };
    }
    if (code.kind === 'none') {
      // Only a row without a code may be skipped or be an indicator line.
      const hasValues = anyIn(cells, cols.values);
      if (!uraian && !hasValues && !anyIn(cells, cols.indicators)) continue;
      // An indicator line under its row: no code, no uraian (or a "- indikator" bullet), no amounts.
      if (rows.length && !hasValues && (!uraian || BULLET.test(uraian))) {
        continuation.set(r, rows.length - 1);
        continue;
      }
    }
    rows.push(treeRow(rows.length, r, code, text, mayBeBullet(uraian) ? uraian.replace(BULLET, '') : uraian));
  }
  return rows;
}

/** What the total row needs of the tree: its top-level rows and the highest level in it. */
interface TreeTop {
  children: number[];
  level: RowLevel;
}

/**
 * Amounts and indicators of every row, in row order (their findings keep
 * that order), and each row's parent: by code when the parent code is in the
 * table, else the nearest row of a higher level above.
 */
function linkRows(rows: DpaRow[], rd: TableReader, cols: DpaColumns): TreeTop {
  const byCode = new Map<string, number>();
  const stack: number[] = [];
  const ranks = new Int8Array(rows.length);
  const top: TreeTop = { children: [], level: rows.length ? rows[0].level : 'program' };
  let topRank = RANK[top.level];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    const level = row.level;
    const rank = RANK[level];
    ranks[index] = rank;
    if (rank < topRank) {
      topRank = rank;
      top.level = level;
    }
    readAmounts(rd, cols, row, row.row);
    if (cols.indicators.length) readIndicator(rd, row, row.row, false);
    while (stack.length) {
      const t = stack[stack.length - 1];
      if (ranks[t] < rank) break;
      if (level === 'rekening' && rows[t].level === 'rekening' && isRekeningChild(row, rows[t])) break;
      stack.pop();
    }
    const stackParent = stack.length ? stack[stack.length - 1] : undefined;
    let parent: number | undefined = stackParent;
    let orphan = false;
    const code = row.code;
    if (code.kind === 'code') {
      const pc = parentCode(code.code);
      const found = pc !== undefined ? byCode.get(pc) : undefined;
      if (found !== undefined) parent = found;
      else if (pc !== undefined) {
        const candidate = stackParent !== undefined ? rows[stackParent] : undefined;
        const uncoded = candidate !== undefined && candidate.code.kind !== 'code';
        if (level === 'kegiatan' || level === 'subkegiatan') {
          // A missing kegiatan/program: the row stands alone (validate names the missing parent)
          // rather than inflating a sibling's sums.
          if (!(uncoded && ranks[stackParent!] === rank - 1)) {
            parent = undefined;
            orphan = true;
          }
        } else {
          parent = ancestorByCode(code.code.canonical, byCode) ?? (uncoded ? stackParent : undefined);
        }
      }
      if (!byCode.has(code.code.canonical)) byCode.set(code.code.canonical, index);
    }
    if (parent !== undefined) {
      row.parent = parent;
      const siblings = rows[parent].children;
      // The builder owns the arrays it made; the model hands them out read-only.
      if (siblings === NONE) rows[parent].children = [index];
      else (siblings as number[]).push(index);
    } else if (!orphan) {
      top.children.push(index);
    }
    stack.push(index);
  }
  return top;
}

function isRekeningChild(row: DpaRow, top: DpaRow): boolean {
  if (row.code.kind !== 'rekening' || top.code.kind !== 'rekening') return false;
  // canonical starts with top's canonical and a dot, without building that prefix.
  const c = row.code.canonical;
  const t = top.code.canonical;
  return c.length > t.length && c.charCodeAt(t.length) === 0x2e && c.startsWith(t);
}

function ancestorByCode(canonical: string, byCode: Map<string, number>): number | undefined {
  let c = canonical;
  for (let i = c.lastIndexOf('.'); i > 0; i = c.lastIndexOf('.')) {
    c = c.slice(0, i);
    const hit = byCode.get(c);
    if (hit !== undefined) return hit;
  }
  return undefined;
}

/** Levels of rows without a readable code: row text, then No numbering, indentation, UPPER CASE, position. */
function inferLevels(rows: DpaRow[], rd: TableReader): void {
  const indents = new Set<number>();
  let dottedNumbers = false;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i];
    const level = levelOfCode(p.code);
    if (level) {
      p.level = level;
      p.levelSource = 'code';
      continue;
    }
    p.levelSource = 'inferred';
    indents.add(indentOf(rd.cell(p.row, 'uraian')));
    const no = rd.text(p.row, 'no', false);
    if (no && no.includes('.') && NUMBERING.test(no) && no.replace(TRAILING_DOT, '').includes('.')) dottedNumbers = true;
  }
  const indentRank = [...indents].sort((a, b) => a - b);
  let last: RowLevel | undefined;
  for (let i = 0; i < rows.length; i++) {
    const p = rows[i];
    if (p.levelSource === 'code') {
      last = p.level;
      continue;
    }
    let level = inferLevelFromText(p.uraian);
    if (!level && dottedNumbers) {
      const m = NUMBERING.exec(rd.text(p.row, 'no', false) ?? '');
      if (m) level = BY_RANK[Math.min(RANK.program + m[1].split('.').length - 1, RANK.rekening)];
    }
    if (!level && indentRank.length >= 2) {
      level = BY_RANK[Math.min(RANK.program + indentRank.indexOf(indentOf(rd.cell(p.row, 'uraian'))), RANK.rekening)];
    }
    if (!level && UPPER_WORDS.test(p.uraian)) level = 'program';
    if (!level) {
      // Nothing in the row says: a sibling of the row above, or the child of a program.
      level = !last || last === 'program' || last === 'urusan' || last === 'bidang' ? (last ? 'kegiatan' : 'program') : last;
    }
    p.level = level;
    last = level;
  }
}

/** A "- indikator" bullet can only start with a space or one of the bullet marks. */
function mayBeBullet(text: string): boolean {
  const ch = text.charCodeAt(0);
  // Letters and digits (nearly every uraian) cannot start a bullet.
  return !((ch >= 0x30 && ch <= 0x39) || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a));
}

/** Pagu, realisasi, TW, s.d. TW, % and sisa of a tree row or of the total row. */
function readAmounts(rd: TableReader, cols: DpaColumns, row: DpaRow, r: number): void {
  if (cols.pagu !== undefined) {
    const pagu = rd.numberAt(r, cols.pagu, 'pagu', MONEY);
    if (pagu) row.pagu = pagu;
  }
  if (cols.paguMurni !== undefined) {
    const murni = rd.numberAt(r, cols.paguMurni, 'paguMurni', MONEY);
    if (murni) row.paguMurni = murni;
  }
  if (cols.realisasi !== undefined) {
    const realisasi = rd.numberAt(r, cols.realisasi, 'realisasi', MONEY);
    if (realisasi) row.realisasi = realisasi;
  }
  const tw = cols.tw;
  if (tw !== undefined) {
    row.tw = [
      tw[0] === undefined ? undefined : rd.numberAt(r, tw[0], 'tw1', MONEY),
      tw[1] === undefined ? undefined : rd.numberAt(r, tw[1], 'tw2', MONEY),
      tw[2] === undefined ? undefined : rd.numberAt(r, tw[2], 'tw3', MONEY),
      tw[3] === undefined ? undefined : rd.numberAt(r, tw[3], 'tw4', MONEY),
    ];
  }
  if (cols.sdTw !== undefined) {
    const sd = rd.numberAt(r, cols.sdTw, 'sdTw', MONEY);
    if (sd) row.sdTw = sd;
  }
  if (cols.persen !== undefined) {
    const persen = rd.numberAt(r, cols.persen, 'persen', PERCENT);
    if (persen) row.persen = persen;
  }
  if (cols.sisa !== undefined) {
    const sisa = rd.numberAt(r, cols.sisa, 'sisa', MONEY);
    if (sisa) row.sisa = sisa;
  }
}

function readIndicator(rd: TableReader, row: DpaRow, r: number, continuation: boolean): void {
  let indikator = rd.text(r, 'indikator', false);
  if (!indikator && continuation) {
    const u = rd.text(r, 'uraian', false);
    if (u) indikator = u.replace(BULLET, '');
  }
  if (indikator) row.indikator = indikator;
  const satuan = rd.text(r, 'satuan');
  if (satuan) row.satuan = satuan;
  const ctx: NumberContext = { column: 'measure', satuan };
  const target = rd.value(r, 'target', ctx);
  if (target) row.target = target;
  const real = rd.value(r, 'realisasiKinerja', ctx);
  if (real) row.realisasiKinerja = real;
  const capaian = rd.number(r, 'capaian', PERCENT);
  if (capaian) row.capaian = capaian;
}

function totalRow(rd: TableReader, cols: DpaColumns, r: number, rows: DpaRow[], top: TreeTop): DpaRow {
  const total: DpaRow = {
    index: -1,
    row: r,
    level: top.level,
    levelSource: 'inferred',
    code: { kind: 'none' },
    codeText: '',
    uraian: rd.text(r, 'uraian', false) ?? 'Jumlah',
    children: top.children,
    tw: [],
  };
  readAmounts(rd, cols, total, r);
  return total;
}
