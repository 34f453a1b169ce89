/**
 * detectLayouts: for every sheet, its role and tables (header rows, data
 * range, total row, which column is which). Recognition is by header
 * content; the sheet name is only a hint for borderline cases.
 */
import { columnIndex, columnLetters } from '../grid/address';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { findBounds } from './bounds';
import { readHeaderColumns, resolveColumns, type HeaderColumns, type ResolvedColumns } from './columns';
import { detectCodeColumn, detectTreeSource } from './code-columns';
import { bestHeaderRow, firstHeaderRow, headerBlockAround, headerScore } from './header-block';
import { MergeIndex } from './merges';
import { settleSpans } from './spans';
import { norm } from './text';
import type { ColumnMap, Field, LayoutOverrides, SheetLayout, SheetRole, TableLayout } from './types';

/** Rows searched for the first header, and after a table for the next one. */
const HEADER_WINDOW = 40;

const PK_NAME = /\b(?:pk|perjanjian kinerja|penetapan kinerja|tapkin|iku|capaian kinerja|pengukuran kinerja|kinerja)\b/;
const DPA_NAME = /\b(?:dpa|dppa|realisasi|anggaran|monev|rka|belanja|keuangan|pagu|pengukuran sasaran|pps)\b/;

export type NameHint = 'pk' | 'dpa' | undefined;

export function nameHint(name: string): NameHint {
  const n = norm(name);
  if (PK_NAME.test(n)) return 'pk';
  if (DPA_NAME.test(n)) return 'dpa';
  return undefined;
}

