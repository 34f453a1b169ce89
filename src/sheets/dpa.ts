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

function mainBidangOf(codes: CodeParse[]): string | undefined {
  const count = new Map<string, number>();
  for (const c of codes) {
    if (c.kind !== 'code' || !c.code.bidang || c.code.bidang.toUpperCase() === 'XX' || c.code.urusan.toUpperCase() === 'X') continue;
    const k = `${c.code.urusan}.${c.code.bidang}`;
    count.set(k, (count.get(k) ?? 0) + 1);
  }
  let best: string | undefined;
  let n = 0;
  for (const [k, v] of count) if (v > n) [best, n] = [k, v];
  return best;
}

export function buildDpa(sheet: SheetGrid, merges: MergeIndex, table: TableLayout, findings: Finding[]): DpaSheetModel {
  const rd = new TableReader(sheet, merges, table, findings);
  const skip = new Set(table.skipRows ?? []);
  const split = SPLIT_FIELDS.filter((f) => rd.has(f));
  const pending: Pending[] = [];
  const continuation = new Map<number, number>(); // indicator-only row → index in pending of its owner

  const readCode = (r: number, hint?: { bidang?: string }): { code: CodeParse; text: string } => {
    if (split.length) {
      const cells = SPLIT_FIELDS.map((f) => rd.cell(r, f));
      const text = cells.filter((c) => !isBlank(c)).map((c) => cellText(c).trim()).join('.');
      return { code: text ? parseSplitCode(cells, hint) : { kind: 'none' }, text };
    }
    const cell = rd.cell(r, 'kode');
    if (isBlank(cell)) return { code: { kind: 'none' }, text: '' };
    return { code: parseCode(cell, hint), text: cellText(cell).trim() };
  };

  for (let r = table.dataStart; r <= table.dataEnd; r++) {
    if (skip.has(r)) continue;
    const rawUraian = rd.cell(r, 'uraian');
    let uraian = rd.text(r, 'uraian', false) ?? '';
    let { code, text } = readCode(r);
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
    const hasValues = rd.rowHasAny(r, VALUE_FIELDS);
    const hasIndicator = rd.rowHasAny(r, INDICATOR_FIELDS);
    if (!uraian && code.kind === 'none' && !hasValues && !hasIndicator) continue;
    // An indicator line under its row: no code, no uraian (or a "- indikator" bullet), no amounts.
    if (pending.length && code.kind === 'none' && !hasValues && (!uraian || BULLET.test(uraian))) {
      continuation.set(r, pending.length - 1);
      continue;
    }
    pending.push({ row: r, code, codeText: text, uraian: uraian.replace(BULLET, ''), rawUraian });
  }

  // Ambiguous number codes (1.1 = "1.10" or "1.01"?) are read again with the sheet's main bidang.
  const mainBidang = mainBidangOf(pending.map((p) => p.code));
  if (mainBidang) {
    for (const p of pending) if (p.code.kind === 'ambiguous') p.code = readCode(p.row, { bidang: mainBidang }).code;
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
    readValues(rd, row, p.row);
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
  return row.code.canonical.startsWith(`${top.code.canonical}.`);
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

function readValues(rd: TableReader, row: DpaRow, r: number): void {
  readAmounts(rd, row, r);
  readIndicator(rd, row, r, false);
}

/** Pagu, realisasi, TW, s.d. TW, % and sisa of a tree row or of the total row. */
function readAmounts(rd: TableReader, row: DpaRow, r: number): void {
  const pagu = rd.number(r, 'pagu', MONEY);
  if (pagu) row.pagu = pagu;
  const murni = rd.number(r, 'paguMurni', MONEY);
  if (murni) row.paguMurni = murni;
  const realisasi = rd.number(r, 'realisasi', MONEY);
  if (realisasi) row.realisasi = realisasi;
  const tws: Field[] = ['tw1', 'tw2', 'tw3', 'tw4'];
  if (tws.some((f) => rd.has(f))) row.tw = tws.map((f) => rd.number(r, f, MONEY));
  const sd = rd.number(r, 'sdTw', MONEY);
  if (sd) row.sdTw = sd;
  const persen = rd.number(r, 'persen', PERCENT);
  if (persen) row.persen = persen;
  const sisa = rd.number(r, 'sisa', MONEY);
  if (sisa) row.sisa = sisa;
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
  readAmounts(rd, total, r);
  return total;
}
