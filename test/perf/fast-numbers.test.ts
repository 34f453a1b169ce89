import Decimal from 'decimal.js';
import fc from 'fast-check';
import { decimalOfInt, intOf, percentHundredths, scaledInt } from '../../src/core/compute/fast';
import { round2, statedPercent, statedPercentHundredths } from '../../src/core/compute/num';
import { readNumber } from '../../src/core/values';
import type { Cell } from '../../src/grid/types';

const RUNS = { numRuns: 3000 };
const money = fc.integer({ min: -9e11, max: 9e11 });
const bigMoney = fc.oneof(money, fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }));

/** The decimal.js answer the fast path must give. */
function decimalHundredths(r: number, p: number): number {
  // + 0: a tiny negative quotient rounds to -0 in decimal.js; the comparisons treat it as 0.
  return round2(new Decimal(r).dividedBy(new Decimal(p)).times(100)).times(100).toNumber() + 0;
}

describe('integer fast paths give exactly the decimal.js result', () => {
  it('reads a whole Decimal back as the same integer, and refuses fractions and values of 1e15 and more', () => {
    fc.assert(
      fc.property(bigMoney, (n) => {
        const got = intOf(new Decimal(String(n)));
        if (Math.abs(n) < 1e15) expect(got).toBe(n);
        else expect(got).toBeUndefined();
      }),
      RUNS,
    );
    expect(intOf(new Decimal('8054019520'))).toBe(8_054_019_520);
    expect(intOf(new Decimal('1200000000'))).toBe(1_200_000_000);
    expect(intOf(new Decimal('0'))).toBe(0);
    expect(intOf(new Decimal('12.5'))).toBeUndefined();
    expect(intOf(new Decimal('0.5'))).toBeUndefined();
    expect(intOf(new Decimal('1e15'))).toBeUndefined();
  });

  it('reads the results of decimal.js sums and differences as integers', () => {
    fc.assert(
      fc.property(money, money, money, (a, b, c) => {
        const d = new Decimal(a).plus(b).minus(c);
        expect(intOf(d)).toBe(a + b - c);
      }),
      RUNS,
    );
  });

  it('scales a stated percentage with up to two decimals to hundredths, and refuses more decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }), (h, extra) => {
        const text = new Decimal(h).dividedBy(100).toFixed();
        expect(scaledInt(new Decimal(text), 2)).toBe(h);
        if (extra > 0) expect(scaledInt(new Decimal(`${text}${text.includes('.') ? '' : '.'}${'0'.repeat(3)}${extra}`), 2)).toBeUndefined();
      }),
      RUNS,
    );
    expect(scaledInt(new Decimal('78.63'), 2)).toBe(7863);
    expect(scaledInt(new Decimal('33.195'), 2)).toBeUndefined();
    expect(scaledInt(new Decimal('-0.07'), 2)).toBe(-7);
  });

  it('rounds realisasi / pagu × 100 half away from zero like round2 of the Decimal quotient', () => {
    fc.assert(
      fc.property(money, bigMoney.filter((p) => p !== 0 && Math.abs(p) < 1e15), (r, p) => {
        expect(percentHundredths(r, p)).toBe(decimalHundredths(r, p));
      }),
      RUNS,
    );
  });

  it('rounds a quotient exactly on a .5 hundredth boundary up, away from zero', () => {
    // p = 20000·a, r = (2k + 1)·a: r / p × 100 = (2k + 1) / 200, exactly k + 0.5 hundredths.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 4e10 }), fc.integer({ min: -20, max: 20000 }), fc.boolean(), (a, k, neg) => {
        const p = 20000 * a;
        const r = (2 * k + 1) * a;
        if (Math.abs(r) > 9e11) return;
        const sp = neg ? -p : p;
        expect(percentHundredths(r, sp)).toBe(decimalHundredths(r, sp));
      }),
      RUNS,
    );
    // Mojokerto: realisasi 41.486.800 of pagu 125.000.000 is 33,1894 %; a half-cent case: 1 of 200 is 0,5 % exactly.
    expect(percentHundredths(41_486_800, 125_000_000)).toBe(3319);
    expect(percentHundredths(1, 20_000)).toBe(1);
    expect(percentHundredths(-1, 20_000)).toBe(-1);
    expect(percentHundredths(1, 0)).toBeUndefined();
    expect(percentHundredths(9e12, 10)).toBeUndefined();
  });
});

