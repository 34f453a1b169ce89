/**
 * Where a table's data stops: a total row (Jumlah, Total, J U M L A H,
 * Total Belanja...), a run of blank rows, or the next table's title/header.
 */
import type { Cell, SheetGrid } from '../grid/types';
import { headerScore, isNumberingRow, mayNameTwoFields } from './header-block';
import { cellText, isBlank, isYearNumber, leadingChar, norm } from './text';

const TOTAL =
  /^(?:jumlah|total|grand total)(?: (?:total|keseluruhan|seluruhnya|semua|belanja|anggaran|program|pagu|opd|skpd|pd|dinas|kegiatan|umum|akhir|langsung|tidak|realisasi|keuangan|rp|apbd|papbd|tahun|\d{4}))*$/;
const SUBTOTAL = /^sub ?(?:total|jumlah)\b/;
const TITLE = /^(?:tabel|table|lampiran)\b/;
/** Signature block and notes under a table: "Mengetahui,", "PIHAK KEDUA", "Mojokerto, 31 Desember 2021", "Catatan:". */
const CLOSING =
  /^(?:mengetahui|menyetujui|disetujui|pihak (?:pertama|kedua)|kepala (?:dinas|badan|kantor|bagian|bidang|sub)|nip|bupati|walikota|wali kota|gubernur|sekretaris daerah|catatan|sumber data)\b|^[a-z ]{3,30} \d{1,2} (?:januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|nopember|november|desember) (?:19|20)\d\d$/;

/** Blank rows in a row that end a table. */
export const BLANK_RUN_END = 3;

/** Cheap first-letter filters, so that most data rows never reach norm(). Tests hold leadingChar() to these. */
export const TOTAL_START = /^[\s\u00a0]*[jJtTgG]/;
export const SUBTOTAL_START = /^[\s\u00a0]*[sS]/;
export const TITLE_START = /^[\s\u00a0]*[tTlL]/;

const J = 0x6a;
const T = 0x74;
const G = 0x67;
const S = 0x73;
const L = 0x6c;

/** TOTAL_START.test(text), by the first character. */
export function mayBeTotal(text: string): boolean {
  const c = leadingChar(text);
  return c === J || c === T || c === G;
}

/** SUBTOTAL_START.test(text), by the first character. */
export function mayBeSubtotal(text: string): boolean {
  return leadingChar(text) === S;
}

/** TITLE_START.test(text), by the first character. */
export function mayBeTitle(text: string): boolean {
  const c = leadingChar(text);
  return c === T || c === L;
}

export function isTotalText(text: string): boolean {
  return mayBeTotal(text) && text.length < 60 && TOTAL.test(norm(text));
}

export function isSubtotalText(text: string): boolean {
  return mayBeSubtotal(text) && SUBTOTAL.test(norm(text));
}

export function isRowBlank(row: Array<Cell | undefined> | undefined, minCol: number, maxCol: number): boolean {
  if (!row) return true;
  const end = Math.min(maxCol, row.length - 1);
  for (let c = minCol; c <= end; c++) if (!isBlank(row[c])) return false;
  return true;
}

/** The total label sits in one of the label columns (No, Kode, Uraian, Sasaran) or the table's first column. */
export function totalLabelColumn(row: Array<Cell | undefined> | undefined, labelCols: number[]): number | undefined {
  if (!row) return undefined;
  for (let i = 0; i < labelCols.length; i++) {
    const c = labelCols[i];
    const cell = row[c];
    if (cell && cell.t === 's' && isTotalText(cell.v)) return c;
  }
  return undefined;
}

export interface Bounds {
  numberingRow?: number;
  dataStart: number;
  dataEnd: number;
  totalRow?: number;
  /** Rows inside the data range that are not data: repeated headers, numbering rows, sub totals. */
  skipRows: number[];
}

function rowSignature(row: Array<Cell | undefined> | undefined): string {
  if (!row) return '';
  const parts: string[] = [];
  for (const cell of row) if (!isBlank(cell)) parts.push(norm(cellText(cell)));
  return parts.join('|');
}

