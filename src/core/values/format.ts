import Decimal from 'decimal.js';

/** Rounds to 2 decimals, half away from zero, as Excel's ROUND(x; 2) does. */
export function round2(d: Decimal): Decimal {
  return d.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/**
 * Indonesian display of a number: "8.054.019.520", "78,63".
 * Without `decimals` an integer prints without decimals and any other value
 * with exactly the decimals it has; with `decimals` the value is rounded half
 * up to that many places (formatId(d, 2) → "78,63", "100,00").
 */
export function formatId(d: Decimal, decimals?: number): string {
  let fixed: string;
  if (decimals === undefined) {
    fixed = d.isInteger() ? d.toFixed(0) : d.toFixed();
  } else {
    const places = Math.max(0, Math.floor(decimals));
    fixed = d.toFixed(places, Decimal.ROUND_HALF_UP);
  }
  let negative = fixed.startsWith('-');
  if (negative) fixed = fixed.slice(1);
  // "-0,00" is not a thing people write.
  if (/^[0.]*$/.test(fixed)) negative = false;
  const [intPart, fracPart] = fixed.split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return (negative ? '-' : '') + grouped + (fracPart !== undefined ? ',' + fracPart : '');
}
