/** Small Decimal helpers the compute, validate and fill modules share. */
import Decimal from 'decimal.js';
import type { ParsedNumber, ParsedValue } from '../values/types';
import type { SourceValue } from '../model/types';
import { scaledInt } from './fast';

export { round2, formatId } from '../values';

/** Plain decimal string for Finding.expected/actual ("7484519520", "78.63"). */
export function plain(d: Decimal): string {
  return d.toFixed();
}

/** How a source value stands: a number read with certainty, nothing, or something we cannot use. */
export type ValueState = { state: 'number'; value: Decimal } | { state: 'none' } | { state: 'uncertain' };

export function stateOf(p: ParsedNumber | ParsedValue | undefined): ValueState {
  if (!p) return { state: 'none' };
  switch (p.kind) {
    case 'number':
      return { state: 'number', value: p.value };
    case 'empty':
    case 'absent':
      return { state: 'none' };
    case 'composite':
      // A money/percent cell holding several numbers cannot be one figure.
      return { state: 'uncertain' };
    default:
      return { state: 'uncertain' };
  }
}

/** The number of a source value read with certainty. */
export function numberOf(sv: SourceValue | undefined): Decimal | undefined {
  const s = stateOf(sv?.parsed);
  return s.state === 'number' ? s.value : undefined;
}

/**
 * A stated percentage as the user sees it. A numeric cell formatted as a
 * percentage ("0.00%") stores a fraction (0.8544 shows as 85,44%): scale it,
 * unless the reader already did (parsed value differs from the raw cell).
 */
export function statedPercent(sv: SourceValue | undefined): Decimal | undefined {
  const v = numberOf(sv);
  if (v === undefined || !sv) return undefined;
  const cell = sv.cell;
  if (cell && cell.t === 'n' && typeof cell.z === 'string' && cell.z.includes('%') && v.equals(new Decimal(cell.v))) {
    return v.times(100);
  }
  return v;
}

/** The last format asked about and its answer: a column's cells share one format string. */
let lastFormat: string | undefined;
let lastHasPercent = false;

function hasPercentSign(z: string): boolean {
  if (z !== lastFormat) {
    lastHasPercent = z.includes('%');
    lastFormat = z;
  }
  return lastHasPercent;
}

/**
 * A stated percentage in hundredths (78,63 → 7863), as scaledInt(statedPercent(sv), 2)
 * gives it, read from a plain numeric cell without building its Decimal: v has at
 * most two decimals exactly when round(v × 100) / 100 is v again (the doubles are
 * far closer together than 0.01 there). Below 1e8, where scaledInt always answers.
 * undefined: no such cell, or not sure.
 */
export function statedPercentHundredths(sv: SourceValue | undefined): number | undefined {
  const p = sv?.parsed;
  const cell = sv?.cell;
  if (p === undefined || p.kind !== 'number' || p.percentFormat) return undefined;
  // A number written as text ("78,63") is taken as written: no cell format scales it.
  if (p.fromText) return cell !== undefined && cell.t === 'n' ? undefined : scaledInt(p.value, 2);
  if (cell === undefined || cell.t !== 'n') return undefined;
  if (cell.z !== undefined && hasPercentSign(cell.z)) return undefined;
  const v = cell.v;
  if (!(Math.abs(v) < 1e8)) return undefined;
  const h = Math.round(v * 100);
  return h / 100 === v ? h + 0 : undefined;
}
