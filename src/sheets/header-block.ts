/**
 * Finding the header rows of a table: the row that names the most known
 * fields, extended to the merged group row above / sub-header row below
 * (e.g. "KINERJA" over Target | Realisasi | Capaian).
 */
import type { Cell, SheetGrid } from '../grid/types';
import { classifyColumn, classifyRaw, headerYear, isPlainNumberText } from './headers';
import type { MergeIndex } from './merges';
import { cellText, isBlank, isYearNumber } from './text';

const MAX_HEADER_TEXT = 80;
const MAX_HEADER_ROWS = 3;
/** Sub-header cells are short ("TW I", "Realisasi", "Alokasi"); a long text is data. */
const MAX_SUBHEADER_TEXT = 40;
const LEADING_DIGIT = /^[(\s]*\d/;

function rowCells(sheet: SheetGrid, r: number): Array<Cell | undefined> {
  return sheet.rows[r] ?? [];
}

/** A non-year number in the row: data, not header. */
function hasDataNumber(row: Array<Cell | undefined>): boolean {
  for (const cell of row) {
    if (cell && cell.t === 'n' && !isYearNumber(cell.v)) return true;
  }
  return false;
}

function nonEmptyCount(row: Array<Cell | undefined>): number {
  let n = 0;
  for (const cell of row) if (!isBlank(cell)) n++;
  return n;
}

/**
 * How many distinct fields the row's cells name on their own: the header
 * score. 0 for rows holding data numbers or a single cell (titles).
 */
export function headerScore(row: Array<Cell | undefined> | undefined): number {
  if (!row) return 0;
  // Data rows hold numbers: rule them out before classifying any text.
  let cells = 0;
  for (const cell of row) {
    if (!cell || isBlank(cell)) continue;
    if (cell.t === 'n' && !isYearNumber(cell.v)) return 0;
    cells++;
  }
  if (cells < 2) return 0;
  // Distinct fields; a data row names one at most, so the set is made only for a second one.
  let first: string | undefined;
  let seen: Set<string> | undefined;
  for (const cell of row) {
    if (!cell || cell.t !== 's' || cell.v.length > MAX_HEADER_TEXT) continue;
    const c = classifyRaw(cell.v);
    if (!c) continue;
    if (first === undefined) first = c.field;
    else if (c.field !== first) (seen ??= new Set([first])).add(c.field);
  }
  return seen !== undefined ? seen.size : first === undefined ? 0 : 1;
}

/**
 * False when at most one cell of the row could name a field (a text of
 * header length that is not a number typed as text): such a row scores
 * below 2 without classifying anything. Rows of amounts typed as text
 * ("25.805.000") under a code and an uraian are such rows.
 */
export function mayNameTwoFields(row: Array<Cell | undefined>): boolean {
  let texts = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.t !== 's' || cell.v.length > MAX_HEADER_TEXT || isPlainNumberText(cell.v)) continue;
    if (++texts >= 2) return true;
  }
  return false;
}

/** First row in [from, to) that scores as a header. */
export function firstHeaderRow(sheet: SheetGrid, from: number, to: number, minScore: number): number | undefined {
  const end = Math.min(to, sheet.rows.length);
  for (let r = from; r < end; r++) if (headerScore(sheet.rows[r]) >= minScore) return r;
  return undefined;
}

/** Best header row in [from, to): highest score ≥ minScore, earliest on ties. */
export function bestHeaderRow(sheet: SheetGrid, from: number, to: number, minScore: number): number | undefined {
  let best: number | undefined;
  let bestScore = minScore - 1;
  const end = Math.min(to, sheet.rows.length);
  for (let r = from; r < end; r++) {
    const s = headerScore(sheet.rows[r]);
    if (s > bestScore) {
      best = r;
      bestScore = s;
    }
  }
  return best;
}

function mergeLinksRows(merges: MergeIndex, upper: number, lower: number, sheet: SheetGrid): boolean {
  if (merges.empty) return false;
  const width = Math.max(rowCells(sheet, upper).length, rowCells(sheet, lower).length);
  for (let c = 0; c < width; c++) {
    const m = merges.at(upper, c);
    if (!m) continue;
    // A vertical merge from the upper row into the lower one, or a group
    // header spread over columns that carry their own text below.
    if (m.r0 <= upper && m.r1 >= lower) return true;
    if (m.r0 === upper && m.r1 === upper && m.c1 > m.c0) {
      let below = 0;
      for (let cc = m.c0; cc <= m.c1; cc++) if (!isBlank(rowCells(sheet, lower)[cc])) below++;
      if (below >= 2) return true;
    }
  }
  return false;
}

