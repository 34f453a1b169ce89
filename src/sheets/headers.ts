/**
 * Header synonyms: which field a header text names. Texts are compared after
 * norm() (case, spaces and punctuation ignored). Some headers only make sense
 * with their group header or with the neighbouring columns ("Realisasi",
 * "Capaian"); those come back as 'realisasi?' / 'persen?' and the table
 * resolver (columns.ts) settles them.
 */
import type { Field } from './types';
import { compact, norm } from './text';
import { isSpaceCode } from '../core/chars';

export type Guess = Field | 'realisasi?' | 'persen?';

export interface Classified {
  field: Guess;
  /** A year written in the header ("Realisasi 2023"). */
  year?: number;
  /** Budget header names the revised budget (P-APBD, Perubahan). */
  perubahan?: boolean;
  /** Budget header names the original budget (APBD murni, sebelum perubahan). */
  murni?: boolean;
  /** A generic amount header ("Jumlah (Rp)"): the budget only when no better column exists. */
  weak?: boolean;
}

const YEAR_TOKEN = /^(19[89]\d|20\d\d|2100)$/;
const YEAR_ONLY = /^(?:tahun |th )?(19[89]\d|20\d\d|2100)$/;
const TW = /^(?:(realisasi|target|rencana|anggaran|keuangan|fisik|kinerja|capaian) )?(?:tw|trw|triw|triwulan|tri wulan)\s?(i{1,3}|iv|[1-4])$/;
const TW_NUMBER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };
const SD_TW = /sdtw|sdtriwulan|sampaidengantw|sampaidengantriwulan|kumulatif|sdbulan|sdsaatini|sdsemester/;
const NO = /^(?:no|nomor|nmr|nomer)(?: urut)?$/;

const KODE_WORDS = new Set(['kode', 'kd', 'rek', 'rekening', 'akun', 'program', 'kegiatan', 'sub', 'subkegiatan', 'anggaran', 'urusan', 'bidang', 'dan', 'nomenklatur', 'belanja']);
const URAIAN_WORDS = new Set(['uraian', 'nama', 'program', 'kegiatan', 'sub', 'subkegiatan', 'dan', 'urusan', 'bidang', 'pemerintahan', 'rincian', 'nomenklatur', 'keg', 'prog']);
const URAIAN_KEY = new Set(['uraian', 'program', 'kegiatan', 'subkegiatan', 'rincian', 'nomenklatur']);
const SPLIT_CODE: Record<string, Field> = {
  urusan: 'kodeUrusan',
  'urusan pemerintahan': 'kodeUrusan',
  bidang: 'kodeBidang',
  'bidang urusan': 'kodeBidang',
  program: 'kodeProgram',
  prog: 'kodeProgram',
  kegiatan: 'kodeKegiatan',
  keg: 'kodeKegiatan',
  sub: 'kodeSub',
  subkegiatan: 'kodeSub',
  'sub kegiatan': 'kodeSub',
  'sub keg': 'kodeSub',
  // abbreviations, only under a "Kode" group
  u: 'kodeUrusan',
  urs: 'kodeUrusan',
  b: 'kodeBidang',
  bid: 'kodeBidang',
  p: 'kodeProgram',
  k: 'kodeKegiatan',
  sk: 'kodeSub',
};
// Columns that look like known ones but are not: shares of a total, physical progress, funding source...
const EXCLUDED = /dari total|kemajuan|sumber dana|sumber anggaran|nasional|efisiensi|bobot|nilai tertimbang|\bfisik\b/;
const LALU = /\b(?:lalu|sebelumnya|n 1)\b/;
const PERCENT_WORD = /(?:^| )(?:%|persen|persentase|prosentase|presentase|capaian|penyerapan|serapan)(?: |$)/;
const KINERJA_WORD = /\b(?:kinerja|fisik|output|keluaran|indikator|sasaran)\b/;
const MONEY_WORD = /\b(?:anggaran|keuangan|realisasi|penyerapan|serapan|dana|belanja|pagu|rp|rupiah|sp2d|spj)\b/;
const MONEY_WORD_NO_REAL = /\b(?:anggaran|keuangan|pagu|belanja|dana|rp|rupiah|sp2d|spj)\b/;
const BUDGET_WORD = /\b(?:pagu|anggaran|alokasi|apbd|papbd|apbdp|dpa|dppa)\b/;
const PERUBAHAN = /\b(?:perubahan|papbd|apbdp|pak|dppa|setelah)\b|\bp apbd\b|\bapbd p\b/;
const MURNI = /\b(?:murni|sebelum|induk|awal|apbd)\b/;
const BEFORE = /\bsebelum\b/;
const PERUBAHAN_PAIR = /^(?:(?:jumlah|nilai|rp|rupiah) )*(sebelum|setelah|sesudah) perubahan(?: rp| rupiah)?$/;
const POLARITAS = /^(?:polaritas|polarisasi|sifat indikator|sifat|arah|arah kinerja|arah indikator)(?: indikator)?$/;
const PREDIKAT = /^(?:predikat|kategori|kriteria)(?: capaian| kinerja| penilaian)*$/;
const GENERIC_AMOUNT = /^(?:jumlah|nilai|jumlah nilai)(?: rp| rupiah)?$/;
const KETERANGAN = /^(?:keterangan|ket|catatan|ket apbd papbd)$/;

