/**
 * Report cell constructors: how a text, an amount, a percentage or a value
 * read from the workbook is presented. Numbers stay numbers; whatever cannot
 * be presented as a number is shown as written, or "-" when there is none.
 */
import type Decimal from 'decimal.js';
import type { CapaianResult } from '../compute/types';
import type { SourceValue } from '../model/types';
import type { ParsedNumber, ParsedValue } from '../values/types';
import { round2 } from '../values';
import { intOf, percentHundredths } from '../compute/fast';
import type { Figure } from '../compute/types';
import type { CellStyle, ReportCell } from './types';

/** The mark of a figure that cannot be computed or is missing. */
export const DASH = '-';

export function text(value: string | undefined, style: CellStyle = {}): ReportCell {
  return {
    value: value === undefined || value === '' ? null : value,
    style: { horizontal: 'left', vertical: 'top', wrap: true, ...style },
  };
}

export function centred(value: string | number | null, style: CellStyle = {}): ReportCell {
  return { value, style: { horizontal: 'center', vertical: 'top', ...style } };
}

export function dash(style: CellStyle = {}): ReportCell {
  return centred(DASH, style);
}

/** A Rupiah amount, or "-" when there is none. */
export function money(d: Decimal | undefined, style: CellStyle = {}): ReportCell {
  if (d === undefined) return dash(style);
  // A whole amount (nearly all) is its own rounding; 0 keeps the Decimal path (its sign).
  const whole = intOf(d);
  const value = whole !== undefined && whole !== 0 ? whole : round2(d).toNumber();
  return { value, style: { format: 'rupiah', horizontal: 'right', vertical: 'top', ...style } };
}

/**
 * The % of a row's realisasi over its pagu, as percent(figures.persen) shows
 * it, from the whole amounts when both are whole (no Decimal division; the
 * integer rounding is property-tested against decimal.js).
 */
export function percentOfFigures(fig: { pagu?: Figure; realisasi?: Figure; persen?: Decimal } | undefined, style: CellStyle = {}): ReportCell {
  const pagu = fig?.pagu && intOf(fig.pagu.value);
  const realisasi = fig?.realisasi && intOf(fig.realisasi.value);
  if (pagu !== undefined && realisasi !== undefined && pagu !== 0) {
    const h = percentHundredths(realisasi, pagu);
    if (h !== undefined && h !== 0) return { value: h / 100, style: { format: 'percent', horizontal: 'right', vertical: 'top', ...style } };
  }
  return percent(fig?.persen, style);
}

/** A percentage presented with 2 decimals (ROUND_HALF_UP), or "-". */
export function percent(d: Decimal | undefined, style: CellStyle = {}): ReportCell {
  if (d === undefined) return dash(style);
  return { value: round2(d).toNumber(), style: { format: 'percent', horizontal: 'right', vertical: 'top', ...style } };
}

/** A capaian: its rounded value, or "-" when it cannot be computed. */
export function capaian(result: CapaianResult | undefined, style: CellStyle = {}): ReportCell {
  return percent(result && result.ok ? result.value : undefined, style);
}

/** The unrounded value of a capaian that could be computed. */
export function capaianValue(result: CapaianResult | undefined): Decimal | undefined {
  return result && result.ok ? result.value : undefined;
}

/** The text a parsed value was read from, when it was text. */
function parsedText(p: ParsedValue): string | undefined {
  switch (p.kind) {
    case 'absent':
    case 'ambiguous':
    case 'unreadable':
    case 'error':
    case 'composite':
      return p.text;
    default:
      return undefined;
  }
}

/** The cell as the user wrote it, as text. */
function sourceText(sv: SourceValue<ParsedValue> | SourceValue<ParsedNumber>): string | undefined {
  const cell = sv.cell;
  if (cell && cell.t === 's') return cell.v;
  return parsedText(sv.parsed);
}

/**
 * A target or realisasi copied from the workbook. A plain number stays a
 * number; a graded score ("64 (B)"), a composite ("100, 2, 16") or any value
 * not read with certainty is shown as written, never turned into a guess.
 */
export function measure(sv: SourceValue<ParsedValue> | undefined, style: CellStyle = {}): ReportCell {
  if (!sv || sv.parsed.kind === 'empty') return dash(style);
  const p = sv.parsed;
  if (p.kind === 'number' && !p.grade) {
    return { value: p.value.toNumber(), style: { format: 'general', horizontal: 'right', vertical: 'top', ...style } };
  }
  const written = sourceText(sv) ?? (p.kind === 'number' ? `${p.value.toString()} (${p.grade})` : undefined);
  return written === undefined ? dash(style) : centred(written, { wrap: true, ...style });
}

/** A money value copied from the workbook: the amount when read with certainty, else the text as written. */
export function sourceMoney(sv: SourceValue | undefined, style: CellStyle = {}): ReportCell {
  if (!sv || sv.parsed.kind === 'empty') return dash(style);
  if (sv.parsed.kind === 'number') return money(sv.parsed.value, style);
  const written = sourceText(sv);
  return written === undefined ? dash(style) : centred(written, style);
}

/** The number of a money value read with certainty. */
export function moneyValue(sv: SourceValue | undefined): Decimal | undefined {
  return sv && sv.parsed.kind === 'number' ? sv.parsed.value : undefined;
}
