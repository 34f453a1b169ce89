/** Runs one command over the input files. Node-only: reads and writes files. */
import { promises as fs } from 'fs';
import * as path from 'path';
import type { WorkbookGrid } from '../grid/types';
import type { Field, LayoutOverrides, SheetLayout } from '../sheets/types';
import type { ReportTableId } from '../core/report/types';
// A check loads the reader and the analysis only: the report builders and the
// patcher are loaded by fill/report when they are needed (start-up is part of every run).
import { analyse, hasErrors, type Analysis } from '../core/analyse';
import { readWorkbook } from '../xlsx/read';
import { XlsxError } from '../xlsx/errors';
import { useZipCodec } from '../xlsx/zip-codec';
import { ZLIB_CODEC } from './zlib-codec';
import { TABLE_ORDER } from '../core/report/meta';
import { columnLetters } from '../grid/address';
import { derivedName, expandInputs, samePath, writeAtomic } from './files';
import { UserError } from './errors';
import { formatCounts, formatFindings, formatLayout, formatPlan, formatReports } from './format';
import type { CliOptions, CommandName, Io } from './main';

const EXIT_OK = 0;
const EXIT_FINDINGS = 1;
const EXIT_UNREADABLE = 2;

interface FileResult {
  file: string;
  exit: number;
  json: Record<string, unknown>;
}

export async function runCommand(cmd: CommandName, args: string[], opts: CliOptions, io: Io): Promise<number> {
  const files = await expandInputs(args);
  if (files.length === 0) throw new UserError('tidak ada file .xlsx di folder yang diberikan.');
  const overrides = await loadOverrides(opts);
  const tables = parseTables(opts.tables);
  const outDir = files.length > 1 && opts.output ? opts.output : undefined;
  if (outDir) {
    try {
      await fs.mkdir(outDir, { recursive: true });
    } catch (e) {
      throw new UserError(`folder keluaran ${outDir} tidak dapat dibuat: ${writeFailure(e)}`);
    }
  }

  const results: FileResult[] = [];
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    if (files.length > 1) io.err(`[${i + 1}/${files.length}] ${file}`);
    const result = await runFile(cmd, file, { opts, overrides, tables, outDir, io });
    results.push(result);
  }
  if (opts.json) io.out(JSON.stringify({ files: results.map((r) => r.json) }, null, 2));
  else if (files.length > 1) io.out(summary(results));
  return Math.max(EXIT_OK, ...results.map((r) => r.exit));
}

interface RunContext {
  opts: CliOptions;
  overrides: LayoutOverrides;
  tables?: ReportTableId[];
  outDir?: string;
  io: Io;
}

async function runFile(cmd: CommandName, file: string, ctx: RunContext): Promise<FileResult> {
  const { opts, io } = ctx;
  const human = (line: string) => {
    if (!opts.json) io.out(line);
  };
  const fail = (message: string, code: string): FileResult => {
    io.err(`lakip: ${file}: ${message}`);
    return { file, exit: EXIT_UNREADABLE, json: { file, error: { code, message } } };
  };

  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await fs.readFile(file));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return fail('file tidak ditemukan.', 'not-found');
    if (code === 'EISDIR') return fail('ini folder, bukan file .xlsx.', 'not-file');
    if (code === 'EACCES') return fail('file tidak dapat dibuka (tidak ada izin baca).', 'no-access');
    return fail(`file tidak dapat dibaca (${code ?? 'galat'}).`, 'io');
  }

  let grid: WorkbookGrid;
  try {
    grid = readWorkbook(bytes, { codec: ZLIB_CODEC });
  } catch (e) {
    if (e instanceof XlsxError) return fail(e.message, e.code);
    return fail('file rusak atau bukan file Excel .xlsx yang dapat dibaca.', 'damaged');
  }

  const missing = missingOverrideSheet(grid, ctx.overrides);
  if (missing) return fail(missing, 'no-sheet');

  let analysis: Analysis | undefined = analyse(grid, { overrides: ctx.overrides, overwrite: opts.overwrite });
  const findings = analysis.findings;
  const known = analysis.layouts.filter((l) => l.role !== 'other');
  if (known.length === 0) {
    return fail(
      'tidak ditemukan lembar PK atau DPA dengan judul kolom yang diharapkan ' +
        '(PK: Sasaran, Indikator Kinerja, Target; DPA: Kode, Uraian, Pagu/Anggaran). ' +
        'Gunakan --pk/--dpa atau --map bila judul kolomnya lain.',
      'no-table',
    );
  }

  const json: Record<string, unknown> = {
    file,
    // Only --json prints the sheets; inspect's human output counts its rows itself.
    sheets: opts.json ? analysis.layouts.map((l) => sheetJson(l, grid)) : [],
    findings: analysis.findings,
  };
  human(`${file}`);

  if (cmd === 'inspect') {
    for (const l of analysis.layouts) human(formatLayout(l, dataRowCounts(l, grid)).join('\n'));
    human(`  Temuan saat membaca: ${formatCounts(analysis.findings)} (lihat "lakip check").`);
  } else {
    human(formatFindings(analysis.findings).join('\n'));
    human(`  Ringkasan: ${formatCounts(analysis.findings)}.`);
  }

  if (cmd === 'fill' || cmd === 'report') {
    // writeOutput takes the grid and the analysis over and lets go of them before the patch,
    // so the patcher's buffers can reuse their memory (a 100,000-row report holds ~450 MB there).
    const held: Held = { grid, analysis };
    grid = undefined as unknown as WorkbookGrid;
    analysis = undefined;
    const written = await writeOutput(cmd, file, bytes, held, ctx);
    if ('error' in written) return { file, exit: EXIT_UNREADABLE, json: { ...json, error: written.error } };
    Object.assign(json, written.json);
    written.lines.forEach(human);
  }

  return { file, exit: hasErrors(findings) ? EXIT_FINDINGS : EXIT_OK, json };
}