function tokensWithin(tokens: string[], allowed: Set<string>): boolean {
  for (const t of tokens) if (!allowed.has(t)) return false;
  return true;
}

function withYear(field: Guess, text: string, extra?: Partial<Classified>): Classified {
  const out: Classified = { field, ...extra };
  for (const t of text.split(' ')) {
    if (YEAR_TOKEN.test(t)) {
      out.year = Number(t);
      break;
    }
  }
  return out;
}

/** Classifies one normalized header text; undefined when it names no field. */
export function classifyText(t: string): Classified | undefined {
  if (t === '') return undefined;
  const tw = TW.exec(t);
  if (tw) {
    const q = tw[1];
    if (q && q !== 'realisasi' && q !== 'anggaran' && q !== 'keuangan') return undefined;
    return { field: `tw${TW_NUMBER[tw[2]]}` as Field };
  }
  const c = compact(t);
  if (SD_TW.test(c)) return t.includes('target') ? undefined : { field: 'sdTw' };
  if (NO.test(t)) return { field: 'no' };
  const tokens = t.split(' ');
  const first = tokens[0];
  if ((first === 'kode' || first === 'kd') && tokensWithin(tokens, KODE_WORDS)) return { field: 'kode' };
  if ((first === 'no' || first === 'nomor') && (tokens[1] === 'rek' || tokens[1] === 'rekening' || tokens[1] === 'akun')) {
    return { field: 'kode' };
  }
  if (SPLIT_CODE[t] && (t.startsWith('urusan') || t.startsWith('bidang'))) return { field: SPLIT_CODE[t] };
  if (tokensWithin(tokens, URAIAN_WORDS) && tokens.some((x) => URAIAN_KEY.has(x))) return { field: 'uraian' };
  if (EXCLUDED.test(t)) return undefined;
  if (first === 'sisa' || first === 'selisih') return PERCENT_WORD.test(t) ? undefined : { field: 'sisa' };
  if (LALU.test(t)) {
    if (t.includes('realisasi')) return { field: 'realisasiLalu' };
    if (t.includes('capaian')) return { field: 'capaianLalu' };
    return undefined;
  }
  if (t.includes('target') && /\b(?:akhir|renstra|rpjmd|rpjm|periode)\b/.test(t)) return { field: 'targetRenstra' };
  if (/\bkondisi\b.*\bakhir\b/.test(t)) return { field: 'targetRenstra' };
  if (POLARITAS.test(t)) return { field: 'polaritas' };
  if (t.includes('indikator') || first === 'iku' || t.includes('tolok ukur') || t.includes('tolak ukur')) {
    return { field: 'indikator' };
  }
  if (PERCENT_WORD.test(t)) {
    if (KINERJA_WORD.test(t)) return withYear('capaian', t);
    if (MONEY_WORD.test(t)) return withYear('persen', t);
    return withYear('persen?', t);
  }
  if (tokens.includes('realisasi')) {
    if (KINERJA_WORD.test(t)) return withYear('realisasiKinerja', t);
    if (MONEY_WORD_NO_REAL.test(t)) return withYear('realisasi', t);
    return withYear('realisasi?', t);
  }
  // The DPPA "Jumlah" group: Sebelum Perubahan | Setelah Perubahan | Bertambah/(Berkurang).
  const pair = PERUBAHAN_PAIR.exec(t);
  if (pair) return pair[1] === 'sebelum' ? withYear('paguMurni', t, { murni: true }) : withYear('pagu', t, { perubahan: true });
  if (BUDGET_WORD.test(t)) {
    // "Anggaran Sebelum Perubahan" (DPPA) names the perubahan only to say it came before it.
    if (BEFORE.test(t)) return withYear('paguMurni', t, { murni: true });
    if (PERUBAHAN.test(t)) return withYear('pagu', t, { perubahan: true });
    if (MURNI.test(t)) return withYear('paguMurni', t, { murni: true });
    return withYear('pagu', t);
  }
  if (GENERIC_AMOUNT.test(t)) return { field: 'pagu', weak: true };
  if (first === 'sasaran' || t === 'tujuan sasaran') return { field: 'sasaran' };
  if (first === 'satuan') return { field: 'satuan' };
  if (first === 'target') return withYear('target', t);
  if (POLARITAS.test(t)) return { field: 'polaritas' };
  if (PREDIKAT.test(t)) return { field: 'predikat' };
  if (KETERANGAN.test(t)) return { field: 'keterangan' };
  return undefined;
}