const TREE_FIELDS: Field[] = ['kode', 'kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub', 'uraian'];
const SPENDING_FIELDS: Field[] = ['realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'sisa', 'persen'];
const KINERJA_FIELDS: Field[] = ['sasaran', 'target', 'realisasiKinerja', 'capaian'];

const KIND_FIELDS: Record<TableLayout['kind'], Set<Field>> = {
  'pk-indikator': new Set<Field>(['no', 'sasaran', 'indikator', 'satuan', 'target', 'realisasiKinerja', 'capaian', 'polaritas', 'predikat', 'realisasiLalu', 'capaianLalu', 'targetRenstra', 'keterangan']),
  'pk-program': new Set<Field>(['no', 'kode', 'uraian', 'pagu', 'paguMurni', 'keterangan', 'sasaran']),
  dpa: new Set<Field>([
    'no', 'kode', 'kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub', 'uraian', 'pagu', 'paguMurni', 'realisasi',
    'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'persen', 'sisa', 'keterangan', 'indikator', 'satuan', 'target', 'realisasiKinerja', 'capaian', 'sasaran',
  ]),
};

function hasAny(cols: ColumnMap, fields: Field[]): boolean {
  return fields.some((f) => cols[f] !== undefined);
}

const PROGRAM_ONLY = /^(?:nama )?program(?: prioritas)?$/;

/** The leaf of a "GROUP / LEAF" header text. */
function leafOf(header: string | undefined): string {
  if (!header) return '';
  const i = header.lastIndexOf(' / ');
  return i >= 0 ? header.slice(i + 3) : header;
}

function tableKind(
  cols: ColumnMap,
  headers: Partial<Record<Field, string>>,
  hint: NameHint,
  previous: TableLayout[],
  forced: SheetRole | undefined,
): TableLayout['kind'] | undefined {
  const tree = hasAny(cols, TREE_FIELDS);
  const spending = hasAny(cols, SPENDING_FIELDS);
  const budget = cols.pagu !== undefined || cols.paguMurni !== undefined;
  const pkIndicator = cols.indikator !== undefined && hasAny(cols, KINERJA_FIELDS);
  if (tree && (spending || budget)) {
    if (forced === 'pk') return pkIndicator ? 'pk-indikator' : 'pk-program';
    if (forced === 'dpa') return 'dpa';
    // Sasaran | Indikator | Target | Program | Anggaran: a PK listing its programs beside the indicators.
    if (!spending && pkIndicator && cols.kode === undefined && PROGRAM_ONLY.test(norm(leafOf(headers.uraian)))) return 'pk-indikator';
    const programBlock =
      !spending &&
      cols.indikator === undefined &&
      (previous.some((t) => t.kind === 'pk-indikator') ||
        hint === 'pk' ||
        PROGRAM_ONLY.test(norm(leafOf(headers.uraian))));
    return programBlock ? 'pk-program' : 'dpa';
  }
  if (pkIndicator) return forced === 'dpa' ? 'dpa' : 'pk-indikator';
  if (forced && tree) return forced === 'pk' ? 'pk-program' : 'dpa';
  if (forced === 'pk' && cols.indikator !== undefined) return 'pk-indikator';
  return undefined;
}

/** Columns forced by the user: a column letter ("E") or a header text of this table. */
function applyColumnOverrides(
  resolved: ResolvedColumns,
  hc: HeaderColumns,
  kind: TableLayout['kind'],
  first: boolean,
  spec: Partial<Record<Field, string>> | undefined,
): boolean {
  if (!spec) return false;
  let changed = false;
  for (const [field, raw] of Object.entries(spec) as Array<[Field, string]>) {
    if (!raw) continue;
    if (!KIND_FIELDS[kind].has(field) && resolved.columns[field] === undefined && !first) continue;
    const col = overrideColumn(raw, hc);
    if (col === undefined) continue;
    for (const f of Object.keys(resolved.columns) as Field[]) {
      if (resolved.columns[f] === col) {
        delete resolved.columns[f];
        delete resolved.headers[f];
      }
    }
    resolved.columns[field] = col;
    resolved.headers[field] = hc.columns.find((h) => h.col === col)?.header ?? columnLetters(col);
    delete resolved.spans[field];
    changed = true;
  }
  return changed;
}

const LETTERS = /^[A-Z]{1,3}$/;

function overrideColumn(raw: string, hc: HeaderColumns): number | undefined {
  const text = raw.trim();
  const n = norm(text);
  const byHeader =
    hc.columns.find((h) => norm(h.leaf) === n || norm(h.header) === n) ??
    hc.columns.find((h) => n.length > 2 && norm(h.header).includes(n));
  if (byHeader) return byHeader.col;
  if (LETTERS.test(text)) return columnIndex(text);
  return undefined;
}

function labelColumns(cols: ColumnMap, minCol: number): number[] {
  const out = new Set<number>([minCol, minCol + 1]);
  for (const f of ['no', 'kode', 'kodeUrusan', 'uraian', 'sasaran'] as Field[]) {
    const c = cols[f];
    if (c !== undefined) out.add(c);
  }
  return [...out];
}

const TAHUN = /\b(?:tahun|th|ta)(?: anggaran)? (20\d\d)\b/;
const ANY_YEAR = /\b(20\d\d)\b/;

/** The year a table reports on, from the title rows above it ("... TAHUN 2021") or the sheet name ("PK 2021"). */
function reportYear(sheet: SheetGrid, from: number, headerStart: number): number | undefined {
  for (let r = from; r < headerStart; r++) {
    for (const cell of sheet.rows[r] ?? []) {
      if (cell?.t !== 's') continue;
      const m = TAHUN.exec(norm(cell.v));
      if (m) return Number(m[1]);
    }
  }
  const n = ANY_YEAR.exec(norm(sheet.name));
  return n ? Number(n[1]) : undefined;
}

const KIND_LABEL: Record<TableLayout['kind'], string> = {
  'pk-indikator': 'tabel indikator kinerja',
  'pk-program': 'tabel anggaran program PK',
  dpa: 'tabel anggaran program/kegiatan/sub kegiatan',
};

function describe(t: TableLayout): string {
  const heads = Object.values(t.headers).slice(0, 5).join(', ');
  return `${KIND_LABEL[t.kind]} di baris ${t.headerStart + 1} (${heads})`;
}

export function detectSheet(sheet: SheetGrid, overrides: LayoutOverrides | undefined, generated: boolean): SheetLayout {
  const forced: SheetRole | undefined =
    overrides?.pkSheet === sheet.name ? 'pk' : overrides?.dpaSheet === sheet.name ? 'dpa' : undefined;
  if (!forced && generated) {
    return { sheet: sheet.name, role: 'other', reason: 'Lembar laporan buatan LAKIP Helper', tables: [], overridden: false };
  }
  if (!forced && sheet.state === 'veryHidden') {
    return { sheet: sheet.name, role: 'other', reason: 'Lembar disembunyikan penuh (veryHidden)', tables: [], overridden: false };
  }
  const merges = MergeIndex.of(sheet);
  const hint = nameHint(sheet.name);
  const columnSpec = overrides?.columns?.[sheet.name];
  const tables: TableLayout[] = [];
  let overridden = forced !== undefined;
  let from = 0;
  let windowEnd = HEADER_WINDOW;
  while (from < sheet.rows.length && from < windowEnd) {
    const first = firstHeaderRow(sheet, from, windowEnd, 2);
    if (first === undefined) break;
    // A two-row header may score higher on its second row: the block covers both.
    const best = bestHeaderRow(sheet, first, first + 3, headerScore(sheet.rows[first])) ?? first;
    const block = headerBlockAround(sheet, best, merges, from);
    const hc = readHeaderColumns(sheet, block, merges);
    const resolved = resolveColumns(hc, reportYear(sheet, from, block.start));
    let kind = tableKind(resolved.columns, resolved.headers, hint, tables, forced);
    if (!kind) {
      from = block.end + 1;
      continue;
    }
    if (applyColumnOverrides(resolved, hc, kind, tables.length === 0, columnSpec)) {
      overridden = true;
      kind = tableKind(resolved.columns, resolved.headers, hint, tables, forced) ?? kind;
    }
    if (kind === 'pk-indikator' && resolved.columns.realisasiKinerja === undefined && resolved.columns.sdTw !== undefined) {
      // A PK's cumulative "s.d. TW IV" realisasi is its realisasi for the year.
      resolved.columns.realisasiKinerja = resolved.columns.sdTw;
      resolved.headers.realisasiKinerja = resolved.headers.sdTw;
      delete resolved.columns.sdTw;
      delete resolved.headers.sdTw;
    }
    const bounds = findBounds(sheet, block.start, block.end, hc.minCol, hc.maxCol, labelColumns(resolved.columns, hc.minCol));
    const table: TableLayout = {
      kind,
      headerStart: block.start,
      headerEnd: block.end,
      dataStart: bounds.dataStart,
      dataEnd: bounds.dataEnd,
      columns: resolved.columns,
      headers: resolved.headers,
    };
    if (bounds.numberingRow !== undefined) table.numberingRow = bounds.numberingRow;
    if (bounds.totalRow !== undefined) table.totalRow = bounds.totalRow;
    if (bounds.skipRows.length) table.skipRows = bounds.skipRows;
    settleSpans(sheet, table, resolved.spans);
    if (kind === 'dpa' || kind === 'pk-program') {
      if (table.columns.kode === undefined && !hasAny(table.columns, TREE_FIELDS.slice(1, 6))) {
        // The code column may have no header text at all: look left of the header too.
        const code = detectCodeColumn(sheet, table, 0, hc.maxCol);
        if (code !== undefined) {
          table.columns.kode = code;
          table.headers.kode = hc.columns.find((h) => h.col === code)?.header ?? columnLetters(code);
        }
      }
      if (kind === 'dpa') table.treeSource = detectTreeSource(sheet, table);
      if (kind === 'dpa' && !forced && isProgramBlock(sheet, table, tables)) table.kind = 'pk-program';
    }
    tables.push(table);
    const end = Math.max(table.totalRow ?? -1, table.dataEnd, table.headerEnd);
    from = end + 1;
    windowEnd = from + HEADER_WINDOW;
  }
  const role: SheetRole = forced ?? (tables.some((t) => t.kind !== 'dpa') ? 'pk' : tables.length ? 'dpa' : 'other');
  let reason: string;
  if (tables.length === 0) {
    reason = forced
      ? `Ditetapkan sebagai ${forced.toUpperCase()} oleh pengguna, tetapi baris judul kolom tidak ditemukan`
      : 'Tidak ada baris judul kolom PK (Sasaran/Indikator/Target) atau DPA (Kode/Uraian/Pagu) yang dikenali';
  } else {
    reason = (forced ? `Ditetapkan sebagai ${forced.toUpperCase()} oleh pengguna; ` : '') + tables.map(describe).join('; ');
  }
  return { sheet: sheet.name, role, reason, tables, overridden };
}

const APBD_WORD = /\b(?:apbd|papbd|p apbd|perubahan|murni|induk)\b/;

/** A budget list with Keterangan APBD / PAPBD rows is the PK program block, whatever the sheet is called. */
function isProgramBlock(sheet: SheetGrid, table: TableLayout, previous: TableLayout[]): boolean {
  const c = table.columns;
  if (hasAny(c, SPENDING_FIELDS) || c.indikator !== undefined) return false;
  if (previous.some((t) => t.kind === 'pk-indikator')) return true;
  if (c.keterangan === undefined) return false;
  const end = Math.min(table.dataEnd, table.dataStart + 30);
  for (let r = table.dataStart; r <= end; r++) {
    const cell = sheet.rows[r]?.[c.keterangan];
    if (cell && cell.t === 's' && APBD_WORD.test(norm(cell.v))) return true;
  }
  return false;
}

export function detectLayouts(wb: WorkbookGrid, overrides?: LayoutOverrides): SheetLayout[] {
  const generated = new Set(wb.generatedSheets);
  return wb.sheets.map((s) => detectSheet(s, overrides, generated.has(s.name)));
}
