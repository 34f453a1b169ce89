import fc from 'fast-check';
import Decimal from 'decimal.js';
import { formatId, readNumber, readNumberText, readValueText, round2 } from '../../src/core/values';
import type { NumberContext, ParsedNumber, ParsedValue } from '../../src/core/values';

const KINDS = ['number', 'empty', 'absent', 'ambiguous', 'unreadable', 'error'];

const contexts = fc.oneof(
  fc.constantFrom<NumberContext>({ column: 'money' }, { column: 'percent' }, { column: 'index' }, { column: 'measure' }),
  fc.record({ column: fc.constant<'measure'>('measure'), satuan: fc.string({ maxLength: 20 }) }),
);

function wellFormed(p: ParsedNumber): boolean {
  if (!KINDS.includes(p.kind)) return false;
  if (p.kind === 'number') return p.value instanceof Decimal && p.value.isFinite();
  if (p.kind === 'ambiguous') return p.readings.length >= 2 && p.readings.every((d) => d.isFinite());
  // 'Tidak dapat dibaca' is the safety net for an internal exception: it must never fire.
  if (p.kind === 'unreadable') return p.reason.length > 0 && p.reason !== 'Tidak dapat dibaca';
  return true;
}

function wellFormedValue(v: ParsedValue): boolean {
  if (v.kind === 'composite') return v.parts.length >= 2 && v.parts.every(wellFormed);
  return wellFormed(v);
}

/** Characters staff mistype into numbers. */
const noise = fc.constantFrom('.', ',', ' ', '-', '%', 'Rp', '(', ')', '/', '\n', '..', ', ', 'A', '\u00A0', '0', '9', '−', 'e', '#');

/** A valid Indonesian number with a mistake put in, taken out or doubled. */
const mutated = fc
  .tuple(
    fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
    fc.integer({ min: 0, max: 3 }),
    fc.array(fc.tuple(fc.nat(), noise, fc.constantFrom('insert', 'delete', 'double')), { maxLength: 4 }),
  )
  .map(([n, places, edits]) => {
    let s = formatId(new Decimal(n.toString()).div(10 ** places), places);
    for (const [pos, ch, op] of edits) {
      const at = s.length === 0 ? 0 : pos % (s.length + 1);
      if (op === 'insert') s = s.slice(0, at) + ch + s.slice(at);
      else if (op === 'delete') s = s.slice(0, at) + s.slice(at + 1);
      else s = s.slice(0, at) + s.slice(at, at + 1) + s.slice(at);
    }
    return s;
  });

describe('number reading never throws and always answers with a result kind', () => {
  it('holds for arbitrary strings, including odd Unicode', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' })), contexts, (s, ctx) => {
        expect(wellFormed(readNumberText(s, ctx))).toBe(true);
        expect(wellFormedValue(readValueText(s, ctx))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds for valid numbers with typos put in', () => {
    fc.assert(
      fc.property(mutated, contexts, (s, ctx) => {
        expect(wellFormed(readNumberText(s, ctx))).toBe(true);
        expect(wellFormedValue(readValueText(s, ctx))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('holds for any numeric cell', () => {
    fc.assert(
      fc.property(fc.double(), fc.constantFrom(undefined, '0.00%', 'General', '#,##0'), (v, z) => {
        expect(wellFormed(readNumber({ t: 'n', v, z }, { column: 'money' }))).toBe(true);
      }),
    );
  });
});

describe('what formatId prints reads back to the same value', () => {
  it('in a money column, for Rupiah amounts with up to 2 decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 2 }), (n, places) => {
        const d = new Decimal(n.toString()).div(10 ** places);
        const p = readNumberText(formatId(d), { column: 'money' });
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(p.value.equals(d)).toBe(true);
      }),
    );
  });

  it('in a percent column, printed with 2 decimals', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 9n }), (n) => {
        const d = new Decimal(n.toString()).div(1000);
        const p = readNumberText(formatId(d, 2) + ' %', { column: 'percent' });
        expect(p.kind).toBe('number');
        if (p.kind === 'number') expect(p.value.equals(round2(d))).toBe(true);
      }),
    );
  });
});
