/**
 * Codes split over columns: Urusan | Bidang | Program | Kegiatan | Sub
 * (1 | 6 | 2 | 2.01 | 1), or six columns with the kegiatan in two
 * (1 | 06 | 02 | 2 | 01 | 0001). Each column is zero-padded by its position.
 */
import type { Cell } from '../../grid/types';
import type { CodeParse } from './types';
import { type CodeHint, normalizeCodeText, numberCodeReadings, resolveReadings } from './parse';

/** Segment positions (0 urusan, 1 bidang, 2 program, 3-4 kegiatan, 5 sub) each column holds. */
const LAYOUT5 = [[0], [1], [2], [3, 4], [5]];
const LAYOUT6 = [[0], [1], [2], [3], [4], [5]];
/** Zero-padding width per segment position (0: none). */
const WIDTHS = [0, 2, 2, 0, 2, 4];
const NAMES5 = ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan'];
const NAMES6 = ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Kegiatan', 'Sub Kegiatan'];
const POSITION_NAMES = ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Kegiatan', 'Sub Kegiatan'];

interface Alt {
  /** Segment text by position; a column's repeated parent parts fill positions before its own. */
  segs: Array<string | undefined>;
  notes: string[];
  /** Positions the column itself holds (the others are repeated parents). */
  own?: number[];
}

function pad(seg: string, width: number): string {
  return width > 0 && seg.length < width && /^\d+$/.test(seg) ? '0'.repeat(width - seg.length) + seg : seg;
}

function cellIsEmpty(cell: Cell | undefined): boolean {
  if (!cell) return true;
  return cell.t === 's' && normalizeCodeText(cell.v) === '';
}

/** The alternative segment lists one column can mean; a string is a reason it means nothing. */
function columnAlts(cell: Cell, positions: number[], name: string): Alt[] | string {
  const count = positions.length;
  const widths = positions.map((p) => WIDTHS[p]);
  let texts: Array<{ text: string; notes: string[] }>;
  if (cell.t === 'n') {
    const v = cell.v;
    if (!Number.isFinite(v) || v < 0) return `Kolom ${name} berisi angka yang bukan kode`;
    if (Number.isInteger(v)) texts = [{ text: String(v), notes: [] }];
    else {
      const r = numberCodeReadings(v, cell.z);
      if (!r) return `Kolom ${name} berisi angka yang bukan kode`;
      const note = r.note.replace(/^Kode/, `Kolom ${name}`);
      texts = r.readings.map((text) => ({ text, notes: [note] }));
    }
  } else if (cell.t === 's') {
    texts = [{ text: normalizeCodeText(cell.v).replace(/\s*\.\s*/g, '.').replace(/\.+$/, ''), notes: [] }];
  } else return `Kolom ${name} tidak berisi kode`;

  const alts: Alt[] = [];
  for (const t of texts) {
    const all = t.text.split('.');
    if (all.some((g) => !/^(\d+|x+)$/i.test(g))) return `Kolom ${name} berisi "${t.text}", bukan kode`;
    if (all.length < count) return `Kolom ${name} berisi "${t.text}", kurang bagian`;
    // A column may repeat the parents' parts ("1.06" in Bidang, "1.06.02.2.01" in Kegiatan).
    const prefix = all.slice(0, all.length - count);
    const first = positions[0];
    if (prefix.length > first) return `Kolom ${name} berisi "${t.text}", terlalu banyak bagian`;
    const own = all.slice(all.length - count);
    const notes = [...t.notes];
    const segs = own.map((g, i) => {
      const padded = pad(g, widths[i]);
      if (padded !== g && cell.t === 'n') notes.push(`Angka nol di depan pada kolom ${name} dipulihkan (${padded})`);
      else if (padded !== g && widths[i] === 4 && g.length === 2) notes.push(`Sub kegiatan dua digit (format SIPD lama) "${g}" dibaca sebagai ${padded}`);
      else if (padded !== g) notes.push(`Kolom ${name} "${g}" dibaca sebagai ${padded}`);
      return padded;
    });
    const placed: Array<string | undefined> = [];
    prefix.forEach((g, j) => {
      const pos = first - prefix.length + j;
      placed[pos] = pad(g, WIDTHS[pos]);
    });
    segs.forEach((g, j) => {
      placed[positions[j]] = g;
    });
    alts.push({ segs: placed, notes, own: positions });
  }
  return alts;
}

/**
 * Joins a code split over columns. `cells` are the code columns left to right
 * (5: Urusan | Bidang | Program | Kegiatan | Sub; 6: with the kegiatan in two).
 * Trailing empty columns make a shorter code (a program row); an empty column
 * before a filled one is reported.
 */
export function parseSplitCode(cells: Array<Cell | undefined>, hint?: CodeHint): CodeParse {
  try {
    return parseSplitUnsafe(cells, hint);
  } catch {
    return { kind: 'invalid', text: '', reason: 'Kode tidak dapat dibaca' };
  }
}

function shownText(cell: Cell | undefined): string {
  if (!cell) return '';
  return normalizeCodeText(String(cell.v));
}

function sameSeg(a: string, b: string): boolean {
  return a.replace(/^0+(?=\d)/, '') === b.replace(/^0+(?=\d)/, '') || a.toUpperCase() === b.toUpperCase();
}

function parseSplitUnsafe(cells: Array<Cell | undefined>, hint?: CodeHint): CodeParse {
  const six = cells.length >= 6;
  const layout = six ? LAYOUT6 : LAYOUT5.slice(0, Math.max(1, cells.length));
  const names = six ? NAMES6 : NAMES5;
  const used = cells.slice(0, layout.length);
  const text = used.map(shownText).filter((t) => t !== '').join(' | ');
  if (used.every(cellIsEmpty)) return { kind: 'none' };

  let combos: Alt[] = [{ segs: [], notes: [] }];
  for (let i = 0; i < used.length; i++) {
    if (cellIsEmpty(used[i])) continue;
    const alts = columnAlts(used[i] as Cell, layout[i], names[i]);
    if (typeof alts === 'string') return { kind: 'invalid', text, reason: alts };
    const next: Alt[] = [];
    for (const base of combos) {
      for (const a of alts) {
        const segs = [...base.segs];
        for (let pos = 0; pos < a.segs.length; pos++) {
          const g = a.segs[pos];
          if (g === undefined) continue;
          const have = segs[pos];
          if (have !== undefined && !sameSeg(have, g)) {
            return { kind: 'invalid', text, reason: `Kolom ${names[i]} tidak cocok dengan kolom sebelumnya` };
          }
          // A column's own part wins over a parent part repeated earlier.
          if (have === undefined || a.own?.includes(pos)) segs[pos] = g;
        }
        next.push({ segs, notes: [...base.notes, ...a.notes] });
      }
    }
    combos = next;
  }

  const readings: Array<{ reading: string; notes: string[] }> = [];
  for (const c of combos) {
    const last = c.segs.length - 1;
    for (let pos = 0; pos < last; pos++) {
      if (c.segs[pos] === undefined) {
        return { kind: 'invalid', text, reason: `Kolom ${POSITION_NAMES[pos]} kosong padahal kolom sesudahnya terisi` };
      }
    }
    if (last === 3) return { kind: 'invalid', text, reason: 'Kode kegiatan tidak lengkap (kolom nomor kegiatan kosong)' };
    readings.push({ reading: (c.segs as string[]).join('.'), notes: c.notes });
  }
  return resolveReadings(readings, text, hint);
}
