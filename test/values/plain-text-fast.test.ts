import Decimal from 'decimal.js';
import fc from 'fast-check';
import { readNumberText, readValueText, splitSatuan } from '../../src/core/values';
import type { NumberContext, ParsedNumber, ParsedValue } from '../../src/core/values';
import { normalizeText, readPlainNumber, readSingleText, readSingleTextSlow, TextWhole } from '../../src/core/values/text';
import { splitComposite, splitCompositeSlow, type Pieces } from '../../src/core/values/composite';

const RUNS = { numRuns: 4000 };

const CONTEXTS: NumberContext[] = [
  { column: 'money' },
  { column: 'percent' },
  { column: 'index' },
  { column: 'measure' },
  { column: 'measure', satuan: 'Orang' },
  { column: 'measure', satuan: 'Dokumen' },
  { column: 'measure', satuan: '%' },
  { column: 'measure', satuan: 'Indeks' },
  { column: 'measure', satuan: 'Rp' },
  { column: 'measure', satuan: 'Orang, KW, LKSA' },
  { column: 'money', satuan: 'Orang' },
];
const context = fc.constantFrom(...CONTEXTS);

/** A run of digits, sometimes with leading zeros. */
const digits = fc.oneof(
  fc.integer({ min: 0, max: 999 }).map(String),
  fc.array(fc.constantFrom('0', '1', '2', '5', '9'), { minLength: 1, maxLength: 4 }).map((d) => d.join('')),
  fc.array(fc.constantFrom('0', '1', '3', '7', '9'), { minLength: 12, maxLength: 20 }).map((d) => d.join('')),
);

/** Digits joined by separators, regular or not ("1.234.567,89", "12,5", "1,234.5", "1.23.4"). */
const body = fc
  .tuple(digits, fc.array(fc.tuple(fc.constantFrom('.', ',', '.', ',', '.', ',', '..', '', '/', ' / ', ', ', ';', ' ', '\n'), digits), { maxLength: 5 }))
  .map(([first, rest]) => first + rest.map(([sep, d]) => sep + d).join(''));

/** Indonesian-grouped amounts, the shape of nearly every text amount in a DPA. */
const grouped = fc
  .tuple(fc.bigInt({ min: 0n, max: 10n ** 17n }), fc.constantFrom(0, 0, 1, 2, 3, 4), fc.constantFrom('.', ','))
  .map(([n, places, thou]) => {
    const dec = thou === '.' ? ',' : '.';
    const s = n.toString();
    const int = s.length > places ? s.slice(0, s.length - places) : '0';
    const frac = places > 0 ? dec + s.slice(-places).padStart(places, '0') : '';
    return int.replace(/\B(?=(\d{3})+$)/g, thou) + frac;
  });

const prefix = fc.constantFrom('', '', '', 'Rp', 'Rp.', 'Rp ', 'Rp. ', 'rp  ', 'RP.', 'IDR ', 'R', 'Rp,', 'Rp\t', '≥ ', 'Min. ', '(');
const sign = fc.constantFrom('', '', '', '-', '+', '- ', '−', '--');
const suffix = fc.constantFrom('', '', '', '%', ' %', '  %', ', %', '. %', ' % %', ' -%', ' 5 %', ',-', '.-', '-', ', -', ',', '.', '%-', ' (A)', ')', ' Orang', '％', ',--');
const pad = fc.constantFrom('', '', '', ' ', '  ', '\t', '\u00A0', '\n');

const plainish = fc
  .tuple(pad, prefix, sign, fc.oneof(body, grouped), suffix, pad)
  .map(([a, p, s, b, x, z]) => a + p + s + b + x + z);

/** Anything made of the characters the fast paths look at, and a few they must refuse. */
const near = fc
  .array(fc.constantFrom('0', '1', '5', '9', '.', ',', ' ', '-', '+', '%', 'Rp', 'R', 'p', '\t', '\u00A0', '(', ')', '/', ';', '\n', 'A', '000'), {
    maxLength: 14,
  })
  .map((parts) => parts.join(''));

/** Only the forms the fast path reads (regular grouping or not: the context and grouping still decide). */
const plain = fc
  .tuple(
    fc.constantFrom('', ' ', ''),
    fc.constantFrom('', '', 'Rp', 'Rp.', 'Rp ', 'rp. '),
    fc.constantFrom('', '', '-'),
    fc.oneof(grouped, grouped, body),
    fc.constantFrom('', '', '', '%', ' %', ',-', '.-', '-'),
    fc.constantFrom('', '', ' '),
  )
  .map((parts) => parts.join(''));

