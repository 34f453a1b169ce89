/**
 * How PK indicators group into sasaran, and how the PK programs (and their
 * budget) attach to sasaran and indicators. The rules are stated in
 * LINK_RULE / BUDGET_RULE and printed under the tables that use them.
 */
import Decimal from 'decimal.js';
import { namesMatch } from '../codes';
import type { DpaRow, DpaSheetModel, PkProgram } from '../model/types';
import type { ReportContext } from './context';
import { moneyValue } from './cells';

export interface SasaranGroup {
  no: number;
  sasaran: string;
  /** Indices into pk.indicators, in sheet order. */
  indicators: number[];
}

/** Indicators grouped by their sasaran number, in order of first appearance. */
export function groupSasaran(ctx: ReportContext): SasaranGroup[] {
  const groups: SasaranGroup[] = [];
  const byNo = new Map<number, SasaranGroup>();
  ctx.pk?.indicators.forEach((ind, i) => {
    let g = byNo.get(ind.sasaranNo);
    if (!g) {
      g = { no: ind.sasaranNo, sasaran: ind.sasaran, indicators: [] };
      byNo.set(ind.sasaranNo, g);
      groups.push(g);
    }
    g.indicators.push(i);
  });
  return groups;
}

export type BudgetSource = 'dpa' | 'pk-papbd' | 'pk-apbd' | 'none';

/** How a program found its sasaran. */
export type LinkBasis = 'kolom' | 'indikator-dpa' | 'urutan' | 'none';

export interface ProgramBudget {
  program: PkProgram;
  /** Budget used in the report tables. */
  pagu?: Decimal;
  source: BudgetSource;
  /** The matching DPA program row, when found. */
  dpaRow?: DpaRow;
  /** Realisasi anggaran and penyerapan (%), from the DPA only. */
  realisasi?: Decimal;
  persen?: Decimal;
  /** The sasaran the program serves, and how that was known. */
  sasaranNo?: number;
  basis: LinkBasis;
  /** The PK indicator named by the program's outcome indicator in the DPA. */
  indicator?: number;
}

export interface SasaranBudget extends SasaranGroup {
  programs: ProgramBudget[];
  /**
   * 'per-indikator': one program per indicator (by the DPA outcome indicator,
   * else one to one in order), as in the seed's Tabel 3.2.1; 'per-sasaran':
   * figures summed over the sasaran's programs and shown once.
   */
  mode: 'per-indikator' | 'per-sasaran';
  /** Indicator index → its program, in 'per-indikator' mode. */
  byIndicator: Map<number, ProgramBudget>;
  pagu?: Decimal;
  realisasi?: Decimal;
}

export interface BudgetLinks {
  sasaran: SasaranBudget[];
  /** Programs whose sasaran is unknown or names no sasaran of the PK. */
  unlinked: ProgramBudget[];
  /** Sum of every program's budget (linked or not) that could be read. */
  total: Decimal;
}

/** The linking rule as printed in the notes. */
export const LINK_RULE =
  'Program dikaitkan ke sasaran menurut kolom Sasaran pada blok program PK; bila tidak ada, menurut indikator program (hasil) ' +
  'pada DPA yang sama dengan indikator kinerja PK; bila tidak ada juga, menurut urutan baris. Dalam satu sasaran, bila tiap indikator ' +
  'mendapat tepat satu program (menurut indikator DPA, atau program ke-n untuk indikator ke-n bila jumlahnya sama), anggaran ditampilkan ' +
  'per indikator; selain itu anggaran dijumlahkan per sasaran.';

export const BUDGET_RULE =
  'Anggaran program diambil dari pagu program pada DPA bila program ditemukan di DPA (menurut kode, atau nama); ' +
  'selain itu dari anggaran PK (P-APBD, atau APBD bila P-APBD kosong).';

/** Finds the DPA program row of a PK program: by code first, then by name. */
/** Program rows per DPA sheet: every table looks every PK program up, a 100,000-row sheet has a handful. */
const programRows = new WeakMap<DpaSheetModel, DpaRow[]>();