/** What writeOutput takes over from runFile and releases once the edits and tables are built. */
interface Held {
  grid?: WorkbookGrid;
  analysis?: Analysis;
}

async function writeOutput(
  cmd: 'fill' | 'report',
  file: string,
  bytes: Uint8Array,
  held: Held,
  ctx: RunContext,
): Promise<{ json: Record<string, unknown>; lines: string[] } | { error: { code: string; message: string } }> {
  const { opts, io } = ctx;
  const target = ctx.outDir
    ? derivedName(file, cmd === 'fill' ? 'terisi' : 'lakip', ctx.outDir)
    : (opts.output ?? derivedName(file, cmd === 'fill' ? 'terisi' : 'lakip'));
  if (samePath(target, file)) {
    const message = 'file keluaran tidak boleh sama dengan file masukan (file masukan tidak pernah diubah).';
    io.err(`lakip: ${file}: ${message}`);
    return { error: { code: 'same-file', message } };
  }

  // Read through `held` (no locals): once released below, nothing here keeps them alive.
  const plan = held.analysis!.plan;
  const lines = formatPlan(plan, opts.overwrite);
  const json: Record<string, unknown> = {
    output: target,
    fill: {
      edits: plan.edits.length,
      conflicts: plan.conflicts.map((c) => ({
        sheet: c.edit.sheet,
        cell: `${columnLetters(c.edit.col)}${c.edit.row + 1}`,
        reason: c.reason,
        old: c.edit.old ? (c.edit.old.f !== undefined ? `=${c.edit.old.f}` : String(c.edit.old.v)) : null,
        new: String(c.edit.value),
      })),
      addedColumns: plan.addedColumns,
    },
  };

  let reportTables;
  if (cmd === 'report') {
    const tahun = opts.tahun ?? guessYear(held.grid!);
    if (!tahun) {
      const message = 'tahun laporan tidak diketahui: berikan --tahun, mis. --tahun 2024.';
      io.err(`lakip: ${file}: ${message}`);
      return { error: { code: 'no-year', message } };
    }
    const { reports } = await import('../core/engine');
    const built = reports(held.analysis!, { tahun, opd: opts.opd, tables: ctx.tables });
    reportTables = built.tables;
    lines.push(...formatReports(built.tables, built.skipped));
    json.reports = {
      tahun,
      sheets: built.tables.map((t) => ({ id: t.id, sheet: t.sheetName })),
      skipped: built.skipped,
    };
  }

  // Only the edits and the report tables are needed from here on.
  held.grid = undefined;
  held.analysis = undefined;
  let out: Uint8Array;
  try {
    // The patcher inflates the edited sheets and deflates them again: zlib there too.
    useZipCodec(ZLIB_CODEC);
    const { patchWorkbook } = await import('../xlsx/patch');
    out = patchWorkbook(bytes, plan.edits, reportTables);
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    io.err(`lakip: ${file}: ${e.message}`);
    return { error: { code: e.code, message: e.message } };
  }
  try {
    await writeAtomic(target, out);
  } catch (e) {
    // writeAtomic leaves neither a partial output nor its temporary file behind.
    const message = `hasil tidak dapat ditulis ke ${target}: ${writeFailure(e)} Tidak ada file yang ditulis.`;
    io.err(`lakip: ${file}: ${message}`);
    return { error: { code: 'write-failed', message } };
  }
  lines.push(`  Hasil ditulis ke ${target}`);
  return { json, lines };
}

/** Why a file or folder could not be written, in the user's words. */
function writeFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOTDIR':
    case 'EEXIST':
      return 'sebagian jalurnya adalah file, bukan folder.';
    case 'EISDIR':
    case 'ENOTEMPTY':
      return 'sudah ada folder dengan nama itu.';
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'tidak ada izin menulis di folder itu.';
    case 'ENOSPC':
    case 'EDQUOT':
      return 'ruang disk penuh.';
    default:
      return `galat sistem ${code ?? 'tak dikenal'}.`;
  }
}