const texts = fc.oneof(plain, plain, plainish, near);

/** A reading as a plain object: a whole amount read from text is a TextWhole, whose Decimal is made on first use. */
function plainOf<T extends ParsedValue>(v: T): T {
  if (v instanceof TextWhole) {
    expect(Object.keys(v.toJSON())).toEqual(v.unit === undefined ? ['kind', 'value', 'fromText', 'int'] : ['kind', 'value', 'fromText', 'unit', 'int']);
    return v.toJSON() as T;
  }
  if (v.kind === 'composite') return { ...v, parts: v.parts.map((p) => plainOf(p)) };
  return v;
}

/** Checks `int` against the value, then compares the rest of the object with the original reader's. */
function expectSame(reading: ParsedValue, slow: ParsedValue): void {
  const fast = plainOf(reading);
  if (fast.kind === 'number' && fast.int !== undefined) {
    const { int, ...rest } = fast;
    expect(Number.isInteger(int) && Math.abs(int) < 1e15).toBe(true);
    expect(Object.is(int, -0)).toBe(false);
    expect(fast.value.equals(int)).toBe(true);
    expect(fast.value.toFixed()).toBe(String(int));
    expect(rest).toStrictEqual(slow);
    return;
  }
  expect(fast).toStrictEqual(slow);
  if (fast.kind === 'number' && slow.kind === 'number') expect(fast.value.toFixed()).toBe(slow.value.toFixed());
}

const MULTIPLE_REASON = 'Berisi beberapa angka; kolom ini hanya menerima satu angka';
const SPACED_REASON = 'Angka dipisah spasi: tidak jelas satu angka (pemisah ribuan) atau beberapa angka';

/** readNumberText as it was before the fast paths, on the original splitter and reader. */
function oracleNumberText(text: string, ctx: NumberContext): ParsedNumber {
  const split = splitCompositeSlow(text);
  if (split.kind === 'spaced') return { kind: 'unreadable', text: split.text, reason: SPACED_REASON };
  if (split.pieces.length > 1) return { kind: 'unreadable', text: normalizeText(text), reason: MULTIPLE_REASON };
  return readSingleTextSlow(text, ctx);
}

/** readValueText as it was before the fast paths. */
function oracleValueText(text: string, ctx: NumberContext): ParsedValue {
  const split: Pieces = splitCompositeSlow(text);
  if (split.kind === 'spaced') return { kind: 'unreadable', text: split.text, reason: SPACED_REASON };
  const { pieces } = split;
  if (pieces.length === 0) return { kind: 'empty' };
  if (pieces.length === 1) return readSingleTextSlow(pieces[0], ctx);
  const units = splitSatuan(ctx.satuan);
  const parts = pieces.map((p, i) => readSingleTextSlow(p, units.length === pieces.length ? { ...ctx, satuan: units[i] } : ctx));
  return { kind: 'composite', text: normalizeText(text), parts };
}

function withoutInts(reading: ParsedValue): ParsedValue {
  const v = plainOf(reading);
  if (v.kind === 'composite') return { ...v, parts: v.parts.map((p) => withoutInts(p) as ParsedNumber) };
  if (v.kind === 'number' && v.int !== undefined) {
    const { int: _int, ...rest } = v;
    return rest;
  }
  return v;
}

