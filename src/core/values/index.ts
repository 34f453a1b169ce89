/**
 * Number reading (see DOMAIN.md "Numbers as staff type them").
 *
 * Decisions worth knowing:
 * - Numeric cells are certain; a percent number format reads as shown
 *   (0.8544 under "0.00%" → 85.44, unit "%", percentFormat).
 * - A single separator before exactly 3 digits ("1.485", "1,485") has two
 *   readings. Money, a "Rp" prefix, or a satuan counting whole things (Orang,
 *   Dokumen, Kec. ...) read it as thousands (1485): Rupiah and head counts have
 *   no 3-digit decimals. Percent, index and other measures report 'ambiguous'
 *   with readings [1.485, 1485].
 * - Every other single separator is a decimal one ("88,32", "12.5", "0,485");
 *   repeated separators are thousands ("1.234.567", "1,234,567").
 * - "521. 909.250" (spaces around a separator) reads as 521909250 with a
 *   `repaired` note only when every group after the first has 3 digits;
 *   otherwise unreadable. "848.146..988,00" (doubled separator) is unreadable.
 * - "116 134" (space-separated 3-digit groups) is unreadable: one number with
 *   space thousands or a list. "9 3 5 300" is a list.
 * - "(1.234)" is an accounting negative in money columns, unreadable elsewhere.
 * - "1,2 M" / "5 juta" in money are unreadable: no multiplying on the user's behalf.
 */
export { readNumber, readValue, readNumberText, readValueText, valueNumbers, isPercentFormat } from './cell';
export { round2, formatId } from './format';
export { satuanKind, splitSatuan, type SatuanKind } from './satuan';
export type { NumberContext, ParsedNumber, ParsedValue } from './types';
