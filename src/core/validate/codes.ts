/**
 * Budget codes of a DPA sheet: format, old coding, tree structure (parent,
 * order, duplicates), bidang, and the national nomenclature (code and name).
 */
import type { Finding } from '../findings/types';
import type { BudgetCode, NomenclatureEntry } from '../codes/types';
import type { CellRef, DpaRow, DpaSheetModel, RowLevel } from '../model/types';
import { lookupNomenclatureAll, normalizeName, parentCode } from '../codes';
import { a1 } from '../../grid/address';
import { clip, finding, rowName } from './finding';

const PARENT_LEVEL: Partial<Record<RowLevel, RowLevel>> = { kegiatan: 'program', subkegiatan: 'kegiatan' };
const LEVEL_WORD: Record<string, string> = { program: 'program', kegiatan: 'kegiatan', subkegiatan: 'sub kegiatan' };

/** Where a row's code is written: the kode column, else the first split code column, else the uraian. */
function codeCell(sheet: DpaSheetModel, row: DpaRow): CellRef {
  const c = sheet.columns;
  const col = c.kode ?? c.kodeUrusan ?? c.kodeBidang ?? c.kodeProgram ?? c.kodeKegiatan ?? c.kodeSub ?? c.uraian ?? 0;
  return { sheet: sheet.sheet, row: row.row, col };
}

function uraianCell(sheet: DpaSheetModel, row: DpaRow): CellRef {
  return { sheet: sheet.sheet, row: row.row, col: sheet.columns.uraian ?? codeCell(sheet, row).col };
}

/** "1.06" from a code, undefined for generic X.XX codes. */
function bidangOf(code: BudgetCode): string | undefined {
  if (!code.bidang || code.urusan === 'X' || code.bidang === 'XX') return undefined;
  return `${code.urusan}.${code.bidang}`;
}

/** mainBidang may come as "1.06" or "06"; compare on the full form when both are known. */
function sameBidang(a: string, main: string): boolean {
  return main.includes('.') ? a === main : a.split('.')[1] === main.padStart(2, '0');
}

/** Canonical codes compared with the generic penunjang form on either side ("X.XX.01…" = "1.06.01…"). */
function key(canonical: string): string {
  // Third segment "01" (the penunjang program): read in place, no split per row.
  const a = canonical.indexOf('.');
  const b = a < 0 ? -1 : canonical.indexOf('.', a + 1);
  if (b < 0) return canonical;
  const c = canonical.indexOf('.', b + 1);
  const third = c < 0 ? canonical.slice(b + 1) : canonical.slice(b + 1, c);
  return third === '01' ? 'X.XX' + canonical.slice(b) : canonical;
}

/** What the checks need of a code, the same for every row that carries it. */
interface CodeFacts {
  level: BudgetCode['level'];
  /** key(canonical) */
  key: string;
  /** parentCode(code) and its key. */
  parent?: string;
  parentKey?: string;
  bidang?: string;
  /** lookupNomenclatureAll(code), for sub kegiatan and above. */
  entries?: NomenclatureEntry[];
  /** The entries' names and alternative names, normalised (built on the first row with an uraian). */
  names?: string[];
}

/**
 * Facts per canonical code: a code's fields are the segments of its canonical
 * text (parse.ts builds one from the other), so the key, parent, bidang and
 * nomenclature entries are computed once per code, not once per row (a large
 * sheet repeats nothing, but every analysis of the same workbook does).
 */
const factsByCode = new Map<string, CodeFacts>();
const FACTS_LIMIT = 50_000;

function factsOf(code: BudgetCode): CodeFacts {
  const cached = factsByCode.get(code.canonical);
  // A code read with another level (hand-built models) is computed afresh.
  if (cached !== undefined && cached.level === code.level) return cached;
  const parent = parentCode(code);
  const facts: CodeFacts = {
    level: code.level,
    key: key(code.canonical),
    parent,
    parentKey: parent === undefined ? undefined : key(parent),
    bidang: bidangOf(code),
    entries: code.level === 'urusan' || code.level === 'bidang' ? undefined : lookupNomenclatureAll(code),
  };
  if (cached === undefined) {
    if (factsByCode.size >= FACTS_LIMIT) factsByCode.clear();
    factsByCode.set(code.canonical, facts);
  }
  return facts;
}

function namesOf(facts: CodeFacts): string[] {
  if (facts.names) return facts.names;
  const names: string[] = [];
  for (const e of facts.entries ?? []) {
    names.push(normalizeName(e.name));
    for (const alt of (e as { altNames?: string[] }).altNames ?? []) names.push(normalizeName(alt));
  }
  facts.names = names;
  return names;
}

