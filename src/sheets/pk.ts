/**
 * PK tables: the indicator table (sasaran carried down over its
 * indicators) and the program block (anggaran APBD / P-APBD, in two rows
 * per program or in two columns).
 */
import { inferLevelFromText, parseCode, parseCodeText } from '../core/codes';
import type { CodeParse } from '../core/codes';
import type { Finding } from '../core/findings/types';
import type { PkIndicator, PkProgram, SourceValue } from '../core/model/types';
import type { NumberContext } from '../core/values';
import { a1 } from '../grid/address';
import type { SheetGrid } from '../grid/types';
import type { MergeIndex } from './merges';
import { inferNegatifWord, polarityFromText } from './polarity';
import { TableReader } from './read';
import { isBlank, norm } from './text';
import type { TableLayout } from './types';

const PERCENT: NumberContext = { column: 'percent' };
const MONEY: NumberContext = { column: 'money' };
const PERSEN_INDIKATOR = /^(?:persentase|presentase|prosentase|%)\b/;
const INDEX_INDIKATOR = /^(?:nilai|indeks|index|skor)\b/;
const PERUBAHAN = /\b(?:perubahan|papbd|p apbd|apbd p|apbdp|pak|setelah|dppa)\b/;
const MURNI = /\b(?:apbd|murni|induk|sebelum|awal|dpa)\b/;
const BEFORE = /\bsebelum\b/;
const LEADING_CODE = /^\s*(\d{1,2}(?:\s*\.\s*[0-9xX]{1,4}){1,6})\.?\s+(\S.*)$/s;

/** Number context of an indicator's target/realisasi: the satuan decides, else the indicator's first word. */
function measureContext(satuan: string | undefined, indikator: string): NumberContext {
  if (satuan) return { column: 'measure', satuan };
  const n = norm(indikator);
  if (PERSEN_INDIKATOR.test(n)) return { column: 'percent' };
  if (INDEX_INDIKATOR.test(n)) return { column: 'index' };
  return { column: 'measure' };
}

export class SasaranNumbers {
  private readonly numbers = new Map<string, number>();

  /** The running number of a sasaran text: the same text always gets the same number. */
  of(text: string): number {
    const key = norm(text);
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.numbers.size + 1;
      this.numbers.set(key, n);
    }
    return n;
  }

  lookup(text: string): number | undefined {
    return this.numbers.get(norm(text));
  }

  get size(): number {
    return this.numbers.size;
  }
}

export function buildIndicators(
  sheet: SheetGrid,
  merges: MergeIndex,
  table: TableLayout,
  findings: Finding[],
  sasaranNo: SasaranNumbers,
): PkIndicator[] {
  const rd = new TableReader(sheet, merges, table, findings);
  const skip = new Set(table.skipRows ?? []);
  const out: PkIndicator[] = [];
  let sasaran = '';
  for (let r = table.dataStart; r <= table.dataEnd; r++) {
    if (skip.has(r)) continue;
    const s = rd.text(r, 'sasaran') ?? rd.spanningText(r, 'sasaran');
    if (s) sasaran = s;
    const indikator = rd.text(r, 'indikator', false);
    if (!indikator && !s && rd.has('sasaran')) {
      // A sasaran heading merged across the row from the No column.
      const heading = rd.spanningText(r, 'indikator');
      if (heading) sasaran = heading;
    }
    // A sasaran heading row, or a blank line: no indicator to read.
    if (!indikator) continue;
    const satuan = rd.text(r, 'satuan');
    const ctx = measureContext(satuan, indikator);
    const ind: PkIndicator = {
      row: r,
      sasaranNo: rd.has('sasaran') ? sasaranNo.of(sasaran) : 1,
      sasaran,
      indikator,
      polarity: 'positif',
      polaritySource: 'default',
    };
    if (satuan) ind.satuan = satuan;
    const target = rd.value(r, 'target', ctx);
    if (target) ind.target = target;
    const realisasi = rd.value(r, 'realisasiKinerja', ctx);
    if (realisasi) ind.realisasi = realisasi;
    const capaian = rd.number(r, 'capaian', PERCENT);
    if (capaian) ind.capaian = capaian;
    const predikat = rd.text(r, 'predikat', false);
    const pc = rd.col('predikat');
    if (pc !== undefined) {
      const p: SourceValue<string> = { ref: { sheet: sheet.name, row: r, col: pc }, cell: rd.cell(r, 'predikat'), parsed: predikat ?? '' };
      ind.predikat = p;
    }
    const lalu = rd.value(r, 'realisasiLalu', ctx);
    if (lalu) ind.realisasiLalu = lalu;
    const capLalu = rd.number(r, 'capaianLalu', PERCENT);
    if (capLalu) ind.capaianLalu = capLalu;
    const renstra = rd.value(r, 'targetRenstra', ctx);
    if (renstra) ind.targetRenstra = renstra;
    setPolarity(rd, ind, r, findings);
    out.push(ind);
  }
  return out;
}