function dpaPrograms(dpa: DpaSheetModel | undefined): DpaRow[] {
  if (!dpa) return [];
  let rows = programRows.get(dpa);
  if (!rows) {
    rows = dpa.rows.filter((r) => r.level === 'program');
    programRows.set(dpa, rows);
  }
  return rows;
}

function findDpaProgram(ctx: ReportContext, p: PkProgram): DpaRow | undefined {
  const rows = dpaPrograms(ctx.dpa);
  if (p.code && p.code.kind === 'code') {
    const canonical = p.code.code.canonical;
    const byCode = rows.find((r) => r.code.kind === 'code' && r.code.code.canonical === canonical);
    if (byCode) return byCode;
  }
  return rows.find((r) => namesMatch(r.uraian, p.name));
}

/** The budget of one PK program: DPA pagu when found, else PK P-APBD over APBD. */
export function programBudget(ctx: ReportContext, p: PkProgram): ProgramBudget {
  const dpaRow = findDpaProgram(ctx, p);
  const fig = dpaRow ? ctx.dpaFigures[dpaRow.index] : undefined;
  const base = { program: p, dpaRow, realisasi: fig?.realisasi?.value, persen: fig?.persen, basis: 'none' as LinkBasis };
  if (fig?.pagu) return { ...base, pagu: fig.pagu.value, source: 'dpa' };
  // A P-APBD cell that is present but unreadable is not replaced by the APBD figure: that would be a guess.
  const papbdWritten = p.papbd !== undefined && p.papbd.parsed.kind !== 'empty';
  const papbd = moneyValue(p.papbd);
  if (papbd) return { ...base, pagu: papbd, source: 'pk-papbd' };
  const apbd = papbdWritten ? undefined : moneyValue(p.apbd);
  if (apbd) return { ...base, pagu: apbd, source: 'pk-apbd' };
  return { ...base, source: 'none' };
}

/** Sets sasaranNo / indicator / basis of a program (rule in LINK_RULE). */
function resolveLink(ctx: ReportContext, b: ProgramBudget): void {
  const indicators = ctx.pk?.indicators ?? [];
  const outcome = b.dpaRow?.indikator;
  const matched = outcome ? indicators.findIndex((ind) => namesMatch(ind.indikator, outcome)) : -1;
  const fromDpa = matched >= 0 ? matched : undefined;
  const p = b.program;
  if (p.sasaranNo !== undefined && p.sasaranSource === 'column') {
    b.sasaranNo = p.sasaranNo;
    b.basis = 'kolom';
  } else if (fromDpa !== undefined) {
    b.sasaranNo = indicators[fromDpa].sasaranNo;
    b.basis = 'indikator-dpa';
  } else if (p.sasaranNo !== undefined) {
    b.sasaranNo = p.sasaranNo;
    b.basis = p.sasaranSource === 'column' ? 'kolom' : 'urutan';
  }
  if (fromDpa !== undefined && indicators[fromDpa].sasaranNo === b.sasaranNo) b.indicator = fromDpa;
}

/** Sum of the known values; undefined when none is known. */
function sumKnown(values: Array<Decimal | undefined>): Decimal | undefined {
  const known = values.filter((v): v is Decimal => v !== undefined);
  return known.length === 0 ? undefined : known.reduce((a, b) => a.plus(b), new Decimal(0));
}

/** Sum only when every value is known: a partial sum would pass for the whole. */
export function sumAll(values: Array<Decimal | undefined>): Decimal | undefined {
  if (values.length === 0 || values.some((v) => v === undefined)) return undefined;
  return sumKnown(values);
}

