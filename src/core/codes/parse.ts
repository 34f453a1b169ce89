/**
 * Reads budget codes (Permendagri 90/2019, U.BB.PP.K.KK.SSSS) from text and
 * cells, repairing what Excel and SIPD exports do to them, and naming the old
 * Permendagri 13/2006 coding and kode rekening for what they are.
 * Never throws: every rejection is a CodeParse kind.
 */
import type { Cell } from '../../grid/types';
import type { BudgetCode, CodeLevel, CodeParse } from './types';

export interface CodeHint {
  /** The sheet's main bidang, "06" or "1.06": settles numbers such as 1.6 or 1.1. */
  bidang?: string;
}

export const LEGACY_REASON =
  'Kode format lama (Permendagri 13/2006), tidak berlaku untuk tahun anggaran 2021 dan sesudahnya';

const LEVELS: CodeLevel[] = ['urusan', 'bidang', 'program', 'kegiatan', 'subkegiatan'];

/** Builds a BudgetCode from its parts; parts must already be canonical. */
export function makeCode(u: string, bb?: string, pp?: string, kegiatan?: string, sub?: string): BudgetCode {
  const parts = [u, bb, pp, kegiatan, sub];
  let depth = 0;
  while (depth < parts.length && parts[depth] !== undefined) depth++;
  const code: BudgetCode = {
    level: LEVELS[depth - 1],
    canonical: parts.slice(0, depth).join('.'),
    urusan: u,
  };
  if (depth >= 2) code.bidang = bb;
  if (depth >= 3) code.program = pp;
  if (depth >= 4) code.kegiatan = kegiatan;
  if (depth >= 5) code.sub = sub;
  return code;
}

/** Canonical code of the parent level: sub kegiatan → kegiatan → program → bidang → urusan. */
export function parentCode(code: BudgetCode): string | undefined {
  switch (code.level) {
    case 'subkegiatan':
      return [code.urusan, code.bidang, code.program, code.kegiatan].join('.');
    case 'kegiatan':
      return [code.urusan, code.bidang, code.program].join('.');
    case 'program':
      return [code.urusan, code.bidang].join('.');
    case 'bidang':
      return code.urusan;
    default:
      return undefined;
  }
}

