/**
 * Budget codes of a DPA sheet: format, old coding, tree structure (parent,
 * order, duplicates), bidang, and the national nomenclature (code and name).
 */
import type { Finding } from '../findings/types';
import type { BudgetCode } from '../codes/types';
import type { CellRef, DpaRow, DpaSheetModel, RowLevel } from '../model/types';
import { lookupNomenclatureAll, namesMatch, parentCode } from '../codes';
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

export function validateCodes(sheet: DpaSheetModel): Finding[] {
  const out: Finding[] = [];
  const rows = sheet.rows.filter((r) => r !== sheet.total);
  const present = new Set<string>();
  const levels = new Set<string>();
  for (const r of rows) {
    if (r.code.kind !== 'code') continue;
    present.add(key(r.code.code.canonical));
    levels.add(r.code.code.level);
  }

  const seen = new Map<string, DpaRow>();
  const otherBidang = new Set<string>();
  /** The last code seen at each level, to know which block a row sits in. */
  const lastAt: Partial<Record<RowLevel, string>> = {};

  for (const row of rows) {
    const cp = row.code;
    // Named only when a finding is emitted: most rows never are.
    let named: string | undefined;
    const name = () => (named ??= rowName(row));
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
    const k = key(code.canonical);

    const first = seen.get(k);
    if (first) {
      out.push(
        finding('code/duplicate', 'error', codeCell(sheet, row), `Kode ${code.canonical} dipakai dua kali: ${name()} dan baris ${a1(first.row, codeCell(sheet, first).col)}.`, undefined, code.canonical),
      );
    } else seen.set(k, row);

    const parentLevel = PARENT_LEVEL[code.level];
    const parent = parentCode(code);
    // A sheet that lists no row of the parent level at all (only sub kegiatan, say) is a flat list, not a broken tree.
    if (parentLevel && parent && levels.has(parentLevel)) {
      if (!present.has(key(parent))) {
        out.push(
          finding('code/parent-missing', 'error', codeCell(sheet, row), `${name()} tidak memiliki induk: ${LEVEL_WORD[parentLevel]} ${parent} tidak ada di lembar ini.`, parent),
        );
      } else {
        const block = lastAt[parentLevel];
        if (block !== undefined && key(block) !== key(parent)) {
          out.push(
            finding('code/order', 'error', codeCell(sheet, row), `${name()} berada di blok ${LEVEL_WORD[parentLevel]} ${block}, bukan di bawah induknya ${parent}.`, parent, block),
          );
        }
      }
    }
    lastAt[code.level] = code.canonical;
    if (code.level === 'program') delete lastAt.kegiatan;

    const bidang = bidangOf(code);
    if (bidang && sheet.mainBidang && !sameBidang(bidang, sheet.mainBidang)) {
      // Report the topmost row of another bidang only; its children carry the same bidang.
      if (!(parent && otherBidang.has(key(parent)))) {
        out.push(
          finding('code/bidang', 'warning', codeCell(sheet, row), `${name()} memakai bidang urusan ${bidang}, berbeda dari bidang utama lembar ini (${sheet.mainBidang}).`, sheet.mainBidang, bidang),
        );
      }
      otherBidang.add(k);
    }

    if (code.level === 'urusan' || code.level === 'bidang') continue;
    const entries = lookupNomenclatureAll(code);
    if (entries.length === 0) {
      out.push(finding('code/unknown', 'warning', codeCell(sheet, row), `Kode ${code.canonical} (${clip(row.uraian.trim())}) tidak ada dalam nomenklatur nasional (Kepmendagri 050-3708/2020).`, undefined, code.canonical));
      continue;
    }
    const uraian = row.uraian.trim();
    if (!uraian) continue;
    const names = entries.flatMap((e) => [e.name, ...((e as { altNames?: string[] }).altNames ?? [])]);
    if (names.some((n) => namesMatch(uraian, n))) continue;
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
