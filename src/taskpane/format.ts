/** Indonesian display of cell values and finding figures. */
import Decimal from 'decimal.js';
import { formatId } from '../core/values';
import type { Cell } from '../grid/types';
import type { Finding } from '../core/findings/types';
import { displayNumber } from '../core/findings/display';

/** Engine figures are plain decimal strings ("92.09"); anything else (a name, a code) is shown as written. */
export function formatFigure(text: string): string {
  return displayNumber(text.trim());
}

/** "tertulis 90, seharusnya 92,09" — only the halves the finding has. */
export function writtenVersusExpected(f: Pick<Finding, 'actual' | 'expected'>): string | undefined {
  const hasExpected = f.expected !== undefined && f.expected !== '';
  // A lone text ("tertulis Program Rehabilitasi Sosial") only repeats the message.
  if (!hasExpected && !/^-?\d+(\.\d+)?$/.test((f.actual ?? '').trim())) return undefined;
  const parts: string[] = [];
  if (f.actual !== undefined && f.actual !== '') parts.push(`tertulis ${formatFigure(f.actual)}`);
  if (f.expected !== undefined && f.expected !== '') parts.push(`seharusnya ${formatFigure(f.expected)}`);
  return parts.length ? parts.join(', ') : undefined;
}

/** A binary float from a cell shown with at most 4 decimals, trailing zeros dropped. */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return String(v);
  const d = new Decimal(v).toDecimalPlaces(4, Decimal.ROUND_HALF_UP);
  const dp = d.decimalPlaces();
  return dp > 0 ? formatId(d, dp) : formatId(d);
}

/** Excel serial day (1900 system) → dd/mm/yyyy. */
function formatSerialDate(serial: number): string {
  const ms = Math.round((serial - 25569) * 86400000);
  const date = new Date(ms);
  const dd = String(date.getUTCDate()).padStart(2, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${dd}/${mm}/${date.getUTCFullYear()}`;
}

export const EMPTY_LABEL = '(kosong)';

export function formatCell(cell: Cell | undefined): string {
  if (!cell) return EMPTY_LABEL;
  const shown = formatCellValue(cell);
  return cell.f ? `${shown} (rumus)` : shown;
}

function formatCellValue(cell: Cell): string {
  switch (cell.t) {
    case 'n':
      return formatNumber(cell.v);
    case 's':
      return cell.v === '' ? EMPTY_LABEL : cell.v;
    case 'b':
      return cell.v ? 'BENAR' : 'SALAH';
    case 'd':
      return formatSerialDate(cell.v);
    case 'e':
      return cell.v;
  }
}

export function formatEditValue(value: number | string): string {
  return typeof value === 'number' ? formatNumber(value) : value;
}

/** "1.234" with the Indonesian thousands dot, for counts in sentences. */
export function formatCount(n: number): string {
  return formatId(new Decimal(n));
}