/** Without merges: the upper row leaves gaps the lower row fills (group headers typed once). */
function gapsLink(sheet: SheetGrid, upper: number, lower: number): boolean {
  const up = rowCells(sheet, upper);
  const low = rowCells(sheet, lower);
  const width = Math.max(up.length, low.length);
  let upOnly = false;
  let lowOnly = false;
  for (let c = 0; c < width; c++) {
    const u = !isBlank(up[c]);
    const l = !isBlank(low[c]);
    if (u && !l) upOnly = true;
    if (l && !u) lowOnly = true;
  }
  return upOnly && lowOnly;
}

function looksLikeSubHeader(sheet: SheetGrid, r: number): boolean {
  const row = sheet.rows[r];
  if (!row || hasDataNumber(row) || nonEmptyCount(row) === 0) return false;
  let known = 0;
  for (const cell of row) {
    if (!cell || isBlank(cell)) continue;
    if (cell.t === 'n') {
      known++;
      continue;
    }
    const text = cellText(cell).trim();
    if (text.length > MAX_SUBHEADER_TEXT) return false;
    const year = headerYear(text);
    if (year !== undefined) {
      known++;
      continue;
    }
    // "90 %", "1.", "64 (B)": values and numbering, not headers.
    if (LEADING_DIGIT.test(text)) return false;
    if (classifyRaw(text) || classifyColumn(text, 'realisasi')) known++;
  }
  return known >= 1;
}

export interface HeaderBlock {
  start: number;
  end: number;
}

/** Extends a header row to the group row above and the sub-header rows below. */
export function headerBlockAround(sheet: SheetGrid, row: number, merges: MergeIndex, floor: number): HeaderBlock {
  let start = row;
  let end = row;
  while (end - start + 1 < MAX_HEADER_ROWS && start - 1 >= floor) {
    const up = sheet.rows[start - 1];
    if (!up || hasDataNumber(up) || nonEmptyCount(up) < 2) break;
    if (!(mergeLinksRows(merges, start - 1, start, sheet) || gapsLink(sheet, start - 1, start))) break;
    start--;
  }
  while (end - start + 1 < MAX_HEADER_ROWS && end + 1 < sheet.rows.length) {
    const next = end + 1;
    if (!looksLikeSubHeader(sheet, next) || isNumberingRow(sheet.rows[next])) break;
    if (!(mergeLinksRows(merges, end, next, sheet) || gapsLink(sheet, end, next))) break;
    end = next;
  }
  return { start, end };
}

const NUMBERING_TEXT = /^\(?\s*(\d{1,2})\s*\)?\.?$/;
const FORMULA_TEXT = /^[()\d\s=x×*+\-/:%.,]+$/;

/**
 * A cell no numbering row holds, told by its type and first character: a
 * text starting with a letter other than "x" (NUMBERING_TEXT wants a digit or
 * "(" first, FORMULA_TEXT no other letter), a number other than 0..99, a
 * boolean, a date, an error.
 */
function surelyNotNumbering(cell: Cell): boolean {
  if (cell.t === 's') {
    const c = cell.v.charCodeAt(0);
    return c !== 0x78 && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  }
  if (cell.t === 'n') return !Number.isInteger(cell.v) || cell.v < 0 || cell.v > 99;
  return true;
}

/** The "(1) (2) (3)" / "1 2 3" row printed under report headers. */
export function isNumberingRow(row: Array<Cell | undefined> | undefined): boolean {
  if (!row) return false;
  // Data rows (a code then an uraian) are turned down here, before any trim or regex.
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (cell && surelyNotNumbering(cell)) return false;
  }
  return numberingCells(row);
}

/** isNumberingRow cell by cell, with the patterns: the oracle of its early rejection. */
export function numberingCells(row: Array<Cell | undefined>): boolean {
  let count = 0;
  let pure = 0;
  let last = 0;
  for (const cell of row) {
    if (!cell || isBlank(cell)) continue;
    count++;
    let n: number | undefined;
    if (cell.t === 'n') {
      if (!Number.isInteger(cell.v) || cell.v < 0 || cell.v > 99) return false;
      n = cell.v;
    } else if (cell.t === 's') {
      const m = NUMBERING_TEXT.exec(cell.v.trim());
      if (m) n = Number(m[1]);
      else if (!FORMULA_TEXT.test(cell.v.trim())) return false;
    } else {
      return false;
    }
    if (n !== undefined) {
      if (n <= last) return false;
      last = n;
      pure++;
    }
  }
  return count >= 2 && pure * 2 >= count;
}