export function validateCodes(sheet: DpaSheetModel): Finding[] {
  const out: Finding[] = [];
  const rows = sheet.rows;
  const total = sheet.total;
  const present = new Set<string>();
  const levels = new Set<string>();
  // The rows with a code to check, in order, and the facts of each code row: the
  // loop below visits no rekening row (most rows of a large sheet).
  const coded: number[] = [];
  const facts: Array<CodeFacts | undefined> = [];
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (r === total) continue;
    const cp = r.code;
    if (cp.kind === 'code') {
      const f = factsOf(cp.code);
      coded.push(i);
      facts.push(f);
      present.add(f.key);
      levels.add(f.level);
    } else if (cp.kind === 'invalid' || cp.kind === 'ambiguous' || cp.kind === 'legacy') {
      coded.push(i);
      facts.push(undefined);
    }
  }

  const seen = new Map<string, DpaRow>();
  const otherBidang = new Set<string>();
  /** The last code seen at each level (and its key), to know which block a row sits in. */
  const lastAt: Record<RowLevel, string | undefined> = { urusan: undefined, bidang: undefined, program: undefined, kegiatan: undefined, subkegiatan: undefined, rekening: undefined };
  const lastKeyAt: Record<RowLevel, string | undefined> = { ...lastAt };
  /** sameBidang per bidang met: a sheet holds few. */
  const bidangAgrees = new Map<string, boolean>();

  for (let n = 0; n < coded.length; n++) {
    const row = rows[coded[n]];
    const cp = row.code;
    if (cp.kind === 'invalid') {
      out.push(finding('code/format', 'error', codeCell(sheet, row), `Kode "${cp.text}" pada baris ${row.uraian.trim() || row.row + 1} tidak sesuai format U.BB.PP.K.KK.SSSS: ${cp.reason}.`, undefined, cp.text));
      continue;
    }
    if (cp.kind === 'ambiguous') {
      out.push(
        finding('code/format', 'warning', codeCell(sheet, row), `Kode ${cp.text} pada baris ${row.uraian.trim()} tersimpan sebagai angka dan dapat dibaca sebagai ${cp.readings.join(' atau ')}; tulis kode sebagai teks.`, undefined, cp.text),
      );
      continue;
    }
    if (cp.kind === 'legacy') {
      out.push(
        finding(
          'code/legacy',
          'error',
          codeCell(sheet, row),
          `Kode ${cp.text} (${row.uraian.trim()}) memakai format lama Permendagri 13/2006, yang tidak berlaku untuk tahun anggaran 2021 dan sesudahnya; gunakan kode Permendagri 90/2019 (U.BB.PP.K.KK.SSSS).`,
          undefined,
          cp.text,
        ),
      );
      continue;
    }
    if (cp.kind !== 'code') continue;
    const code = cp.code;
    const f = facts[n]!;
    const k = f.key;

    const first = seen.get(k);
    if (first) {
      out.push(
        finding('code/duplicate', 'error', codeCell(sheet, row), `Kode ${code.canonical} dipakai dua kali: ${rowName(row)} dan baris ${a1(first.row, codeCell(sheet, first).col)}.`, undefined, code.canonical),
      );
    } else seen.set(k, row);

    const parentLevel = PARENT_LEVEL[code.level];
    const parent = f.parent;
    // A sheet that lists no row of the parent level at all (only sub kegiatan, say) is a flat list, not a broken tree.
    if (parentLevel && parent && levels.has(parentLevel)) {
      if (!present.has(f.parentKey!)) {
        out.push(
          finding('code/parent-missing', 'error', codeCell(sheet, row), `${rowName(row)} tidak memiliki induk: ${LEVEL_WORD[parentLevel]} ${parent} tidak ada di lembar ini.`, parent),
        );
      } else {
        const block = lastAt[parentLevel];
        if (block !== undefined && lastKeyAt[parentLevel] !== f.parentKey) {
          out.push(
            finding('code/order', 'error', codeCell(sheet, row), `${rowName(row)} berada di blok ${LEVEL_WORD[parentLevel]} ${block}, bukan di bawah induknya ${parent}.`, parent, block),
          );
        }
      }
    }
    lastAt[code.level] = code.canonical;
    lastKeyAt[code.level] = k;
    if (code.level === 'program') lastAt.kegiatan = lastKeyAt.kegiatan = undefined;

    const bidang = f.bidang;
    const main = sheet.mainBidang;
    if (bidang && main) {
      let agrees = bidangAgrees.get(bidang);
      if (agrees === undefined) bidangAgrees.set(bidang, (agrees = sameBidang(bidang, main)));
      if (!agrees) {
        // Report the topmost row of another bidang only; its children carry the same bidang.
        if (!(parent && otherBidang.has(f.parentKey!))) {
          out.push(
            finding('code/bidang', 'warning', codeCell(sheet, row), `${rowName(row)} memakai bidang urusan ${bidang}, berbeda dari bidang utama lembar ini (${main}).`, main, bidang),
          );
        }
        otherBidang.add(k);
      }
    }

    const entries = f.entries;
    if (entries === undefined) continue;
    if (entries.length === 0) {
      out.push(finding('code/unknown', 'warning', codeCell(sheet, row), `Kode ${code.canonical} (${clip(row.uraian.trim())}) tidak ada dalam nomenklatur nasional (Kepmendagri 050-3708/2020).`, undefined, code.canonical));
      continue;
    }
    const uraian = row.uraian.trim();
    if (!uraian) continue;
    // namesMatch(uraian, name) for each name, with the uraian normalised once.
    const own = normalizeName(uraian);
    if (own.length > 0 && namesOf(f).includes(own)) continue;
    const official = entries.find((e) => e.pemda.includes(code.kegiatan?.startsWith('1') ? 'provinsi' : 'kabupaten/kota'))?.name ?? entries[0].name;
    out.push(
      finding(
        'code/name-mismatch',
        'warning',
        uraianCell(sheet, row),
        `Nama ${LEVEL_WORD[code.level] ?? ''} ${code.canonical} tertulis "${clip(uraian)}", nomenklatur resminya "${official}".`.replace(/\s+/g, ' '),
        official,
        uraian,
      ),
    );
  }
  return out;
}