describe('whole numbers read from numeric cells', () => {
  it('become the same Decimal as parsing their shortest string, word for word', () => {
    const same = (n: number) => {
      const fast = decimalOfInt(n) as unknown as { s: number; e: number; d: number[] };
      const slow = new Decimal(String(n)) as unknown as { s: number; e: number; d: number[] };
      expect([fast.s, fast.e, fast.d]).toEqual([slow.s, slow.e, slow.d]);
      expect((fast as unknown as Decimal).toFixed()).toBe(String(BigInt(n)));
      expect(fast).toBeInstanceOf(Decimal);
      expect(Object.keys(fast)).toEqual(Object.keys(slow));
      expect((fast as unknown as Decimal).plus(1).equals(new Decimal(String(n)).plus(1))).toBe(true);
    };
    fc.assert(fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), same), RUNS);
    fc.assert(fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (k, m) => same(m * 10 ** k)), RUNS);
    [0, -0, 1, 9_999_999, 10_000_000, 1_200_000_000, 8_054_019_520, 99_999_999_999_999, 1e15, Number.MAX_SAFE_INTEGER, -41_486_800].forEach(same);
  });
});

describe('hundredths as numbers', () => {
  it('h / 100 is the number decimal.js gives for a value with at most two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e14, max: 1e14 }), (h) => {
        const d = new Decimal(h).dividedBy(100);
        const got = scaledInt(d, 2);
        // Refusing is allowed (the caller then takes toNumber()); answering wrong is not.
        if (got !== undefined) expect(got).toBe(h);
        expect(h / 100).toBe(d.toNumber());
      }),
      RUNS,
    );
  });
});

describe('a stated percentage read in hundredths from its numeric cell', () => {
  const percentCell = (v: number, z?: string) => {
    const cell: Cell = z ? { t: 'n', v, z } : { t: 'n', v };
    return { ref: { sheet: 'DPA', row: 0, col: 0 }, cell, parsed: readNumber(cell, { column: 'percent' }) };
  };
  const twoDecimals = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -20000, max: 20000 })).map((h) => h / 100);
  const anyNumber = fc.oneof(twoDecimals, fc.double({ min: -1e14, max: 1e14, noNaN: true }), fc.integer().map((n) => n / 1000));

  it('equals the hundredths of the Decimal the validator reads, whenever it answers', () => {
    fc.assert(
      fc.property(anyNumber, fc.constantFrom(undefined, '0.00', '#,##0.00', '0.00%', '0.00" %"'), (v, z) => {
        const sv = percentCell(v, z);
        const fast = statedPercentHundredths(sv);
        const slow = scaledInt(statedPercent(sv)!, 2);
        if (fast !== undefined) expect(fast).toBe(slow);
        // It answers for every plain cell with at most two decimals (the % columns of a DPA).
        if (!z?.includes('%') && slow !== undefined && Math.abs(v) < 1e8) expect(fast).toBe(slow);
      }),
      RUNS,
    );
    expect(statedPercentHundredths(percentCell(78.63))).toBe(7863);
    // Typed as text, the way many agency sheets hold their % column.
    const textCell = (v: string) => {
      const cell: Cell = { t: 's', v };
      return { ref: { sheet: 'DPA', row: 0, col: 0 }, cell, parsed: readNumber(cell, { column: 'percent' }) };
    };
    for (const v of ['78,63', '85,44 %', '100', '0,5', '33,195', '1.485', '-']) {
      const sv = textCell(v);
      const slow = sv.parsed.kind === 'number' ? scaledInt(statedPercent(sv)!, 2) : undefined;
      expect(statedPercentHundredths(sv)).toBe(slow);
    }
    expect(statedPercentHundredths(textCell('78,63'))).toBe(7863);
    expect(statedPercentHundredths(percentCell(85.445))).toBeUndefined();
    expect(statedPercentHundredths(percentCell(0.7863, '0.00%'))).toBeUndefined();
  });
});