function setPolarity(rd: TableReader, ind: PkIndicator, r: number, findings: Finding[]): void {
  const declared = rd.text(r, 'polaritas');
  if (declared) {
    const p = polarityFromText(declared);
    if (p) {
      ind.polarity = p;
      ind.polaritySource = 'column';
      return;
    }
    const at = a1(r, rd.col('polaritas')!);
    findings.push({
      rule: 'value/unreadable',
      severity: 'warning',
      sheet: rd.sheet.name,
      cell: at,
      message: `Polaritas di ${at} berisi "${declared}" yang tidak dikenali; isi Positif atau Negatif.`,
      expected: 'Positif/Negatif',
      actual: declared,
    });
  }
  const word = inferNegatifWord(ind.indikator);
  if (!word) return;
  ind.polarity = 'negatif';
  ind.polaritySource = 'inferred';
  const at = a1(r, rd.col('indikator')!);
  findings.push({
    rule: 'pk/polarity-inferred',
    severity: 'info',
    sheet: rd.sheet.name,
    cell: at,
    message: `Indikator "${ind.indikator}" dianggap berpolaritas negatif (semakin rendah semakin baik) karena memuat kata "${word}"; capaian dihitung (2 × target − realisasi) / target × 100. Tambahkan kolom Polaritas bila keliru.`,
    expected: 'negatif',
    actual: word,
  });
}

type Budget = 'apbd' | 'papbd' | undefined;

function levelOf(code: CodeParse): string | undefined {
  if (code.kind === 'code') return code.code.level;
  return code.kind === 'rekening' ? 'rekening' : undefined;
}

function budgetOf(ket: string | undefined): Budget {
  if (!ket) return undefined;
  const n = norm(ket);
  // "Sebelum Perubahan" is the original budget.
  if (BEFORE.test(n)) return 'apbd';
  if (PERUBAHAN.test(n)) return 'papbd';
  if (MURNI.test(n)) return 'apbd';
  return undefined;
}

/**
 * Programs of the PK program block. sasaranNo: from a Sasaran column when the
 * block has one (same text → same number as the indicators); otherwise by row
 * order only when that is certain: every program serves sasaran 1 when the PK
 * has a single sasaran, program i serves sasaran i when there are as many
 * programs as sasaran; else left undefined.
 */
export function buildPrograms(
  sheet: SheetGrid,
  merges: MergeIndex,
  table: TableLayout,
  findings: Finding[],
  sasaranNo: SasaranNumbers,
): { programs: PkProgram[]; total?: SourceValue } {
  const rd = new TableReader(sheet, merges, table, findings);
  const skip = new Set(table.skipRows ?? []);
  const twoColumns = rd.has('paguMurni') && rd.has('pagu');
  const paguHeader = norm(table.headers.pagu ?? '');
  const headerSaysPerubahan = PERUBAHAN.test(paguHeader) && !BEFORE.test(paguHeader);
  const programs: PkProgram[] = [];
  let current: PkProgram | undefined;
  for (let r = table.dataStart; r <= table.dataEnd; r++) {
    if (skip.has(r)) continue;
    const name = rd.text(r, 'uraian', false);
    if (name && !rd.continuesMergeAbove(r, 'uraian')) {
      const kodeCell = rd.cell(r, 'kode');
      const codeLevel = isBlank(kodeCell) ? undefined : levelOf(parseCode(kodeCell));
      const below = codeLevel ?? inferLevelFromText(name);
      if (below === 'kegiatan' || below === 'subkegiatan' || below === 'rekening') {
        // Kegiatan listed under a program in the block: not a program of the PK.
        current = undefined;
        continue;
      }
      current = { row: r, name, sasaranNo: undefined };
      const no = rd.text(r, 'no', false);
      if (no) current.no = no;
      const kode = rd.cell(r, 'kode');
      if (!isBlank(kode)) current.code = parseCode(kode);
      else {
        const m = LEADING_CODE.exec(name);
        const p = m ? parseCodeText(m[1]) : undefined;
        if (m && p && p.kind === 'code') {
          current.code = p;
          current.name = m[2].trim();
        }
      }
      const s = rd.text(r, 'sasaran');
      if (s) current.sasaranNo = sasaranNo.lookup(s) ?? sasaranNo.of(s);
      programs.push(current);
    }
    if (!current) continue;
    if (twoColumns) {
      if (current.row !== r) continue;
      const apbd = rd.number(r, 'paguMurni', MONEY);
      if (apbd) current.apbd = apbd;
      const papbd = rd.number(r, 'pagu', MONEY);
      if (papbd) current.papbd = papbd;
      continue;
    }
    if (isBlank(rd.cell(r, 'pagu'))) continue;
    const amount = rd.number(r, 'pagu', MONEY);
    if (!amount) continue;
    let which = budgetOf(rd.text(r, 'keterangan', false));
    if (!which) which = current.apbd ? 'papbd' : headerSaysPerubahan ? 'papbd' : 'apbd';
    if (which === 'apbd' && !current.apbd) current.apbd = amount;
    else if (which === 'papbd' && !current.papbd) current.papbd = amount;
  }
  if (!rd.has('sasaran')) {
    if (sasaranNo.size === 1) for (const p of programs) p.sasaranNo = 1;
    else if (sasaranNo.size > 1 && sasaranNo.size === programs.length) programs.forEach((p, i) => (p.sasaranNo = i + 1));
  }
  for (const p of programs) if (p.sasaranNo === undefined) delete p.sasaranNo;
  let total: SourceValue | undefined;
  if (table.totalRow !== undefined) total = rd.number(table.totalRow, 'pagu', MONEY);
  return total ? { programs, total } : { programs };
}
