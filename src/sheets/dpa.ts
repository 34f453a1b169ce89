/**
 * The DPA tree of one table: rows with their level (from codes, else
 * inferred from the row text), parent/children, and the values read.
 */
import { inferLevelFromText, parentCode, parseCode, parseCodeText, parseSplitCode } from '../core/codes';
import type { CodeParse } from '../core/codes';
import type { Finding } from '../core/findings/types';
import type { DpaRow, DpaSheetModel, RowLevel } from '../core/model/types';
import type { NumberContext } from '../core/values';
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

interface Pending {
  row: number;
  code: CodeParse;
  codeText: string;
  uraian: string;
  rawUraian: Cell | undefined;
  level?: RowLevel;
  levelSource?: 'code' | 'inferred';
}

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
function mainBidangOf(pending: Pending[]): string | undefined {
  // Counted per urusan, then bidang: no key string built per row.
  const byUrusan = new Map<string, Map<string, BidangCount>>();
  const seen: BidangCount[] = [];
  for (const { code: c } of pending) {
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

export function buildDpa(sheet: SheetGrid, merges: MergeIndex, table: TableLayout, findings: Finding[]): DpaSheetModel {
  const rd = new TableReader(sheet, merges, table, findings);
  const cols = dpaColumns(table);
  const skip = table.skipRows?.length ? new Set(table.skipRows) : undefined;
  const split = cols.split;
  const pending: Pending[] = [];
  const continuation = new Map<number, number>(); // indicator-only row → index in pending of its owner
  let text = '';

  /** The row's code; its text is left in `text`. */
  const readCode = (r: number, hint?: { bidang?: string }): CodeParse => {
    const row = sheet.rows[r];
    if (split.length) {
      const cells = SPLIT_FIELDS.map((f) => rd.cell(r, f));
      text = cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim()).join('.');
      return text ? parseSplitCode(cells, hint) : { kind: 'none' };
    }
    const cell = row === undefined || cols.kode === undefined ? undefined : row[cols.kode];
    const t = textOf(cell);
    if (t === undefined) {
      text = '';
      return { kind: 'none' };
    }
    text = t;
    return parseCode(cell, hint);
  };

  for (let r = table.dataStart; r <= table.dataEnd; r++) {
    if (skip !== undefined && skip.has(r)) continue;
    const cells = sheet.rows[r];
    const rawUraian = cells === undefined || cols.uraian === undefined ? undefined : cells[cols.uraian];
    let uraian = textOf(rawUraian) ?? '';
    let code = readCode(r);
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
      if (pending.length && !hasValues && (!uraian || BULLET.test(uraian))) {
        continuation.set(r, pending.length - 1);
        continue;
      }
    }
    pending.push({ row: r, code, codeText: text, uraian: mayBeBullet(uraian) ? uraian.replace(BULLET, '') : uraian, rawUraian });
  }

  // Ambiguous number codes (1.1 = "1.10" or "1.01"?) are read again with the sheet's main bidang.
  const mainBidang = mainBidangOf(pending);
  if (mainBidang) {
    for (const p of pending) if (p.code.kind === 'ambiguous') p.code = readCode(p.row, { bidang: mainBidang });
  }

  inferLevels(pending, rd);

  const rows: DpaRow[] = [];
  const byCode = new Map<string, number>();
  const stack: number[] = [];
  const orphans = new Set<number>();
  for (const p of pending) {
    const index = rows.length;
    const level = p.level!;
    const row: DpaRow = {
      index,
      row: p.row,
      level,
      levelSource: p.levelSource!,
      code: p.code,
      codeText: p.codeText,
      uraian: p.uraian,
      children: [],
      tw: [],
    };
    readAmounts(rd, cols, row, p.row);
    if (cols.indicators.length) readIndicator(rd, row, p.row, false);
    // Parent: by code when the parent code is in the table, else the nearest row of a higher level above.
    const rank = RANK[level];
    while (stack.length) {
      const top = rows[stack[stack.length - 1]];
      if (RANK[top.level] < rank) break;
      if (level === 'rekening' && top.level === 'rekening' && isRekeningChild(row, top)) break;
      stack.pop();
    }
    const stackParent = stack.length ? stack[stack.length - 1] : undefined;
    let parent: number | undefined = stackParent;
    if (p.code.kind === 'code') {
      const pc = parentCode(p.code.code);
      const found = pc !== undefined ? byCode.get(pc) : undefined;
      if (found !== undefined) parent = found;
      else if (pc !== undefined) {
        const candidate = stackParent !== undefined ? rows[stackParent] : undefined;
        const uncoded = candidate && candidate.code.kind !== 'code';
        if (level === 'kegiatan' || level === 'subkegiatan') {
          // A missing kegiatan/program: the row stands alone (validate names the missing parent)
          // rather than inflating a sibling's sums.
          if (!(uncoded && RANK[candidate!.level] === rank - 1)) {
            parent = undefined;
            orphans.add(index);
          }
        } else {
          parent = ancestorByCode(p.code.code.canonical, byCode) ?? (uncoded ? stackParent : undefined);
        }
      }
      if (!byCode.has(p.code.code.canonical)) byCode.set(p.code.code.canonical, index);
    }
    if (parent !== undefined) {
      row.parent = parent;
      rows[parent].children.push(index);
    }
    rows.push(row);
    stack.push(index);
  }

  // Indicator lines fill the indicator of the row above when it has none.
  for (const [r, owner] of continuation) {
    const row = rows[owner];
    if (row && row.indikator === undefined) readIndicator(rd, row, r, true);
  }

  const model: DpaSheetModel = { sheet: sheet.name, rows, columns: table.columns };
  if (mainBidang) model.mainBidang = mainBidang;
  if (table.totalRow !== undefined) model.total = totalRow(rd, table.totalRow, rows, orphans);
  return model;
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
function inferLevels(pending: Pending[], rd: TableReader): void {
  const indents = new Set<number>();
  let dottedNumbers = false;
  for (const p of pending) {
    const level = levelOfCode(p.code);
    if (level) {
      p.level = level;
      p.levelSource = 'code';
      continue;
    }
    indents.add(indentOf(p.rawUraian));
    const no = rd.text(p.row, 'no', false);
    if (no && no.includes('.') && NUMBERING.test(no) && no.replace(TRAILING_DOT, '').includes('.')) dottedNumbers = true;
  }
  const indentRank = [...indents].sort((a, b) => a - b);
  let last: RowLevel | undefined;
  for (const p of pending) {
    if (p.level) {
      last = p.level;
      continue;
    }
    p.levelSource = 'inferred';
    let level = inferLevelFromText(p.uraian);
    if (!level && dottedNumbers) {
      const m = NUMBERING.exec(rd.text(p.row, 'no', false) ?? '');
      if (m) level = BY_RANK[Math.min(RANK.program + m[1].split('.').length - 1, RANK.rekening)];
    }
    if (!level && indentRank.length >= 2) {
      level = BY_RANK[Math.min(RANK.program + indentRank.indexOf(indentOf(p.rawUraian)), RANK.rekening)];
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

function totalRow(rd: TableReader, r: number, rows: DpaRow[], orphans: Set<number>): DpaRow {
  const total: DpaRow = {
    index: -1,
    row: r,
    level: rows.length ? rows.reduce((m, x) => (RANK[x.level] < RANK[m] ? x.level : m), rows[0].level) : 'program',
    levelSource: 'inferred',
    code: { kind: 'none' },
    codeText: '',
    uraian: rd.text(r, 'uraian', false) ?? 'Jumlah',
    children: rows.filter((x) => x.parent === undefined && !orphans.has(x.index)).map((x) => x.index),
    tw: [],
  };
  readAmounts(rd, dpaColumns(rd.table), total, r);
  return total;
}