export function normalizeCodeText(text: string): string {
  return String(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g, ' ')
    .replace(/[\u2024\uFF0E]/g, '.')
    .trim()
    .replace(/^'/, '')
    .trim();
}

function pad(seg: string, width: number): string {
  return seg.length >= width ? seg : '0'.repeat(width - seg.length) + seg;
}

/** Kode rekening widths (Permendagri 90/2019): akun.kelompok.jenis.objek.rincian.sub rincian. */
const REKENING_WIDTHS = [1, 1, 2, 2, 2, 4];

function rekeningCanonical(segs: string[]): string {
  return segs
    .map((s, i) => {
      const w = REKENING_WIDTHS[i];
      if (w === undefined) return s;
      const trimmed = s.replace(/^0+(?=\d)/, '');
      return trimmed.length <= w ? pad(trimmed, w) : s;
    })
    .join('.');
}

function isLegacyDoubled(segs: string[]): boolean {
  // 13/2006 kegiatan codes repeat urusan.bidang: "1.06.1.06.01.00.16.001".
  return segs.length >= 4 && segs[2] === segs[0] && pad(segs[3], 2) === pad(segs[1], 2);
}

function joinNotes(notes: string[]): string | undefined {
  const uniq = [...new Set(notes.filter((n) => n.length > 0))];
  return uniq.length > 0 ? uniq.join('; ') : undefined;
}

function codeResult(code: BudgetCode, notes: string[]): CodeParse {
  const repaired = joinNotes(notes);
  return repaired ? { kind: 'code', code, repaired } : { kind: 'code', code };
}

function parseSegments(segs: string[], text: string, notes: string[], hint?: CodeHint): CodeParse {
  const n = segs.length;
  const [u0, bb0, pp0, k0, kk0, sub0] = segs;
  const rekening =
    /^[456]$/.test(u0) && n >= 2 && /^\d$/.test(bb0) && (n >= 3 || !hintMatchesBidang(hint, u0, pad(bb0, 2)));
  if (rekening) return { kind: 'rekening', text, canonical: rekeningCanonical(segs) };

  if (isLegacyDoubled(segs) || n >= 7) return { kind: 'legacy', text, reason: LEGACY_REASON };

  const generic = /^x$/i.test(u0);
  const u = generic ? 'X' : u0;
  if (!generic && !/^[1-9]\d?$/.test(u)) return { kind: 'invalid', text, reason: `Urusan "${u0}" bukan kode urusan` };
  if (n === 1) return codeResult(makeCode(u), notes);

  let bb: string;
  if (generic || /^x+$/i.test(bb0)) {
    if (!generic || !/^xx$/i.test(bb0)) return { kind: 'invalid', text, reason: 'Kode umum harus ditulis X.XX' };
    bb = 'XX';
  } else if (/^\d{2}$/.test(bb0)) bb = bb0;
  else if (/^\d$/.test(bb0)) {
    bb = pad(bb0, 2);
    notes.push(`Bidang "${u0}.${bb0}" dibaca sebagai ${u}.${bb}`);
  } else return { kind: 'invalid', text, reason: `Bidang "${bb0}" harus dua digit` };
  if (n === 2) return codeResult(makeCode(u, bb), notes);

  let pp: string;
  if (/^\d{2}$/.test(pp0)) pp = pp0;
  else if (/^\d$/.test(pp0)) {
    pp = pad(pp0, 2);
    notes.push(`Program "${pp0}" dibaca sebagai ${pp}`);
  } else return { kind: 'invalid', text, reason: `Program "${pp0}" harus dua digit` };
  if (n === 3) return codeResult(makeCode(u, bb, pp), notes);

  if (n === 4) {
    if (k0.length >= 2) return { kind: 'legacy', text, reason: LEGACY_REASON };
    return { kind: 'invalid', text, reason: 'Kode kegiatan tidak lengkap (harus dua bagian, mis. 2.01)' };
  }

  let k: string;
  if (/^[12]$/.test(k0)) k = k0;
  else if (n === 6 && /^0[12]$/.test(k0) && /^\d{2}$/.test(kk0) && /^\d{4}$/.test(sub0)) {
    // "1.06.01.02.01.0001": the level digit of a 2021+ code written with two digits.
    k = k0.slice(1);
    notes.push(`Digit pemerintahan "${k0}" dibaca sebagai ${k}`);
  } else if (k0.length >= 2) return { kind: 'legacy', text, reason: LEGACY_REASON };
  else return { kind: 'invalid', text, reason: `Kegiatan harus diawali 1 (provinsi) atau 2 (kabupaten/kota), bukan "${k0}"` };

  let kk: string;
  if (/^\d{2}$/.test(kk0)) kk = kk0;
  else if (/^\d$/.test(kk0)) {
    kk = pad(kk0, 2);
    notes.push(`Kegiatan "${k}.${kk0}" dibaca sebagai ${k}.${kk}`);
  } else if (n === 6 && /^\d{3}$/.test(kk0)) return { kind: 'legacy', text, reason: LEGACY_REASON };
  else return { kind: 'invalid', text, reason: `Nomor kegiatan "${kk0}" harus dua digit` };
  const kegiatan = `${k}.${kk}`;
  if (n === 5) return codeResult(makeCode(u, bb, pp, kegiatan), notes);

  let sub: string;
  if (/^\d{4}$/.test(sub0)) sub = sub0;
  else if (/^\d{1,3}$/.test(sub0)) {
    sub = pad(sub0, 4);
    notes.push(
      sub0.length === 2
        ? `Sub kegiatan dua digit (format SIPD lama) "${sub0}" dibaca sebagai ${sub}`
        : `Sub kegiatan "${sub0}" dibaca sebagai ${sub}`,
    );
  } else if (/^0+\d{4}$/.test(sub0)) {
    sub = sub0.slice(-4);
    notes.push(`Sub kegiatan "${sub0}" dibaca sebagai ${sub}`);
  } else return { kind: 'invalid', text, reason: `Sub kegiatan "${sub0}" harus empat digit` };
  if (sub === '0000') return { kind: 'invalid', text, reason: 'Sub kegiatan 0000 tidak ada' };
  return codeResult(makeCode(u, bb, pp, kegiatan, sub), notes);
}

/**
 * Parses of recent code texts: a DPA repeats the same kode rekening under
 * every sub kegiatan, and a parse is a pure function of text and hint.
 * Results are shared, so callers never modify them. Bounded: cleared when full.
 */
const parsed = new Map<string, CodeParse>();
/** Parses with a bidang hint, keyed by the hint and the text. */
const parsedHinted = new Map<string, CodeParse>();
const PARSED_MAX = 20_000;

/** Parses a code written as text: "1.06.01.2.01.0001", "1 . 06 . 01", "X.XX.01.2.01". */
export function parseCodeText(text: string, hint?: CodeHint): CodeParse {
  const raw = String(text ?? '');
  // Without a hint the cell's own string is the key: no key string built per call.
  const plain = hint?.bidang === undefined;
  const cache = plain ? parsed : parsedHinted;
  const key = plain ? raw : `${hint.bidang!.length}:${hint.bidang}${raw}`;
  const hit = cache.get(key);
  if (hit) return hit;
  let result: CodeParse;
  try {
    result = parseCodeTextUnsafe(raw, hint, []);
  } catch {
    result = { kind: 'invalid', text: String(text), reason: 'Kode tidak dapat dibaca' };
  }
  if (cache.size >= PARSED_MAX) cache.clear();
  cache.set(key, result);
  return result;
}

/** Digits in groups joined by single dots ("1.06.01.2.01.0001"): nothing to normalise or repair. */
function isPlainDotted(raw: string): boolean {
  let afterDot = true;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x2e) {
      if (afterDot) return false;
      afterDot = true;
    } else if (ch >= 0x30 && ch <= 0x39) afterDot = false;
    else return false;
  }
  return !afterDot;
}

