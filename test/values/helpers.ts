import Decimal from 'decimal.js';
import type { ParsedNumber, ParsedValue } from '../../src/core/values';

/** The number a ParsedNumber holds, as a plain string, or throws with the kind it got. */
export function num(p: ParsedNumber | ParsedValue): string {
  if (p.kind !== 'number') throw new Error(`expected a number, got ${JSON.stringify(plain(p))}`);
  return p.value.toString();
}

/** Decimal-free copy for readable equality checks. */
export function plain(v: unknown): unknown {
  return JSON.parse(JSON.stringify(v, (_k, x) => (x instanceof Decimal ? x.toString() : x)));
}