/** One program per indicator, when the sasaran allows it. */
function pairUp(indicators: number[], programs: ProgramBudget[]): Map<number, ProgramBudget> | undefined {
  if (programs.length === 0 || programs.length !== indicators.length) return undefined;
  const matched = programs.filter((b) => b.indicator !== undefined);
  if (matched.length === programs.length) {
    const map = new Map(programs.map((b) => [b.indicator!, b]));
    return map.size === programs.length ? map : undefined;
  }
  // Order only when no program names its indicator: a partial match would contradict it.
  if (matched.length === 0) return new Map(indicators.map((i, k) => [i, programs[k]]));
  return undefined;
}

export function linkBudgets(ctx: ReportContext): BudgetLinks {
  const groups = groupSasaran(ctx);
  const budgets = (ctx.pk?.programs ?? []).map((p) => programBudget(ctx, p));
  for (const b of budgets) resolveLink(ctx, b);
  const sasaran: SasaranBudget[] = groups.map((g) => {
    const programs = budgets.filter((b) => b.sasaranNo === g.no);
    const pairs = pairUp(g.indicators, programs);
    return {
      ...g,
      programs,
      mode: pairs ? 'per-indikator' : 'per-sasaran',
      byIndicator: pairs ?? new Map(),
      pagu: sumAll(programs.map((b) => b.pagu)),
      realisasi: sumAll(programs.map((b) => b.realisasi)),
    };
  });
  const known = new Set(groups.map((g) => g.no));
  const unlinked = budgets.filter((b) => b.sasaranNo === undefined || !known.has(b.sasaranNo));
  const total = sumKnown(budgets.map((b) => b.pagu)) ?? new Decimal(0);
  return { sasaran, unlinked, total };
}

const SOURCE_LABEL: Record<BudgetSource, string> = {
  dpa: 'pagu DPA',
  'pk-papbd': 'P-APBD di PK',
  'pk-apbd': 'APBD di PK',
  none: 'anggaran tidak ada',
};

const BASIS_LABEL: Record<LinkBasis, string> = {
  kolom: 'kolom Sasaran',
  'indikator-dpa': 'indikator DPA',
  urutan: 'urutan baris',
  none: 'tidak terkait',
};

/** Notes that state the rules and show, per sasaran, which program went where. */
export function linkNotes(ctx: ReportContext, links: BudgetLinks): string[] {
  const notes = [LINK_RULE, BUDGET_RULE];
  const indikator = (i: number): string => `"${ctx.pk!.indicators[i].indikator}"`;
  const program = (b: ProgramBudget): string => `"${b.program.name}" (${SOURCE_LABEL[b.source]}; ${BASIS_LABEL[b.basis]})`;
  for (const s of links.sasaran) {
    if (s.programs.length === 0) {
      notes.push(`Sasaran ${s.no}: tidak ada program yang dikaitkan.`);
    } else if (s.mode === 'per-indikator') {
      const pairs = s.indicators.map((i) => `${indikator(i)} ← ${program(s.byIndicator.get(i)!)}`);
      notes.push(`Sasaran ${s.no}, per indikator: ${pairs.join('; ')}.`);
    } else {
      notes.push(
        `Sasaran ${s.no}, per sasaran (${s.programs.length} program untuk ${s.indicators.length} indikator): ${s.programs.map(program).join('; ')}.`,
      );
    }
  }
  const all = [...links.sasaran.flatMap((s) => s.programs), ...links.unlinked];
  if (links.unlinked.length > 0) {
    notes.push(`Program yang tidak terkait sasaran mana pun (tetap dihitung dalam jumlah): ${links.unlinked.map(program).join('; ')}.`);
  }
  const none = all.filter((b) => b.pagu === undefined);
  if (none.length > 0) {
    notes.push(`Anggaran program berikut kosong atau tidak terbaca dengan pasti dan tidak ikut dijumlah: ${none.map((b) => `"${b.program.name}"`).join('; ')}.`);
  }
  if (ctx.dpa) {
    const notFound = all.filter((b) => !b.dpaRow);
    if (notFound.length > 0) notes.push(`Program PK yang tidak ditemukan di DPA: ${notFound.map((b) => `"${b.program.name}"`).join('; ')}.`);
  }
  return notes;
}