export function findBounds(
  sheet: SheetGrid,
  headerStart: number,
  headerEnd: number,
  minCol: number,
  maxCol: number,
  labelCols: number[],
): Bounds {
  const headerSigs = new Set<string>();
  for (let r = headerStart; r <= headerEnd; r++) headerSigs.add(rowSignature(sheet.rows[r]));
  let dataStart = headerEnd + 1;
  let numberingRow: number | undefined;
  if (isNumberingRow(sheet.rows[dataStart])) {
    numberingRow = dataStart;
    dataStart++;
  }
  const skipRows: number[] = [];
  let lastData = dataStart - 1;
  let blankRun = 0;
  let totalRow: number | undefined;
  for (let r = dataStart; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (isRowBlank(row, minCol, maxCol)) {
      if (++blankRun >= BLANK_RUN_END) break;
      continue;
    }
    blankRun = 0;
    const label = totalLabelColumn(row, labelCols);
    if (label !== undefined) {
      if (totalRow !== undefined) break;
      totalRow = r;
      // A total printed above its rows (right under the header): the data follows it.
      if (lastData < dataStart) {
        dataStart = r + 1;
        lastData = r;
        continue;
      }
      break;
    }
    const first = firstText(row!, minCol, maxCol);
    if (first !== undefined && mayBeTitle(first) && TITLE.test(norm(first))) break;
    if (first !== undefined && !startsWithDigit(first) && !rowHasNumber(row!, minCol, maxCol) && CLOSING.test(norm(first))) break;
    if (first !== undefined && isSubtotalText(first)) {
      skipRows.push(r);
      continue;
    }
    if (!holdsAmount(row!) && mayNameTwoFields(row!) && headerScore(row) >= 2) {
      // A header repeated on every printed page is skipped; another header starts another table.
      if (!headerSigs.has(rowSignature(row))) break;
      skipRows.push(r);
      if (isNumberingRow(sheet.rows[r + 1])) skipRows.push(++r);
      continue;
    }
    if (r !== numberingRow && r > dataStart && !holdsAmount(row!) && isNumberingRow(row)) {
      skipRows.push(r);
      continue;
    }
    lastData = r;
  }
  return { numberingRow, dataStart, dataEnd: lastData, totalRow, skipRows: skipRows.filter((r) => r <= lastData) };
}

/**
 * The first letter or digit of the text is an ASCII digit (a code, an amount
 * typed as text): norm() of it starts with that digit, so no closing line
 * (they start with a word) can match. Decided without normalising the row.
 */
function startsWithDigit(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
    // ASCII that norm() turns into spaces (not a letter, digit or %): skipped; anything else decides nothing.
    const ascii = c < 128;
    const alnum = (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!ascii || alnum || c === 37) return false;
  }
  return false;
}

/**
 * A number that is neither a year nor a whole 0..99 (an amount, a fraction):
 * such a row scores 0 as a header and is no numbering row, so neither is
 * asked. Looks at the whole row, as both of them do.
 */
export function holdsAmount(row: Array<Cell | undefined>): boolean {
  for (let c = 0; c < row.length; c++) {
    const cell = row[c];
    if (!cell || cell.t !== 'n') continue;
    const v = cell.v;
    if (!Number.isInteger(v) || v < 0 || (v > 99 && !isYearNumber(v))) return true;
  }
  return false;
}

function rowHasNumber(row: Array<Cell | undefined>, minCol: number, maxCol: number): boolean {
  const end = Math.min(maxCol, row.length - 1);
  for (let c = minCol; c <= end; c++) if (row[c]?.t === 'n') return true;
  return false;
}

function firstText(row: Array<Cell | undefined>, minCol: number, maxCol: number): string | undefined {
  const end = Math.min(maxCol, row.length - 1);
  for (let c = minCol; c <= end; c++) {
    const cell = row[c];
    if (!isBlank(cell)) return cell!.t === 's' ? cell!.v : undefined;
  }
  return undefined;
}