/** A year in the sheets' title rows ("PERJANJIAN KINERJA TAHUN 2021"). */
function guessYear(grid: WorkbookGrid): number | undefined {
  for (const s of grid.sheets) {
    for (let r = 0; r < Math.min(10, s.rows.length); r++) {
      for (const cell of s.rows[r] ?? []) {
        if (cell?.t !== 's') continue;
        const m = /\bTAHUN\s+(20\d\d)\b/i.exec(cell.v);
        if (m) return Number(m[1]);
      }
    }
  }
  return undefined;
}

function sheetJson(l: SheetLayout, grid: WorkbookGrid) {
  const counts = dataRowCounts(l, grid);
  return {
    name: l.sheet,
    role: l.role,
    reason: l.reason,
    overridden: l.overridden,
    tables: l.tables.map((t, i) => ({
      kind: t.kind,
      headerRows: [t.headerStart + 1, t.headerEnd + 1],
      numberingRow: t.numberingRow !== undefined ? t.numberingRow + 1 : null,
      dataRows: [t.dataStart + 1, t.dataEnd + 1],
      dataRowCount: counts[i],
      totalRow: t.totalRow !== undefined ? t.totalRow + 1 : null,
      treeSource: t.treeSource ?? null,
      columns: Object.fromEntries(
        Object.entries(t.columns)
          .filter((e): e is [string, number] => typeof e[1] === 'number')
          .map(([field, col]) => [field, { column: columnLetters(col), header: t.headers[field as Field] ?? null }]),
      ),
    })),
  };
}

function dataRowCounts(l: SheetLayout, grid: WorkbookGrid): number[] {
  const sheet = grid.sheets.find((s) => s.name === l.sheet);
  return l.tables.map((t) => {
    let n = 0;
    for (let r = t.dataStart; r <= t.dataEnd; r++) if (sheet?.rows[r]?.some((c) => c !== undefined)) n++;
    return n;
  });
}

function missingOverrideSheet(grid: WorkbookGrid, o: LayoutOverrides): string | undefined {
  const names = new Set(grid.sheets.map((s) => s.name));
  for (const [flag, name] of [['--pk', o.pkSheet], ['--dpa', o.dpaSheet]] as const) {
    if (name !== undefined && !names.has(name)) {
      return `lembar "${name}" (${flag}) tidak ada; lembar yang ada: ${[...names].map((n) => `"${n}"`).join(', ')}.`;
    }
  }
  return undefined;
}


function parseTables(list: string | undefined): ReportTableId[] | undefined {
  if (!list) return undefined;
  const ids = list.split(',').map((s) => s.trim()).filter(Boolean);
  const unknown = ids.filter((id) => !TABLE_ORDER.includes(id as ReportTableId));
  if (unknown.length) {
    throw new UserError(`tabel tidak dikenal: ${unknown.join(', ')}. Pilihan: ${TABLE_ORDER.join(', ')}.`);
  }
  return ids as ReportTableId[];
}

/**
 * --map FILE: {"pk": "Lembar PK", "dpa": "Lembar DPA", "kolom": {"Lembar DPA": {"pagu": "F", "realisasi": "Realisasi s.d. TW IV"}}}
 * ("columns" is accepted for "kolom"). --pk/--dpa win over the file.
 */
async function loadOverrides(opts: CliOptions): Promise<LayoutOverrides> {
  const o: LayoutOverrides = {};
  if (opts.map) {
    let text: string;
    try {
      text = await fs.readFile(opts.map, 'utf8');
    } catch {
      throw new UserError(`file pemetaan kolom "${opts.map}" tidak dapat dibaca.`);
    }
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch {
      throw new UserError(`file pemetaan kolom "${path.basename(opts.map)}" bukan JSON yang sah.`);
    }
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throw new UserError(`file pemetaan kolom "${path.basename(opts.map)}" harus berupa objek JSON.`);
    }
    const d = data as Record<string, unknown>;
    if (typeof d.pk === 'string') o.pkSheet = d.pk;
    if (typeof d.dpa === 'string') o.dpaSheet = d.dpa;
    const cols = d.kolom ?? d.columns;
    if (cols !== undefined) {
      if (typeof cols !== 'object' || cols === null) throw new UserError('"kolom" di file pemetaan harus berupa objek.');
      o.columns = cols as LayoutOverrides['columns'];
    }
  }
  if (opts.pk) o.pkSheet = opts.pk;
  if (opts.dpa) o.dpaSheet = opts.dpa;
  return o;
}

function summary(results: FileResult[]): string {
  const ok = results.filter((r) => r.exit === EXIT_OK).length;
  const withErrors = results.filter((r) => r.exit === EXIT_FINDINGS).length;
  const unreadable = results.filter((r) => r.exit === EXIT_UNREADABLE).length;
  return `\n${results.length} file: ${ok} tanpa galat, ${withErrors} dengan galat, ${unreadable} tidak dapat dibaca.`;
}
