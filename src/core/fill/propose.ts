/**
 * One proposed write: empty cell → edit; same value → nothing; another value
 * or a formula → conflict, applied only when the user asked to overwrite.
 */
import Decimal from 'decimal.js';
import type { Cell, SheetGrid } from '../../grid/types';
import { cellAt } from '../../grid/types';
import { a1 } from '../../grid/address';
import type { Finding } from '../findings/types';
import type { SourceValue } from '../model/types';
import { formatId, numberOf, round2, statedPercent } from '../compute/num';
import { finding } from '../validate/finding';
import type { CellEdit, EditKind, FillPlan } from './types';
import { FORMATS } from './types';
import { scaledInt } from '../compute/fast';

export type Compare = 'money' | 'percent' | 'text';

export interface Proposal {
  row: number;
  col: number;
  kind: EditKind;
  /** Money unrounded, percentages already rounded to 2, or a text ("-", a predikat, a header). */
  value: Decimal | string;
  compare: Compare;
  /** The model's reading of the cell, when it has one (numbers typed as text). */
  existing?: SourceValue;
  /** How a conflict message names the cell ("Capaian indikator …"); a function when costly to build. */
  what: string | (() => string);
}

export interface Planner {
  plan: FillPlan;
  findings: Finding[];
  overwrite: boolean;
}

/** Nothing to keep: no cell, or blank text without a formula (fill writes there without asking). */
export function isBlank(cell: Cell | undefined): boolean {
  return cell === undefined || (cell.t === 's' && cell.v.trim() === '' && !cell.f);
}

/** The number a cell holds, as the user sees it (a fraction in a % cell counts ×100). */
function cellNumber(cell: Cell, existing: SourceValue | undefined, compare: Compare, at: { row: number; col: number }): Decimal | undefined {
  if (existing && existing.ref.row === at.row && existing.ref.col === at.col) {
    const v = compare === 'percent' ? statedPercent(existing) : numberOf(existing);
    if (v !== undefined) return v;
  }
  if (cell.t !== 'n') return undefined;
  const d = new Decimal(cell.v);
  return compare === 'percent' && cell.z?.includes('%') ? d.times(100) : d;
}

function sameValue(cell: Cell, p: Proposal): boolean {
  if (typeof p.value === 'string') {
    return cell.t === 's' && cell.v.trim().toLowerCase() === p.value.toLowerCase();
  }
  const n = cellNumber(cell, p.existing, p.compare, p);
  if (n === undefined) return false;
  return p.compare === 'percent' ? round2(n).equals(round2(p.value)) : n.equals(p.value);
}

/** A cell as the conflict message shows it. */
export function showCell(cell: Cell): string {
  if (cell.f) return `rumus =${cell.f}`;
  switch (cell.t) {
    case 'n':
      return cell.z?.includes('%') ? `${formatId(round2(new Decimal(cell.v).times(100)), 2)}%` : formatId(new Decimal(cell.v));
    case 's':
      return `"${cell.v}"`;
    case 'b':
      return cell.v ? 'TRUE' : 'FALSE';
    default:
      return String(cell.v);
  }
}

function showValue(p: Proposal): string {
  if (typeof p.value === 'string') return `"${p.value}"`;
  return p.compare === 'percent' ? formatId(p.value, 2) : formatId(p.value);
}

function formatOf(p: Proposal): string | undefined {
  if (typeof p.value === 'string') return undefined;
  return p.compare === 'percent' ? FORMATS.percent : FORMATS.rupiah;
}

/**
 * Decimal → number as toNumber() gives it, without its string round trip for
 * whole and 2-decimal values (all money and rounded %): h / 100 is the double
 * nearest that decimal, which is what parsing its string gives.
 */
function toNumber(d: Decimal): number {
  const h = scaledInt(d, 2);
  return h !== undefined && h !== 0 ? h / 100 : d.toNumber();
}

export function propose(pl: Planner, sheet: SheetGrid, p: Proposal): void {
  const old = cellAt(sheet, p.row, p.col);
  const edit: CellEdit = {
    sheet: sheet.name,
    row: p.row,
    col: p.col,
    value: typeof p.value === 'string' ? p.value : toNumber(p.value),
    kind: p.kind,
    old,
  };
  const format = formatOf(p);
  if (format) edit.format = format;
  if (isBlank(old)) {
    pl.plan.edits.push(edit);
    return;
  }
  if (sameValue(old!, p)) return;
  if (pl.overwrite) {
    pl.plan.edits.push(edit);
    return;
  }
  pl.plan.conflicts.push({ edit, reason: old!.f ? 'formula' : 'different-value' });
  pl.findings.push(
    finding(
      'fill/conflict',
      'warning',
      { sheet: sheet.name, row: p.row, col: p.col },
      `Sel ${a1(p.row, p.col)} (${typeof p.what === 'function' ? p.what() : p.what}) berisi ${showCell(old!)}, hasil hitung ${showValue(p)}; tidak ditimpa.`,
      typeof p.value === 'string' ? p.value : p.value.toFixed(),
      old!.f ? `=${old!.f}` : String(old!.v),
    ),
  );
}
