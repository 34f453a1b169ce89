/** ISO date text (cells of type t="d") to Excel 1900-system serial numbers. */

const DAY_MS = 86400000;
const EPOCH = Date.UTC(1899, 11, 30);
const MARCH_1_1900 = Date.UTC(1900, 2, 1);

/** Days between the 1900 and 1904 date systems. */
export const DATE1904_OFFSET = 1462;

/** Serial number of an ISO 8601 date/time, or undefined when the text is not one Excel could store. */
export function isoToSerial(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso.trim());
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return undefined;
  if (y < 1900) return undefined;
  let serial = (ms - EPOCH) / DAY_MS;
  // Excel counts the non-existent 29 Feb 1900, so earlier dates are one lower.
  if (ms < MARCH_1_1900) serial -= 1;
  const time = (Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400;
  return serial + time;
}
