/**
 * buildModel: the domain model (PK indicators and programs, DPA trees) read
 * from the tables detectLayouts found, with findings for every value that
 * cannot be read with certainty.
 */
import type { Finding } from '../core/findings/types';
import type { DpaSheetModel, PkSheetModel, WorkbookModel } from '../core/model/types';
import { a1, columnLetters } from '../grid/address';
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { nameHint } from './detect';
import { buildDpa } from './dpa';
import { MergeIndex } from './merges';
import { buildIndicators, buildPrograms, SasaranNumbers } from './pk';
import type { SheetLayout, TableLayout } from './types';

export function buildModel(wb: WorkbookGrid, layouts: SheetLayout[]): { model: WorkbookModel; findings: Finding[] } {
  const findings: Finding[] = [];
  const model: WorkbookModel = { pk: [], dpa: [] };
  const sheets = new Map(wb.sheets.map((s) => [s.name, s]));
  const generated = new Set(wb.generatedSheets);
  for (const layout of layouts) {
    const sheet = sheets.get(layout.sheet);
    if (!sheet) continue;
    if (layout.tables.length === 0) {
      if (!generated.has(sheet.name) && (layout.role !== 'other' || nameHint(sheet.name))) findings.push(noTable(layout));
      continue;
    }
    const merges = MergeIndex.of(sheet);
    const dpas: DpaSheetModel[] = [];
    let pk: PkSheetModel | undefined;
    let sasaran = new SasaranNumbers();
    for (const table of layout.tables) {
      if (table.kind === 'dpa') {
        const dpa = buildDpa(sheet, merges, table, findings);
        model.dpa.push(dpa);
        dpas.push(dpa);
      } else if (table.kind === 'pk-indikator') {
        // Each indicator table is its own PK; a program block joins the PK above it.
        sasaran = new SasaranNumbers();
        pk = { sheet: sheet.name, indicators: buildIndicators(sheet, merges, table, findings, sasaran), programs: [], columns: table.columns };
        model.pk.push(pk);
        if (table.columns.uraian !== undefined && (table.columns.pagu !== undefined || table.columns.paguMurni !== undefined)) {
          // Programs listed beside the indicators, one per row.
          const { programs } = buildPrograms(sheet, merges, table, findings, sasaran);
          pk.programs = programs;
        }
      } else {
        if (!pk || pk.programs.length) {
          pk = { sheet: sheet.name, indicators: [], programs: [], columns: table.columns };
          model.pk.push(pk);
        }
        const { programs, total } = buildPrograms(sheet, merges, table, findings, sasaran);
        pk.programs = programs;
        if (total) pk.total = total;
      }
    }
    const inferred = inferredFinding(sheet.name, dpas);
    if (inferred) findings.push(inferred);
    const hidden = hiddenFinding(sheet, layout.tables);
    if (hidden) findings.push(hidden);
  }
  return { model, findings };
}

/** One info finding per sheet listing the rows whose level came from their text, not a code. */
function inferredFinding(sheet: string, dpas: DpaSheetModel[]): Finding | undefined {
  const rows: number[] = [];
  let cell = '';
  for (const d of dpas) {
    for (let i = 0; i < d.rows.length; i++) {
      const r = d.rows[i];
      if (r.levelSource !== 'inferred') continue;
      if (!cell) cell = a1(r.row, d.columns.uraian ?? d.columns.kode ?? 0);
      rows.push(r.row + 1);
    }
  }
  if (rows.length === 0) return undefined;
  return {
    rule: 'code/inferred',
    severity: 'info',
    sheet,
    cell,
    message: `Tingkat ${rows.length} baris tanpa kode yang terbaca disimpulkan dari teks, penomoran atau indentasi (baris ${rangesText(rows)}); periksa susunan program/kegiatan/sub kegiatan.`,
    actual: String(rows.length),
  };
}

function noTable(layout: SheetLayout): Finding {
  return {
    rule: 'sheet/no-table',
    severity: 'warning',
    sheet: layout.sheet,
    cell: '',
    message: `Lembar "${layout.sheet}" tampak seperti lembar ${nameHint(layout.sheet) === 'dpa' || layout.role === 'dpa' ? 'DPA/realisasi anggaran' : 'PK'}, tetapi tidak memiliki tabel yang dikenali: ${layout.reason}.`,
  };
}

/** One info finding per sheet naming the hidden rows and columns that were read. */
function hiddenFinding(sheet: SheetGrid, tables: TableLayout[]): Finding | undefined {
  const rows: number[] = [];
  for (const r of sheet.hiddenRows) {
    if (tables.some((t) => r >= t.dataStart && r <= (t.totalRow ?? t.dataEnd))) rows.push(r);
  }
  const cols: number[] = [];
  for (const c of sheet.hiddenCols) {
    if (tables.some((t) => Object.values(t.columns).includes(c))) cols.push(c);
  }
  if (rows.length === 0 && cols.length === 0) return undefined;
  rows.sort((a, b) => a - b);
  cols.sort((a, b) => a - b);
  const parts: string[] = [];
  if (rows.length) parts.push(`baris ${rangesText(rows.map((r) => r + 1))}`);
  if (cols.length) parts.push(`kolom ${cols.map(columnLetters).join(', ')}`);
  const first = rows.length ? a1(rows[0], tables[0].columns.uraian ?? tables[0].columns.indikator ?? 0) : a1(tables[0].headerStart, cols[0]);
  return {
    rule: 'value/hidden',
    severity: 'info',
    sheet: sheet.name,
    cell: first,
    message: `Tersembunyi tetapi ikut dibaca: ${parts.join(' dan ')}.`,
    actual: parts.join('; '),
  };
}

/** "7-9, 12" for 7, 8, 9, 12; long lists end with "…". */
function rangesText(ns: number[], max = 20): string {
  const out: string[] = [];
  for (let i = 0; i < ns.length; i++) {
    if (out.length === max) {
      out.push('…');
      break;
    }
    let j = i;
    while (j + 1 < ns.length && ns[j + 1] === ns[j] + 1) j++;
    out.push(j > i ? `${ns[i]}-${ns[j]}` : String(ns[i]));
    i = j;
  }
  return out.join(', ');
}
