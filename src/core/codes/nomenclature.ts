/**
 * The national nomenclature (Permendagri 90/2019 as updated by Kepmendagri
 * 050-3708/2020), compiled into nomenclature-data.ts by
 * scripts/build-nomenclature.js. Codes decoded once, on first use; a code's
 * entries (and their names) when it is first looked up.
 */
import type { BudgetCode, NomenclatureEntry } from './types';
import { NOMENCLATURE_CODES, NOMENCLATURE_NAMES, NOMENCLATURE_WORDS } from './nomenclature-data';
import { decodeName, decodeNomenclatureCodes, type EncodedNomenclatureRow } from './nomenclature-codec';
import { parseCodeText } from './parse';

export type Pemda = 'provinsi' | 'kabupaten/kota';

/** 2021+ documents name the kab/kota penunjang program this way; the 2020 list omits "KABUPATEN/KOTA". */
export const PENUNJANG_KABKOTA_2021 = 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA';

let table: Map<string, EncodedNomenclatureRow[]> | undefined;
let words: string[] | undefined;
const entriesByCode = new Map<string, NomenclatureEntry[]>();

function load(): Map<string, EncodedNomenclatureRow[]> {
  if (table) return table;
  const map = new Map<string, EncodedNomenclatureRow[]>();
  for (const row of decodeNomenclatureCodes(NOMENCLATURE_CODES, NOMENCLATURE_NAMES)) {
    const list = map.get(row.code);
    if (list) list.push(row);
    else map.set(row.code, [row]);
  }
  table = map;
  return map;
}

/** The entries of one code, names decoded (built once per code). */
function entriesOf(code: string): NomenclatureEntry[] | undefined {
  const cached = entriesByCode.get(code);
  if (cached) return cached;
  const rows = load().get(code);
  if (!rows) return undefined;
  words ??= NOMENCLATURE_WORDS.split(' ');
  const entries = rows.map((row) => {
    const entry: NomenclatureEntry = { code: row.code, level: row.level, name: decodeName(row.nameLine, words!), pemda: row.pemda };
    if (row.code === 'X.XX.01' && row.pemda === 'kabupaten/kota') {
      entry.altNames = [entry.name];
      entry.name = PENUNJANG_KABKOTA_2021;
    }
    return entry;
  });
  entriesByCode.set(code, entries);
  return entries;
}

/** The generic form of a penunjang code: "1.06.01.2.01.0001" → "X.XX.01.2.01.0001". */
export function genericCode(code: BudgetCode): string | undefined {
  if (code.program !== '01' || code.urusan === 'X') return undefined;
  return ['X', 'XX', ...code.canonical.split('.').slice(2)].join('.');
}

function pemdaOf(code: BudgetCode, pemda?: Pemda): Pemda {
  if (pemda) return pemda;
  // The kegiatan's first digit says who runs it: 1 provinsi, 2 kabupaten/kota.
  if (code.kegiatan?.startsWith('1')) return 'provinsi';
  return 'kabupaten/kota';
}

function pick(entries: NomenclatureEntry[] | undefined, pemda: Pemda): NomenclatureEntry | undefined {
  if (!entries || entries.length === 0) return undefined;
  return entries.find((e) => e.pemda.includes(pemda)) ?? entries[0];
}

/**
 * Every nomenclature entry for a code (one per pemda where names differ).
 * A penunjang code written with its bidang ("1.06.01…") falls back to the
 * generic "X.XX.01…" entries when the list has no row of its own.
 */
export function lookupNomenclatureAll(code: BudgetCode): NomenclatureEntry[] {
  const own = entriesOf(code.canonical);
  if (own) return own;
  const generic = genericCode(code);
  return (generic && entriesOf(generic)) || [];
}

/**
 * The nomenclature entry of a code, for kabupaten/kota unless the kegiatan
 * digit (1) or `pemda` says provinsi. "1.06.01…" is looked up as "X.XX.01…".
 */
export function lookupNomenclature(code: BudgetCode, pemda?: Pemda): NomenclatureEntry | undefined {
  return pick(lookupNomenclatureAll(code), pemdaOf(code, pemda));
}

/** The official name of a code (BudgetCode or code text), undefined when unknown. */
export function officialName(code: BudgetCode | string, pemda?: Pemda): string | undefined {
  let c: BudgetCode | undefined;
  if (typeof code === 'string') {
    const p = parseCodeText(code);
    c = p.kind === 'code' ? p.code : undefined;
  } else c = code;
  return c ? lookupNomenclature(c, pemda)?.name : undefined;
}

/** Number of entries, for tests and diagnostics. */
export function nomenclatureSize(): number {
  let n = 0;
  for (const list of load().values()) n += list.length;
  return n;
}
