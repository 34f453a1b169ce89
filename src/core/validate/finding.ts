/** Building findings: rule, severity, A1 cell and the plain-decimal expected/actual. */
import type Decimal from 'decimal.js';
import { a1 } from '../../grid/address';
import type { Finding, RuleId, Severity } from '../findings/types';
import type { CellRef, DpaRow, RowLevel } from '../model/types';
import { formatId, plain, round2 } from '../compute/num';

export function finding(
  rule: RuleId,
  severity: Severity,
  ref: CellRef | { sheet: string; row?: number; col?: number },
  message: string,
  expected?: string | Decimal,
  actual?: string | Decimal,
): Finding {
  const cell = ref.row !== undefined && ref.col !== undefined ? a1(ref.row, ref.col) : '';
  const f: Finding = { rule, severity, sheet: ref.sheet, cell, message };
  if (expected !== undefined) f.expected = typeof expected === 'string' ? expected : plain(expected);
  if (actual !== undefined) f.actual = typeof actual === 'string' ? actual : plain(actual);
  return f;
}

/** Money as users read it: "8.054.019.520". */
export const rp = (d: Decimal): string => formatId(d);
/** A percentage as presented: "78,63". */
export const pct = (d: Decimal): string => formatId(round2(d), 2);

const LEVEL_WORD: Record<RowLevel, string> = {
  urusan: 'Urusan',
  bidang: 'Bidang urusan',
  program: 'Program',
  kegiatan: 'Kegiatan',
  subkegiatan: 'Sub kegiatan',
  rekening: 'Rekening',
};

/** What the children of a row are called, for "jumlah kegiatannya": the level of the children themselves. */
export function childWord(level: RowLevel | undefined): string {
  return level ? LEVEL_WORD[level].toLowerCase() : 'rincian';
}

/** A row named the way users know it: "Program Penunjang … (1.06.01)". */
export function rowName(row: DpaRow, isTotal = false): string {
  if (isTotal) return `baris ${clip(row.uraian.trim()) || 'Jumlah'}`;
  const uraian = clip(row.uraian.trim().replace(/\s+/g, ' '));
  const word = LEVEL_WORD[row.level];
  const named = uraian.toLowerCase().startsWith(word.toLowerCase()) ? uraian : `${word} ${uraian}`.trim();
  const code = row.code.kind === 'code' ? row.code.code.canonical : row.codeText.trim();
  return code ? `${named} (${code})` : named;
}

/** Cuts a cell text for a message: a 30.000-character cell must not flood the screen. */
export function clip(text: string, max = 200): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}

/** Short quote of an indicator name for messages. */
export function quote(text: string, max = 80): string {
  const t = text.trim().replace(/\s+/g, ' ');
  return `"${t.length > max ? t.slice(0, max - 1) + '…' : t}"`;
}