function parseCodeTextUnsafe(raw: string, hint: CodeHint | undefined, notes: string[]): CodeParse {
  if (isPlainDotted(raw)) {
    // What the checks below conclude for such a text, without their regex passes (most cells of a DPA).
    const segs = raw.split('.');
    if (segs.some((g) => g.length > 6)) return { kind: 'invalid', text: raw, reason: 'Bukan kode' };
    return parseSegments(segs, raw, notes, hint);
  }
  const text = normalizeCodeText(raw);
  if (text === '') return { kind: 'none' };
  let s = text.replace(/\s*\.\s*/g, '.');
  if (s !== text) notes.push('Spasi di sekitar titik diabaikan');
  s = s.replace(/\.+$/, '');
  if (s === '' || (!/\d/.test(s) && !/^x(\.|$)/i.test(s))) return { kind: 'invalid', text, reason: 'Bukan kode' };
  if (/\s/.test(s)) return { kind: 'invalid', text, reason: 'Kode bercampur teks atau spasi' };
  const segs = s.split('.');
  if (segs.some((g) => g === '')) return { kind: 'invalid', text, reason: 'Titik ganda di dalam kode' };
  if (!segs.every((g) => /^\d+$/.test(g) || /^x+$/i.test(g))) return { kind: 'invalid', text, reason: 'Bukan kode' };
  if (segs.some((g) => g.length > 6)) return { kind: 'invalid', text, reason: 'Bukan kode' };
  return parseSegments(segs, text, notes, hint);
}

/** "06", "6" or "1.06" → { u?: "1", bb: "06" }. */
export function normalizeHint(hint?: CodeHint): { u?: string; bb: string } | undefined {
  const b = hint?.bidang?.trim();
  if (!b) return undefined;
  const m = /^(?:(\d{1,2}|X)\s*\.\s*)?(\d{1,2}|XX)$/i.exec(b);
  if (!m) return undefined;
  return { u: m[1]?.toUpperCase(), bb: m[2].toUpperCase().padStart(2, '0') };
}

function hintMatchesBidang(hint: CodeHint | undefined, u: string, bb: string): boolean {
  const h = normalizeHint(hint);
  if (!h) return false;
  return h.bb === bb && (h.u === undefined || h.u === u);
}

/** Decimal places a number format shows ("0.00" → 2, "#,##0.000" → 3), undefined for General. */
export function formatDecimals(z: string | undefined): number | undefined {
  if (!z) return undefined;
  const section = z.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '');
  const m = /[0#?]\.([0#?]+)/.exec(section);
  return m ? m[1].length : undefined;
}

/**
 * The readings of a number Excel made of a dotted code. Excel drops trailing
 * zeros: "1.10" typed into a General cell becomes 1.1, and a typed "1.1" may
 * mean 1.01 (Kota Metro prints 1.6 for 1.06). So 1.06 → ["1.06"], but 1.1 →
 * ["1.01", "1.10"], unless the number format shows two decimals or more
 * ("0.00" → "1.10").
 */
