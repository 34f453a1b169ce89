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

/**
 * Report styles are shared and read-only: a cell's style is derived from the
 * caller's once per style object (a table's thousands of rows pass the same
 * few), not spread again per cell. Same keys, in the same order, as the spread.
 */
const NO_STYLE: CellStyle = {};

/** The base overlaid with a caller's style, memoised per style object. */
function derived(cache: WeakMap<CellStyle, CellStyle>, base: CellStyle, style: CellStyle): CellStyle {
  let s = cache.get(style);
  if (s === undefined) {
    s = { ...base, ...style };
    cache.set(style, s);
  }
  return s;
}

const TEXT_BASE: CellStyle = { horizontal: 'left', vertical: 'top', wrap: true };
const CENTRED_BASE: CellStyle = { horizontal: 'center', vertical: 'top' };
const CENTRED_WRAP_BASE: CellStyle = { horizontal: 'center', vertical: 'top', wrap: true };
const MONEY_BASE: CellStyle = { format: 'rupiah', horizontal: 'right', vertical: 'top' };
const PERCENT_BASE: CellStyle = { format: 'percent', horizontal: 'right', vertical: 'top' };
const GENERAL_BASE: CellStyle = { format: 'general', horizontal: 'right', vertical: 'top' };
const TEXT_STYLES = new WeakMap<CellStyle, CellStyle>();
const CENTRED_STYLES = new WeakMap<CellStyle, CellStyle>();
const CENTRED_WRAP_STYLES = new WeakMap<CellStyle, CellStyle>();
const MONEY_STYLES = new WeakMap<CellStyle, CellStyle>();
const PERCENT_STYLES = new WeakMap<CellStyle, CellStyle>();
const GENERAL_STYLES = new WeakMap<CellStyle, CellStyle>();

export function text(value: string | undefined, style: CellStyle = NO_STYLE): ReportCell {
  return {
    value: value === undefined || value === '' ? null : value,
    style: derived(TEXT_STYLES, TEXT_BASE, style),
  };
}

export function centred(value: string | number | null, style: CellStyle = NO_STYLE): ReportCell {
  return { value, style: derived(CENTRED_STYLES, CENTRED_BASE, style) };
}

/** centred(value, { wrap: true, ...style }), with the style memoised like the others. */
function centredWrapped(value: string, style: CellStyle): ReportCell {
  return { value, style: derived(CENTRED_WRAP_STYLES, CENTRED_WRAP_BASE, style) };
}

export function dash(style: CellStyle = NO_STYLE): ReportCell {
  return centred(DASH, style);
}

/** A whole Rupiah amount other than 0 (it is its own rounding). */
export function wholeMoney(n: number, style: CellStyle = NO_STYLE): ReportCell {
  return { value: n, style: derived(MONEY_STYLES, MONEY_BASE, style) };
}

/** A Rupiah amount, or "-" when there is none. */
export function money(d: Decimal | undefined, style: CellStyle = NO_STYLE): ReportCell {
  if (d === undefined) return dash(style);
  // A whole amount (nearly all) is its own rounding; 0 keeps the Decimal path (its sign).
  const whole = intOf(d);
  if (whole !== undefined && whole !== 0) return wholeMoney(whole, style);
  return { value: round2(d).toNumber(), style: derived(MONEY_STYLES, MONEY_BASE, style) };
}

/**
 * The % of whole amounts realisasi / pagu as percent(realisasi / pagu × 100)
 * shows it, without a Decimal division (the integer rounding is
 * property-tested against decimal.js); undefined when the integers cannot
 * settle it (no whole amounts, pagu 0, a 0 % whose sign decimal.js decides).
 */
export function percentOfWhole(pagu: number | undefined, realisasi: number | undefined, style: CellStyle = NO_STYLE): ReportCell | undefined {
  if (pagu === undefined || realisasi === undefined || pagu === 0) return undefined;
  const h = percentHundredths(realisasi, pagu);
  if (h === undefined || h === 0) return undefined;
  return { value: h / 100, style: derived(PERCENT_STYLES, PERCENT_BASE, style) };
}

/** The % of a row's realisasi over its pagu, as percent(figures.persen) shows it. */
export function percentOfFigures(fig: { pagu?: Figure; realisasi?: Figure; persen?: Decimal } | undefined, style: CellStyle = NO_STYLE): ReportCell {
  const pagu = fig?.pagu && intOf(fig.pagu.value);
  const realisasi = fig?.realisasi && intOf(fig.realisasi.value);
  return percentOfWhole(pagu, realisasi, style) ?? percent(fig?.persen, style);
}

/** A percentage presented with 2 decimals (ROUND_HALF_UP), or "-". */
export function percent(d: Decimal | undefined, style: CellStyle = NO_STYLE): ReportCell {
  if (d === undefined) return dash(style);
  return { value: round2(d).toNumber(), style: derived(PERCENT_STYLES, PERCENT_BASE, style) };
}

/** A capaian: its rounded value, or "-" when it cannot be computed. */
export function capaian(result: CapaianResult | undefined, style: CellStyle = NO_STYLE): ReportCell {
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
export function measure(sv: SourceValue<ParsedValue> | undefined, style: CellStyle = NO_STYLE): ReportCell {
  if (!sv || sv.parsed.kind === 'empty') return dash(style);
  const p = sv.parsed;
  if (p.kind === 'number' && !p.grade) {
    return { value: p.value.toNumber(), style: derived(GENERAL_STYLES, GENERAL_BASE, style) };
  }
  const written = sourceText(sv) ?? (p.kind === 'number' ? `${p.value.toString()} (${p.grade})` : undefined);
  return written === undefined ? dash(style) : centredWrapped(written, style);
}

/** A money value copied from the workbook: the amount when read with certainty, else the text as written. */
export function sourceMoney(sv: SourceValue | undefined, style: CellStyle = NO_STYLE): ReportCell {
  if (!sv || sv.parsed.kind === 'empty') return dash(style);
  if (sv.parsed.kind === 'number') return money(sv.parsed.value, style);
  const written = sourceText(sv);
  return written === undefined ? dash(style) : centred(written, style);
}

/** The number of a money value read with certainty. */
export function moneyValue(sv: SourceValue | undefined): Decimal | undefined {
  return sv && sv.parsed.kind === 'number' ? sv.parsed.value : undefined;
}
