/**
 * Row heights for wrapped text. Neither Excel nor LibreOffice grows a row to
 * fit wrapped text when a file is opened, so without explicit heights long
 * indicator names spill over the next row. Estimated from text length and
 * column widths (Excel width units ≈ characters of the default font).
 */
import type { CellRange } from '../../grid/types';
import type { ReportCell } from './types';
import { isSpaceCode } from '../chars';

const DEFAULT_HEIGHT = 15;
const DEFAULT_SIZE = 11;
/** Proportional text is narrower than the "0" that defines a width unit. */
const CHARS_PER_UNIT = 1.15;

const NEWLINE = 10;

/**
 * Lines a wrapped text takes. Each line of the text ("\n") wraps at spaces: a
 * line holds whole words (the words of text.split(/\s+/)), a word longer than
 * a line is cut. Counted in one scan, without the split's strings.
 */
export function linesFor(text: string, widthUnits: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor((widthUnits - 1) * CHARS_PER_UNIT * (bold ? 0.9 : 1)));
  // A text no longer than a line is one line (words only get shorter once split).
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  let line = 0;
  let count = 1;
  // Length of the current word; a run of spaces ends it (leading and trailing runs give empty words, as split does).
  let w = 0;
  let inSpace = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const ch = i < n ? text.charCodeAt(i) : NEWLINE;
    const end = ch === NEWLINE;
    if (!end && !isSpaceCode(ch)) {
      w++;
      inSpace = false;
      continue;
    }
    if (end || !inSpace) {
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        count++;
        line = w;
      }
      while (line > perLine) {
        count++;
        line -= perLine;
      }
      w = 0;
    }
    inSpace = true;
    if (end) {
      lines += count;
      line = 0;
      count = 1;
      inSpace = false;
    }
  }
  return lines;
}

/** Heights in points per row; undefined where the default height is enough. */
export function estimateRowHeights(rows: ReportCell[][], merges: CellRange[], colWidths: number[]): Array<number | undefined> {
  // Cells keyed by r × KEY + c: a number, not a "r:c" string per cell.
  const KEY = 1 << 16;
  const anchor = new Map<number, CellRange>();
  const covered = new Set<number>();
  // Rows a merge touches: only their cells are looked up in the maps (keys past 2^30 are no small integers).
  const merged = new Uint8Array(rows.length);
  for (const m of merges) {
    anchor.set(m.r0 * KEY + m.c0, m);
    for (let r = m.r0; r <= m.r1; r++) {
      if (r >= 0 && r < merged.length) merged[r] = 1;
      for (let c = m.c0; c <= m.c1; c++) if (r !== m.r0 || c !== m.c0) covered.add(r * KEY + c);
    }
  }
  const needed: number[] = rows.map(() => DEFAULT_HEIGHT);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    const inMerge = merged[r] === 1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c];
      if (cell === undefined || cell.value === null || cell.value === '') continue;
      const style = cell.style;
      const size = style?.size ?? DEFAULT_SIZE;
      const wraps = style?.wrap ?? false;
      const m = inMerge ? anchor.get(r * KEY + c) : undefined;
      // One line of the default font fits the default height (most cells of a long table).
      if (!wraps && size === DEFAULT_SIZE && !m) continue;
      if (inMerge && covered.has(r * KEY + c)) continue;
      const text = String(cell.value);
      const c1 = m ? m.c1 : c;
      const r1 = m ? m.r1 : r;
      let width = 0;
      for (let k = c; k <= c1; k++) width += colWidths[k] ?? 8.43;
      // Each indent level takes about three characters of the line.
      width = Math.max(4, width - 3 * (style?.indent ?? 0));
      const lines = wraps ? linesFor(text, width * (DEFAULT_SIZE / size), !!style?.bold) : 1;
      // 15 pt holds one line of the default 11 pt font.
      const height = Math.ceil(lines * size * (DEFAULT_HEIGHT / DEFAULT_SIZE) - 0.01);
      // A cell merged over several rows shares its height among them.
      const span = r1 - r + 1;
      const per = height / span;
      for (let k = r; k <= r1; k++) needed[k] = Math.max(needed[k], Math.ceil(per));
    }
  }
  return needed.map((h) => (h > DEFAULT_HEIGHT ? h : undefined));
}