export function numberCodeReadings(v: number, z: string | undefined): { readings: string[]; note: string } | undefined {
  if (!Number.isFinite(v) || v < 0) return undefined;
  const s = String(v);
  if (!/^\d+(\.\d+)?$/.test(s)) return undefined;
  const [int, frac] = s.split('.');
  const places = formatDecimals(z);
  // A format with fewer decimals than the value hides digits: it settles nothing.
  if (places !== undefined && places >= 2 && places >= (frac?.length ?? 0)) {
    return { readings: [v.toFixed(places)], note: `Kode tersimpan sebagai angka, dibaca menurut format sel (${v.toFixed(places)})` };
  }
  if (frac === undefined) return { readings: [int], note: '' };
  if (frac.length === 1) {
    return { readings: [`${int}.0${frac}`, `${int}.${frac}0`], note: `Kode tersimpan sebagai angka ${s}` };
  }
  return { readings: [s], note: `Kode tersimpan sebagai angka ${s}` };
}

/** Parses a code cell: text, or a number Excel made of a code. */
export function parseCode(cell: Cell | undefined, hint?: CodeHint): CodeParse {
  try {
    if (!cell) return { kind: 'none' };
    switch (cell.t) {
      case 's':
        return parseCodeText(cell.v, hint);
      case 'n':
        return parseNumberCode(cell.v, cell.z, hint);
      case 'e':
        return { kind: 'invalid', text: String(cell.v), reason: 'Sel berisi galat Excel' };
      case 'b':
        return { kind: 'invalid', text: cell.v ? 'TRUE' : 'FALSE', reason: 'Sel berisi nilai logika, bukan kode' };
      case 'd':
        return { kind: 'invalid', text: String(cell.v), reason: 'Sel berisi tanggal, bukan kode' };
      default:
        return { kind: 'none' };
    }
  } catch {
    return { kind: 'invalid', text: String((cell as { v?: unknown }).v), reason: 'Kode tidak dapat dibaca' };
  }
}

function parseNumberCode(v: number, z: string | undefined, hint?: CodeHint): CodeParse {
  const text = String(v);
  if (Number.isInteger(v)) {
    if (v >= 1 && v <= 9) return { kind: 'code', code: makeCode(text) };
    return { kind: 'invalid', text, reason: 'Angka ini bukan kode' };
  }
  const r = numberCodeReadings(v, z);
  if (!r) return { kind: 'invalid', text, reason: 'Angka ini bukan kode' };
  return resolveReadings(
    r.readings.map((reading) => ({ reading, notes: r.note ? [r.note] : [] })),
    text,
    hint,
  );
}

/**
 * Parses each candidate text; one valid code wins, several are settled by the
 * hint's bidang or reported as ambiguous.
 */
export function resolveReadings(
  candidates: Array<{ reading: string; notes: string[] }>,
  text: string,
  hint?: CodeHint,
): CodeParse {
  const parsed = candidates.map((c) => ({ c, p: parseCodeTextUnsafe(c.reading, hint, [...c.notes]) }));
  if (parsed.length === 1) return parsed[0].p;
  const codes = parsed.filter((x) => x.p.kind === 'code');
  if (codes.length === 0) return parsed[0].p.kind === 'none' ? { kind: 'none' } : { kind: 'invalid', text, reason: 'Angka ini bukan kode' };
  const h = normalizeHint(hint);
  if (codes.length > 1 && h) {
    const fit = codes.filter((x) => {
      const code = x.p.kind === 'code' ? x.p.code : undefined;
      return code && code.bidang === h.bb && (h.u === undefined || h.u === code.urusan);
    });
    if (fit.length === 1) {
      const p = fit[0].p;
      if (p.kind === 'code') {
        const note = `dibaca sebagai ${p.code.canonical} sesuai bidang ${h.u ? h.u + '.' : ''}${h.bb}`;
        return { kind: 'code', code: p.code, repaired: p.repaired ? `${p.repaired}; ${note}` : note };
      }
    }
  }
  if (codes.length === 1) return codes[0].p;
  const readings = [...new Set(codes.map((x) => (x.p.kind === 'code' ? x.p.code.canonical : '')))];
  if (readings.length === 1) return codes[0].p;
  return { kind: 'ambiguous', text, readings };
}