describe('plain number text read on the fast path gives exactly the original result', () => {
  it('reads one number like the original reader in every context, with a correct int when it gives one', () => {
    let fast = 0;
    fc.assert(
      fc.property(texts, context, (text, ctx) => {
        if (readPlainNumber(text, ctx) !== undefined) fast++;
        expectSame(readSingleText(text, ctx), readSingleTextSlow(text, ctx));
      }),
      RUNS,
    );
    // The generated texts reach the fast path often enough for the comparison to mean something.
    expect(fast).toBeGreaterThan(RUNS.numRuns / 5);
  });

  it('splits text into the same pieces as the original splitter', () => {
    fc.assert(
      fc.property(texts, (text) => {
        expect(splitComposite(text)).toStrictEqual(splitCompositeSlow(text));
      }),
      RUNS,
    );
  });

  it('reads number and value text like the original readers', () => {
    fc.assert(
      fc.property(texts, context, (text, ctx) => {
        expectSame(readNumberText(text, ctx), oracleNumberText(text, ctx));
        const value = readValueText(text, ctx);
        expect(withoutInts(value)).toStrictEqual(oracleValueText(text, ctx));
        if (value.kind === 'composite') value.parts.forEach((p) => expectSame(p, withoutInts(p)));
      }),
      RUNS,
    );
  });

  it('reads a text it accepts in one scan exactly as readNumberText and readValueText do', () => {
    fc.assert(
      fc.property(texts, context, (text, ctx) => {
        const plain = readPlainNumber(text, ctx);
        if (plain === undefined) return;
        expect(plain.kind).toBe('number');
        expectSame(plain, oracleNumberText(text, ctx));
        expectSame(plain, oracleValueText(text, ctx));
        expect(plainOf(plain)).toStrictEqual(plainOf(readNumberText(text, ctx)));
      }),
      RUNS,
    );
  });

  it.each([
    ['25.805.000', { column: 'money' }, '25805000', 25805000],
    ['1.234.567,89', { column: 'money' }, '1234567.89', undefined],
    ['78,63', { column: 'percent' }, '78.63', undefined],
    ['100,00', { column: 'percent' }, '100', 100],
    ['Rp 1.250.000,-', { column: 'money' }, '1250000', 1250000],
    ['Rp. 45.598.100,-', { column: 'measure' }, '45598100', 45598100],
    ['-1.500', { column: 'money' }, '-1500', -1500],
    ['1.485', { column: 'measure', satuan: 'Orang' }, '1485', 1485],
    ['12,5%', { column: 'percent' }, '12.5', undefined],
    ['85,44 %', { column: 'measure', satuan: '%' }, '85.44', undefined],
    ['Rp 100 %', { column: 'percent' }, '100', 100],
    [' 0 ', { column: 'money' }, '0', 0],
    ['1.234,5.-', { column: 'money' }, '1234.5', undefined],
    ['Rp 1.000, -', { column: 'money' }, '1000', undefined],
  ] as Array<[string, NumberContext, string, number | undefined]>)('reads "%s" in %j as %s, int %s', (text, ctx, value, int) => {
    const got = readNumberText(text, ctx);
    expect(got.kind).toBe('number');
    if (got.kind !== 'number') return;
    expect(got.value.toFixed()).toBe(value);
    expect(got.int).toBe(int);
    expectSame(got, oracleNumberText(text, ctx));
  });

  it.each(['1,2.4.-', '1.234,5.-', '1,234.567.-', '0,00', '-0,00', '007', '1.000.-', '5,-', 'Rp-5', 'rp.5%', '1.485 %', '0.485', '1.0.0', '9999999999999999'])(
    'reads the edge case "%s" like the original reader in every context',
    (text) => {
      for (const ctx of CONTEXTS) {
        expectSame(readNumberText(text, ctx), oracleNumberText(text, ctx));
        expect(withoutInts(readValueText(text, ctx))).toStrictEqual(oracleValueText(text, ctx));
      }
    },
  );

  it('leaves what the context cannot settle to the original reader: "1.485" in percent is ambiguous, "-0" keeps its sign', () => {
    expect(readNumberText('1.485', { column: 'percent' })).toStrictEqual(readSingleTextSlow('1.485', { column: 'percent' }));
    expect(readNumberText('1.485', { column: 'percent' }).kind).toBe('ambiguous');
    expect(readNumberText('1.485 %', { column: 'money' }).kind).toBe('ambiguous');
    const zero = readNumberText('-0', { column: 'money' });
    expect(zero.kind === 'number' && zero.value.isNegative()).toBe(true);
    expect(zero).toStrictEqual(readSingleTextSlow('-0', { column: 'money' }));
  });
});

describe('the fast path keeps decimal.js semantics', () => {
  it('builds the same Decimal for a whole amount as the string reading does', () => {
    fc.assert(
      fc.property(fc.integer({ min: -999_999_999_999_999, max: 999_999_999_999_999 }), (n) => {
        const got = readSingleText(String(n), { column: 'money' });
        if (n === 0 || got.kind !== 'number') return;
        expect(got.value).toStrictEqual(n < 0 ? new Decimal(String(-n)).negated() : new Decimal(String(n)));
      }),
      RUNS,
    );
  });
});
