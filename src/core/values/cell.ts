/** Reading numbers from grid cells (numeric, text, boolean, date, error). */
import Decimal from 'decimal.js';
import type { Cell } from '../../grid/types';
import type { NumberContext, ParsedNumber, ParsedValue } from './types';
import { normalizeText, readPlainNumber, readSingleText } from './text';
import { splitComposite, type Pieces } from './composite';
import { splitSatuan } from './satuan';
import { decimalOfInt } from '../compute/fast';

/** The last format asked about and its answer: a column's cells share one format string. */
let lastFormat: string | undefined;
let lastIsPercent = false;

/** True when a number format code shows the value as a percentage ("0.00%"). */
export function isPercentFormat(z: string | undefined): boolean {
  if (!z) return false;
  if (z === lastFormat) return lastIsPercent;
  lastIsPercent = percentFormat(z);
  lastFormat = z;
  return lastIsPercent;
}

function percentFormat(z: string): boolean {
  // Most formats hold no "%" at all: skip the regex passes.
  if (!z.includes('%')) return false;
  // Ignore quoted literals and escaped characters: "\%" or "%" in quotes is text.
  const bare = z.replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return bare.includes('%');
}

const MULTIPLE_REASON = 'Berisi beberapa angka; kolom ini hanya menerima satu angka';
const SPACED_REASON = 'Angka dipisah spasi: tidak jelas satu angka (pemisah ribuan) atau beberapa angka';

/** Largest magnitude a reader reports as `int`: sums and differences of two such stay exact doubles. */
const INT_LIMIT = 1e15;

/**
 * A number read from a numeric cell (no percent format). Most consumers only
 * need `int` (whole amounts): the Decimal is built on the first read of
 * `value` and kept, the same Decimal the eager reading built
 * (decimalOfInt(n) for a safe integer, else new Decimal(String(n))).
 * It keeps the cell itself, not a copy of its number: a double stored in a
 * field of its own would be boxed once more per cell (grid cells are never
 * modified). Serialises as the plain object would.
 */
export class CellNumber {
  // kind and fromText live on the prototype (below): each instance holds only its cell and Decimal.
  declare readonly kind: 'number';
  declare readonly fromText: false;
  private decimal: Decimal | undefined = undefined;

  constructor(readonly cell: NumericCell) {}

  /** The exact integer when |n| < 1e15 and n is whole; -0 reads as 0, as String(-0) does. */
  get int(): number | undefined {
    const n = this.cell.v;
    return Number.isInteger(n) && Math.abs(n) < INT_LIMIT ? n + 0 : undefined;
  }

  get value(): Decimal {
    if (this.decimal === undefined) {
      const n = this.cell.v;
      // The shortest string of the double, never its binary expansion; whole amounts skip the string.
      this.decimal = Number.isSafeInteger(n) ? decimalOfInt(n) : new Decimal(String(n));
    }
    return this.decimal;
  }

  /** The plain ParsedNumber (a subclass may serialise as more, see sheets/read.ts). */
  toJSON(): object {
    const out: ParsedNumber = { kind: 'number', value: this.value, fromText: false };
    const int = this.int;
    if (int !== undefined) out.int = int;
    return out;
  }
}
Object.defineProperties(CellNumber.prototype, { kind: { value: 'number' }, fromText: { value: false } });

export type NumericCell = Cell & { t: 'n' };

/** A numeric cell readNumber reads as a CellNumber: a finite number under a format without "%". */
export function isPlainNumberCell(cell: Cell): cell is NumericCell {
  return cell.t === 'n' && Number.isFinite(cell.v) && !isPercentFormat(cell.z);
}

function readNonText(cell: Cell): ParsedNumber | undefined {
  switch (cell.t) {
    case 'n': {
      const v = cell.v;
      if (!Number.isFinite(v)) return { kind: 'unreadable', text: String(v), reason: 'Bukan angka terhingga' };
      if (isPercentFormat(cell.z)) {
        const d = Number.isSafeInteger(v) ? decimalOfInt(v) : new Decimal(String(v));
        return { kind: 'number', value: d.times(100), unit: '%', fromText: false, percentFormat: true };
      }
      return new CellNumber(cell);
    }
    case 'b':
      return { kind: 'unreadable', text: cell.v ? 'TRUE' : 'FALSE', reason: 'Sel berisi nilai logika (TRUE/FALSE), bukan angka' };
    case 'd':
      return { kind: 'unreadable', text: String(cell.v), reason: 'Sel berisi tanggal, bukan angka' };
    case 'e':
      return { kind: 'error', text: String(cell.v) };
    default:
      return undefined;
  }
}

function cellText(cell: Cell): string {
  return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
}

/** Reads one number from text; a list of numbers is reported, not summed or picked. */
export function readNumberText(text: string, ctx: NumberContext): ParsedNumber {
  try {
    // A plain number ("25.805.000", "78,63") in one scan, before any splitting.
    const plain = readPlainNumber(text, ctx);
    if (plain) return plain;
    const split = splitComposite(text);
    if (split.kind === 'spaced') return { kind: 'unreadable', text: split.text, reason: SPACED_REASON };
    if (split.pieces.length > 1) return { kind: 'unreadable', text: normalizeText(text), reason: MULTIPLE_REASON };
    return readSingleText(text, ctx);
  } catch {
    return { kind: 'unreadable', text: String(text), reason: 'Tidak dapat dibaca' };
  }
}

function composeFrom(split: Pieces, text: string, ctx: NumberContext): ParsedValue {
  if (split.kind === 'spaced') return { kind: 'unreadable', text: split.text, reason: SPACED_REASON };
  const { pieces } = split;
  if (pieces.length === 0) return { kind: 'empty' };
  if (pieces.length === 1) return readSingleText(pieces[0], ctx);
  // "Orang, KW, LKSA, Orang, Kec." gives each part its own satuan when the counts agree.
  const units = splitSatuan(ctx.satuan);
  const parts = pieces.map((p, i) =>
    readSingleText(p, units.length === pieces.length ? { ...ctx, satuan: units[i] } : ctx),
  );
  return { kind: 'composite', text: normalizeText(text), parts };
}

/** Reads text that may list several numbers ("100, 2, 16, 70, 5", "304 / 18"). */
export function readValueText(text: string, ctx: NumberContext): ParsedValue {
  try {
    return readPlainNumber(text, ctx) ?? composeFrom(splitComposite(text), text, ctx);
  } catch {
    return { kind: 'unreadable', text: String(text), reason: 'Tidak dapat dibaca' };
  }
}

/** Reads one number from a cell. */
export function readNumber(cell: Cell | undefined, ctx: NumberContext): ParsedNumber {
  if (!cell) return { kind: 'empty' };
  const other = readNonText(cell);
  if (other) return other;
  return readNumberText(cellText(cell), ctx);
}

/** Reads a cell that may hold one number or a list of numbers. */
export function readValue(cell: Cell | undefined, ctx: NumberContext): ParsedValue {
  if (!cell) return { kind: 'empty' };
  const other = readNonText(cell);
  if (other) return other;
  return readValueText(cellText(cell), ctx);
}

/** The numbers of a value read with certainty; undefined when any part is not certain. */
export function valueNumbers(v: ParsedValue): Decimal[] | undefined {
  if (v.kind === 'number') return [v.value];
  if (v.kind === 'composite') {
    const out: Decimal[] = [];
    for (const p of v.parts) {
      if (p.kind !== 'number') return undefined;
      out.push(p.value);
    }
    return out.length > 0 ? out : undefined;
  }
  return undefined;
}
