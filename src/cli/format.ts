/** Human-readable output of the command line (Indonesian). */
import type { Finding, Severity } from '../core/findings/types';
import type { SheetLayout, TableLayout } from '../sheets/types';
import type { FillPlan } from '../core/fill/types';
import type { ReportSkip, ReportTable } from '../core/report/types';
import { a1, columnLetters } from '../grid/address';
import { displayNumber } from '../core/findings/display';

const SEVERITY_LABEL: Record<Severity, string> = { error: 'GALAT', warning: 'PERINGATAN', info: 'INFO' };

export const ROLE_LABEL: Record<SheetLayout['role'], string> = {
  pk: 'PK (Perjanjian Kinerja)',
  dpa: 'DPA (anggaran)',
  other: 'lain',
};

const TABLE_LABEL: Record<TableLayout['kind'], string> = {
  'pk-indikator': 'tabel indikator PK',
  'pk-program': 'tabel program PK',
  dpa: 'tabel DPA',
};

const TREE_LABEL = {
  codes: 'dari kode (satu kolom)',
  split: 'dari kode (beberapa kolom)',
  inferred: 'disimpulkan dari teks baris (tanpa kode)',
} as const;

export function formatFinding(f: Finding): string {
  const where = f.cell ? `${f.sheet}!${f.cell}` : f.sheet;
  let line = `  [${SEVERITY_LABEL[f.severity]}] ${where}: ${f.message}`;
  const details: string[] = [];
  if (f.actual !== undefined) details.push(`tertulis ${displayNumber(f.actual)}`);
  if (f.expected !== undefined) details.push(`seharusnya ${displayNumber(f.expected)}`);
  if (details.length && !alreadySaid(f)) line += ` (${details.join(', ')})`;
  return `${line}  {${f.rule}}`;
}

/** Messages often already quote both figures; don't repeat them. */
function alreadySaid(f: Finding): boolean {
  const shown = [f.actual, f.expected].filter((x): x is string => x !== undefined).map(displayNumber);
  return shown.every((s) => f.message.includes(s));
}

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) c[f.severity]++;
  return c;
}

export function formatCounts(findings: Finding[]): string {
  const c = countBySeverity(findings);
  return `${c.error} galat, ${c.warning} peringatan, ${c.info} info`;
}

export function formatFindings(findings: Finding[]): string[] {
  if (findings.length === 0) return ['  Tidak ada temuan.'];
  return findings.map(formatFinding);
}

export function formatLayout(layout: SheetLayout, dataRows: number[]): string[] {
  const lines = [`  Lembar "${layout.sheet}": ${ROLE_LABEL[layout.role]}${layout.overridden ? ' (ditentukan pengguna)' : ''}`];
  lines.push(`    alasan: ${layout.reason}`);
  layout.tables.forEach((t, i) => {
    const header =
      t.headerStart === t.headerEnd ? `baris ${t.headerStart + 1}` : `baris ${t.headerStart + 1}–${t.headerEnd + 1}`;
    lines.push(`    ${TABLE_LABEL[t.kind]}: judul kolom ${header}${t.numberingRow !== undefined ? `, baris penomoran ${t.numberingRow + 1}` : ''}`);
    lines.push(
      `      data baris ${t.dataStart + 1}–${t.dataEnd + 1} (${dataRows[i] ?? 0} baris berisi)${
        t.totalRow !== undefined ? `, baris jumlah ${t.totalRow + 1}` : ''
      }`,
    );
    if (t.treeSource) lines.push(`      pohon program/kegiatan: ${TREE_LABEL[t.treeSource]}`);
    const cols = Object.entries(t.columns)
      .filter((e): e is [string, number] => typeof e[1] === 'number')
      .sort((a, b) => a[1] - b[1])
      .map(([field, col]) => {
        const text = t.headers[field as keyof typeof t.headers];
        return `${columnLetters(col)}=${field}${text ? ` ("${text}")` : ''}`;
      });
    lines.push(`      kolom: ${cols.join(', ')}`);
  });
  return lines;
}

export function formatPlan(plan: FillPlan, overwrite: boolean): string[] {
  const lines = [`  ${plan.edits.length} sel diisi.`];
  for (const c of plan.addedColumns) {
    lines.push(`  Kolom baru "${c.header}" ditambahkan di ${c.sheet}!${columnLetters(c.col)}.`);
  }
  if (plan.conflicts.length > 0 && !overwrite) {
    lines.push(
      `  ${plan.conflicts.length} sel sudah berisi nilai lain atau rumus dan TIDAK ditimpa (pakai --overwrite untuk menimpa):`,
    );
    for (const c of plan.conflicts.slice(0, 50)) {
      const e = c.edit;
      const old = e.old ? (e.old.f ? `=${e.old.f}` : String(e.old.v)) : '';
      lines.push(`    ${e.sheet}!${a1(e.row, e.col)}: lama ${displayNumber(old)}, baru ${displayNumber(String(e.value))}`);
    }
    if (plan.conflicts.length > 50) lines.push(`    … dan ${plan.conflicts.length - 50} lainnya`);
  }
  return lines;
}

export function formatReports(tables: ReportTable[], skipped: ReportSkip[]): string[] {
  const lines = tables.map((t) => `  Lembar laporan dibuat: "${t.sheetName}"`);
  for (const s of skipped) lines.push(`  Dilewati: ${s.reason}`);
  return lines;
}