const cache = new Map<string, Classified | null>();

/**
 * Digits among separators, signs and brackets ("25.805.000", "(1.250)", "78,63"):
 * norm() leaves only digits and spaces, which name no field. Data rows of a
 * sheet with amounts typed as text are all such cells; they skip norm() and the cache.
 */
export const PLAIN_NUMBER = /^[\s\d.,+\-()]*$/;

/** PLAIN_NUMBER.test(raw) in one scan of char codes (it runs for every text cell of such rows). */
export function isPlainNumberText(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    // Digits and . , + - ( ): 0-9, 0x2e, 0x2c, 0x2b, 0x2d, 0x28, 0x29.
    if ((c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2c || c === 0x2b || c === 0x2d || c === 0x28 || c === 0x29) continue;
    if (!isSpaceCode(c)) return false;
  }
  return true;
}

/** classifyText on raw text, memoised: the same header words repeat across sheets and rows. */
export function classifyRaw(raw: string): Classified | undefined {
  if (isPlainNumberText(raw)) return undefined;
  let hit = cache.get(raw);
  if (hit === undefined) {
    hit = classifyText(norm(raw)) ?? null;
    if (cache.size > 50000) cache.clear();
    cache.set(raw, hit);
  }
  return hit ?? undefined;
}

const KODE_GROUP = /^(?:kode|kd)(?: rekening| program| nomenklatur| urusan)?$/;

/** True for a year alone in a header cell ("2023", "Tahun 2023"). */
export function headerYear(raw: string): number | undefined {
  const m = YEAR_ONLY.exec(norm(raw));
  return m ? Number(m[1]) : undefined;
}

/**
 * Classifies a column from its lowest header text (leaf) and the group header
 * above it, when the header spans two rows.
 */
export function classifyColumn(leafRaw: string, groupRaw: string | undefined): Classified | undefined {
  const leaf = norm(leafRaw);
  const group = groupRaw ? norm(groupRaw) : '';
  if (group && KODE_GROUP.test(group) && SPLIT_CODE[leaf]) return { field: SPLIT_CODE[leaf] };
  const year = YEAR_ONLY.exec(leaf);
  if (year) {
    const g = group ? classifyText(group) : undefined;
    return g ? { ...g, year: Number(year[1]) } : undefined;
  }
  const own = classifyText(leaf);
  if (!group) return own;
  if (own && (own.field === 'tw1' || own.field === 'tw2' || own.field === 'tw3' || own.field === 'tw4')) {
    return /\b(?:target|rencana|fisik|kinerja)\b/.test(group) ? undefined : own;
  }
  if (own && own.field === 'sdTw' && group.includes('target')) return undefined;
  if (!own || own.field === 'realisasi?' || own.field === 'persen?') {
    const both = classifyText(`${group} ${leaf}`);
    if (both && both.field !== 'realisasi?' && both.field !== 'persen?') {
      return own?.year !== undefined ? { ...both, year: own.year } : both;
    }
    if (!own && both) return both;
  }
  return own;
}
