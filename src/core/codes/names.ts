/** Comparing program / kegiatan names the way people write them. */
import type { RowLevel } from '../model/types';

/** Leading numbering: "1.", "1)", "a.", "a.1.", "II.", "2 PROGRAM", "-", "•". */
const NUMBERING = /^(?:(?:[0-9]+|[a-z]|[ivxlc]+)[.)](?:\s*[0-9a-z]+[.)])*\s+|[0-9]+\s+(?=\p{L})|[-–—•*·]\s*)/iu;
const LEVEL_PREFIX = /^(?:sub\s*\.?\s*kegiatan|subkegiatan|kegiatan|program)\b\s*[:.-]?\s*/i;

const PENUNJANG = 'penunjang urusan pemerintahan daerah';

/** Lower case, prefixes, numbering and punctuation removed, spaces collapsed. */
export function normalizeName(name: string): string {
  let s = String(name ?? '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t\r\n]/g, ' ')
    .trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(NUMBERING, '').replace(LEVEL_PREFIX, '').trim();
    if (s === before) break;
  }
  s = s
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .replace(/\bkab\b(?= kota\b)/g, 'kabupaten')
    .replace(/\s+/g, ' ')
    .trim();
  // The kab/kota penunjang program is named with or without "Kabupaten/Kota" (2020 list vs 2021+ documents).
  if (s === `${PENUNJANG} kabupaten kota`) s = PENUNJANG;
  return s;
}

/**
 * True when two names are the same nomenclature: ignores "Program",
 * "Kegiatan", "Sub Kegiatan" prefixes, numbering, case, punctuation and
 * spacing ("Perencanaan, Penganggaran, dan Evaluasi" = "Perencanaan,
 * Penganggaran dan Evaluasi").
 */
export function namesMatch(a: string, b: string): boolean {
  const x = normalizeName(a);
  return x.length > 0 && x === normalizeName(b);
}

/**
 * The level a row's text declares: "PROGRAM …" → program, "Kegiatan …" →
 * kegiatan, "Sub Kegiatan …" → subkegiatan, "Belanja …" → rekening,
 * "Urusan Pemerintahan Bidang …" → bidang, "Urusan …" → urusan.
 */
export function inferLevelFromText(text: string): RowLevel | undefined {
  let s = String(text ?? '').replace(/\s+/g, ' ').trim();
  s = s.replace(NUMBERING, '').trim();
  if (/^sub\s*\.?\s*kegiatan\b|^subkegiatan\b/i.test(s)) return 'subkegiatan';
  if (/^kegiatan\b/i.test(s)) return 'kegiatan';
  if (/^program\b/i.test(s)) return 'program';
  if (/^(belanja|pendapatan|pembiayaan)\b/i.test(s)) return 'rekening';
  if (/^urusan\s+pemerintahan\s+bidang\b/i.test(s)) return 'bidang';
  if (/^urusan\b/i.test(s)) return 'urusan';
  return undefined;
}
