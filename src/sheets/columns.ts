/**
 * Column mapping: each header column's leaf text (lowest header cell) and
 * group text (the merged cell above it) → a field, then table-wide rules
 * settle what a column alone cannot: years, murni vs perubahan, and which
 * "Realisasi" / "Capaian" is kinerja and which is anggaran.
 */
import type { SheetGrid } from '../grid/types';
import type { HeaderBlock } from './header-block';
import { classifyColumn, type Classified, type Guess } from './headers';
import type { MergeIndex } from './merges';
import { cellText, isBlank, norm } from './text';
import type { ColumnMap, Field } from './types';

export interface HeaderColumn {
  col: number;
  leaf: string;
  group?: string;
  /** Display text: "GROUP / LEAF" or the leaf. */
  header: string;
  /** Identity of the leaf header cell: columns under one merged leaf share it. */
  leafKey: number;
  guess?: Classified;
}

export interface HeaderColumns {
  columns: HeaderColumn[];
  minCol: number;
  maxCol: number;
}

interface Slot {
  key: number;
  text: string;
}

/** Reads the header texts of every column of the block, propagating merges and typed-once group headers. */
export function readHeaderColumns(sheet: SheetGrid, block: HeaderBlock, merges: MergeIndex): HeaderColumns {
  let width = 0;
  for (let r = block.start; r <= block.end; r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const slots: Slot[][] = [];
  for (let r = block.start; r <= block.end; r++) {
    const row: Slot[] = [];
    let carry: Slot | undefined;
    for (let c = 0; c < width; c++) {
      const m = merges.at(r, c);
      let slot: Slot | undefined;
      if (m) {
        const text = cellText(sheet.rows[m.r0]?.[m.c0]).trim();
        if (text) slot = { key: m.r0 * 100000 + m.c0, text };
      } else {
        const cell = sheet.rows[r]?.[c];
        if (!isBlank(cell)) slot = { key: r * 100000 + c, text: cellText(cell).trim() };
      }
      const below = r < block.end && !isBlank(sheet.rows[r + 1]?.[c]);
      if (slot) {
        // A typed-once group header (no merge) carries right over the sub-headers below it.
        carry = !m && below ? slot : undefined;
      } else if (carry && below) {
        slot = carry;
      } else {
        carry = undefined;
      }
      row.push(slot ?? { key: -1, text: '' });
    }
    slots.push(row);
  }
  const columns: HeaderColumn[] = [];
  let minCol = Number.MAX_SAFE_INTEGER;
  let maxCol = -1;
  for (let c = 0; c < width; c++) {
    const path: Slot[] = [];
    for (const row of slots) {
      const s = row[c];
      if (s.text && (path.length === 0 || path[path.length - 1].key !== s.key)) path.push(s);
    }
    if (path.length === 0) continue;
    minCol = Math.min(minCol, c);
    maxCol = Math.max(maxCol, c);
    const leaf = path[path.length - 1].text;
    const group = path.length > 1 ? path[path.length - 2].text : undefined;
    columns.push({
      col: c,
      leaf,
      leafKey: path[path.length - 1].key,
      group,
      header: group ? `${group} / ${leaf}` : leaf,
      guess: classifyColumn(leaf, group),
    });
  }
  return { columns, minCol: maxCol < 0 ? 0 : minCol, maxCol: Math.max(maxCol, 0) };
}

export interface ResolvedColumns {
  columns: ColumnMap;
  headers: Partial<Record<Field, string>>;
  /** Fields whose header cell is merged over several columns: all those columns, left to right. */
  spans: Partial<Record<Field, number[]>>;
}

const KINERJA_SIDE = new Set<Guess>(['target', 'satuan', 'indikator', 'realisasiKinerja', 'targetRenstra', 'capaian', 'sasaran']);
const MONEY_SIDE = new Set<Guess>(['pagu', 'paguMurni', 'realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'persen', 'sisa']);
const TW_FIELDS = new Set<Guess>(['tw1', 'tw2', 'tw3', 'tw4', 'sdTw']);
const SPLIT_ORDER: Field[] = ['kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub'];
/** "Kode Program", "Kode Kegiatan"... as separate columns: the level word after "kode". */
const KODE_LEVEL: Record<string, Field> = {
  'kode urusan': 'kodeUrusan',
  'kode bidang': 'kodeBidang',
  'kode bidang urusan': 'kodeBidang',
  'kode program': 'kodeProgram',
  'kode kegiatan': 'kodeKegiatan',
  'kode sub kegiatan': 'kodeSub',
  'kode subkegiatan': 'kodeSub',
  'kode sub': 'kodeSub',
};
const SPLIT_LEAF: Record<string, Field> = {
  program: 'kodeProgram',
  kegiatan: 'kodeKegiatan',
  'sub kegiatan': 'kodeSub',
  subkegiatan: 'kodeSub',
  sub: 'kodeSub',
};

/** Table-wide rules turning per-column guesses into one column per field. */
export function resolveColumns(hc: HeaderColumns, reportYear?: number): ResolvedColumns {
  const cols = hc.columns.map((h) => ({ ...h, field: h.guess?.field as Guess | undefined }));

  // Split codes typed without a "Kode" group: Urusan | Bidang | Program | Kegiatan | Sub next to each other.
  const splitStart = cols.findIndex((c) => c.field === 'kodeUrusan' || c.field === 'kodeBidang');
  if (splitStart >= 0) {
    for (let i = splitStart + 1; i < cols.length; i++) {
      const f = SPLIT_LEAF[norm(cols[i].leaf)];
      if (cols[i].field === 'kodeBidang') continue;
      if (!f || cols[i].col !== cols[i - 1].col + 1) break;
      cols[i].field = f;
    }
  }

  // "Kode Program | Kode Kegiatan | Kode Sub Kegiatan" side by side: one code per level column.
  const perLevel = cols.filter((c) => c.field === 'kode' && KODE_LEVEL[norm(c.leaf)]);
  if (new Set(perLevel.map((c) => KODE_LEVEL[norm(c.leaf)])).size >= 2) {
    for (const c of perLevel) c.field = KODE_LEVEL[norm(c.leaf)];
  }
  // One "KODE" cell merged over five columns without sub-headers: Urusan | Bidang | Program | Kegiatan | Sub.
  const kodeCols = cols.filter((c) => c.field === 'kode');
  if (kodeCols.length === 5 && kodeCols.every((c) => c.leafKey === kodeCols[0].leafKey)) {
    kodeCols.forEach((c, i) => (c.field = SPLIT_ORDER[i]));
  }

  // Years: the lower year of two Realisasi / Capaian columns is last year's; of two Targets the higher is the Renstra's.
  // With one dated column next to an undated one, the report year (from the title) or else the date itself marks it.
  const family = (fields: Guess[]) => cols.filter((c) => c.field && fields.includes(c.field));
  const older = (group: typeof cols): typeof cols => {
    if (group.length < 2) return [];
    const dated = group.filter((c) => c.guess?.year !== undefined);
    if (dated.length === 0) return [];
    const years = dated.map((c) => c.guess!.year!);
    const current = reportYear ?? (dated.length === group.length ? Math.max(...years) : undefined);
    return current === undefined ? dated : dated.filter((c) => c.guess!.year! < current);
  };
  for (const c of older(family(['realisasiKinerja', 'realisasi?']))) c.field = 'realisasiLalu';
  for (const c of older(family(['capaian', 'persen?']))) c.field = 'capaianLalu';
  const targets = family(['target']);
  if (targets.length >= 2 && !cols.some((c) => c.field === 'targetRenstra')) {
    const dated = targets.filter((c) => c.guess?.year !== undefined);
    const years = dated.map((c) => c.guess!.year!);
    const current = reportYear ?? (years.length === targets.length ? Math.min(...years) : undefined);
    if (current !== undefined) for (const c of dated) if (c.guess!.year! > current) c.field = 'targetRenstra';
  }

  // Budget: a generic "Jumlah" only when nothing names the budget; with a perubahan column, that one is 'pagu' and the other the murni one.
  let budget = cols.filter((c) => c.field === 'pagu' || c.field === 'paguMurni');
  if (budget.some((c) => !c.guess?.weak)) {
    for (const c of budget) if (c.guess?.weak) c.field = undefined;
    budget = budget.filter((c) => !c.guess?.weak);
  }
  if (budget.length >= 2) {
    const perubahan = budget.find((c) => c.guess?.perubahan);
    const keep = perubahan ?? budget.find((c) => c.field === 'pagu' && !c.guess?.murni);
    if (keep) {
      let murniTaken = false;
      for (const c of budget) {
        if (c === keep) continue;
        c.field = murniTaken ? undefined : 'paguMurni';
        murniTaken = true;
      }
    }
  } else if (budget.length === 1) {
    budget[0].field = 'pagu';
  }

  // "Realisasi" / "Capaian" without a qualifier: the side of the table they sit on.
  const has = (set: Set<Guess>) => cols.some((c) => c.field && set.has(c.field));
  const budgetTable = cols.some((c) => c.field === 'pagu' || c.field === 'paguMurni' || c.field === 'realisasi' || c.field === 'sisa');
  // Quarter columns hold kinerja realisasi in a PK without any budget column.
  const moneySide = (f: Guess) => MONEY_SIDE.has(f) && (budgetTable || !TW_FIELDS.has(f));
  const kinerjaTable = has(KINERJA_SIDE);
  const moneyTable = cols.some((c) => c.field && moneySide(c.field));
  let side: 'kinerja' | 'money' | undefined;
  for (const c of cols) {
    if (c.field === 'realisasi?' || c.field === 'persen?') {
      let s = side;
      if (!moneyTable) s = 'kinerja';
      else if (!kinerjaTable) s = 'money';
      else if (!s) s = 'kinerja';
      c.field = c.field === 'realisasi?' ? (s === 'kinerja' ? 'realisasiKinerja' : 'realisasi') : s === 'kinerja' ? 'capaian' : 'persen';
    }
    if (c.field && KINERJA_SIDE.has(c.field)) side = 'kinerja';
    else if (c.field && moneySide(c.field)) side = 'money';
  }

  const columns: ColumnMap = {};
  const headers: Partial<Record<Field, string>> = {};
  const spans: Partial<Record<Field, number[]>> = {};
  for (const c of cols) {
    const f = c.field as Field | undefined;
    if (!f) continue;
    if (columns[f] === undefined) {
      columns[f] = c.col;
      headers[f] = c.header;
    } else if (cols.find((x) => x.col === columns[f])!.leafKey === c.leafKey) {
      (spans[f] ??= [columns[f]!]).push(c.col);
    }
  }
  return { columns, headers, spans };
}
