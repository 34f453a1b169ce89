/**
 * Integer fast paths for the per-row arithmetic of large DPA sheets. Money is
 * whole Rupiah in nearly every cell: below 1e15 such amounts are exact JS
 * numbers, so sums, differences and a rounded percentage can be computed
 * without allocating Decimals. Every helper answers `undefined` when it cannot
 * be sure, and the caller then takes the decimal.js path; the property tests
 * (test/perf) hold each helper to the decimal.js result.
 */
import Decimal from 'decimal.js';

const DecimalCtor = Decimal;

/** decimal.js keeps the digits in base 1e7 words (d), the base-10 exponent (e) and the sign (s). */
interface DecimalParts {
  d: number[] | null;
  e: number;
  s: number;
}

const POW10 = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/** Largest magnitude the fast paths take: sums and differences of two stay exact doubles. */
export const FAST_LIMIT = 1e15;

/**
 * d × 10^places as a JS integer, when that is an integer below 1e15 in
 * magnitude; undefined otherwise (a fraction at that scale, a big value).
 */
export function scaledInt(d: Decimal, places: number): number | undefined {
  const x = d as unknown as DecimalParts;
  const w = x.d;
  if (!w || w.length === 0) return undefined;
  if (w.length === 1 && w[0] === 0) return 0;
  const e = x.e;
  if (e + 1 + places > 15) return undefined;
  const firstLen = ((((e + 1) % 7) + 7) % 7) || 7;
  const represented = firstLen + 7 * (w.length - 1);
  if (represented > 16) return undefined;
  let n = 0;
  for (let i = 0; i < w.length; i++) n = n * 1e7 + w[i];
  // Exact while the digits fit a safe integer; beyond, the rounded n is not safe either.
  if (!Number.isSafeInteger(n)) return undefined;
  const shift = e + 1 - represented + places;
  let v: number;
  if (shift >= 0) v = n * POW10[shift];
  else {
    if (-shift > 15) return undefined;
    const div = POW10[-shift];
    if (n % div !== 0) return undefined;
    v = n / div;
  }
  return x.s < 0 ? -v : v;
}

/** The value of d as a JS integer when it is a whole number below 1e15 in magnitude. */
export function intOf(d: Decimal | undefined): number | undefined {
  return d === undefined ? undefined : scaledInt(d, 0);
}

/**
 * round-half-up(realisasi / pagu × 100, 2) × 100, i.e. the rounded percentage
 * in hundredths, for whole amounts: the same as decimal.js
 * round2(r.dividedBy(p).times(100)) (20 significant digits cannot reach a
 * rounding boundary the exact quotient is not on while |r| ≤ 9e11, since the
 * quotient is at least 1/(20000·p) away from any boundary it is not on).
 * undefined when pagu is 0 or realisasi too large for exact r × 10000.
 */
export function percentHundredths(realisasi: number, pagu: number): number | undefined {
  if (pagu === 0 || !(Math.abs(realisasi) <= 9e11) || !(Math.abs(pagu) < FAST_LIMIT)) return undefined;
  const negative = realisasi < 0 !== pagu < 0 && realisasi !== 0;
  const p = Math.abs(pagu);
  const n = Math.abs(realisasi) * 10000;
  let q = Math.floor(n / p);
  let rem = n - q * p;
  // The double division may be off by one near an integer: settle it with exact integers.
  if (rem < 0) {
    q -= 1;
    rem += p;
  } else if (rem >= p) {
    q += 1;
    rem -= p;
  }
  // Half away from zero, as ROUND_HALF_UP: the remainder is at least half of p.
  if (rem >= p - rem) q += 1;
  return negative && q !== 0 ? -q : q;
}

/**
 * new Decimal(String(n)) for a safe integer, without the string: an integer's
 * base-1e7 words are its plain base-1e7 digits (decimal.js aligns words on
 * the units), trailing zero words dropped. Numeric money cells are read with
 * this, one per cell, so it avoids a string and a parse per cell.
 */
export function decimalOfInt(n: number): Decimal {
  const a = Math.abs(n);
  // String(-0) is "0": a positive zero, as the string path gives.
  if (n === 0) return new DecimalCtor(0);
  // decimal.js has its own fast path below 1e7.
  if (a < 1e7 || !Number.isSafeInteger(n)) return new DecimalCtor(n);
  let e = 7;
  while (e < 15 && POW10[e + 1] <= a) e++;
  const words: number[] = [];
  let rest = a;
  while (rest > 0) {
    const w = rest % 1e7;
    words.push(w);
    rest = (rest - w) / 1e7;
  }
  words.reverse();
  while (words.length > 1 && words[words.length - 1] === 0) words.pop();
  // The fields in the order decimal.js's constructor assigns them (same hidden class as its instances).
  const x = Object.create(DecimalCtor.prototype) as DecimalParts & { constructor: unknown };
  x.constructor = DecimalCtor;
  x.s = n < 0 ? -1 : 1;
  x.e = e;
  x.d = words;
  return x as unknown as Decimal;
}

/**
 * A parsed number as an exact integer below 1e15 in magnitude, when it is one:
 * the reader's own integer when it kept one (no Decimal needed), else from the Decimal.
 */
export function intOfParsed(p: { kind: 'number'; value: Decimal; int?: number }): number | undefined {
  return p.int !== undefined ? p.int : scaledInt(p.value, 0);
}
