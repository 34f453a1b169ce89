/** PK program anggaran against the DPA pagu of the same program. */
import type Decimal from 'decimal.js';
import type { Finding } from '../findings/types';
import type { DpaRow, DpaSheetModel, PkProgram, WorkbookModel } from '../model/types';
import type { DpaFigures } from '../compute/types';
import type { BudgetCode } from '../codes/types';
import { computeDpa } from '../compute/dpa';
import { numberOf, round2 } from '../compute/num';
import { a1 } from '../../grid/address';
import { finding, rowName, rp } from './finding';
import { namesMatch } from '../codes';
import { programAnggaran } from './pk';

interface DpaProgram {
  sheet: string;
  row: DpaRow;
  pagu?: Decimal;
}

/** Same program, allowing the generic X.XX form of program 01 on either side. */
function sameCode(a: BudgetCode, b: BudgetCode): boolean {
  if (a.level !== 'program' || b.level !== 'program') return false;
  const eq = (x: string | undefined, y: string | undefined, wild: string) => x === y || x === wild || y === wild;
  return a.program === b.program && eq(a.urusan, b.urusan, 'X') && eq(a.bidang, b.bidang, 'XX');
}

function dpaPrograms(model: WorkbookModel, figures: Map<DpaSheetModel, DpaFigures[]>): DpaProgram[] {
  const out: DpaProgram[] = [];
  for (const sheet of model.dpa) {
    const figs = figures.get(sheet) ?? computeDpa(sheet);
    for (const row of sheet.rows) {
      if (row.level !== 'program' || row === sheet.total) continue;
      // The pagu as the DPA states it; the rollup only where the program row is blank.
      out.push({ sheet: sheet.sheet, row, pagu: numberOf(row.pagu) ?? figs[row.index]?.pagu?.value });
    }
  }
  return out;
}

function findMatch(p: PkProgram, programs: DpaProgram[]): DpaProgram | undefined {
  if (p.code?.kind === 'code') {
    const code = p.code.code;
    const byCode = programs.find((d) => d.row.code.kind === 'code' && sameCode(code, d.row.code.code));
    if (byCode) return byCode;
  }
  return programs.find((d) => namesMatch(p.name, d.row.uraian));
}

/** `figures`: DPA figures per sheet the caller already computed. */
export function validatePkDpa(model: WorkbookModel, figures = new Map<DpaSheetModel, DpaFigures[]>()): Finding[] {
  const out: Finding[] = [];
  const pkPrograms = model.pk.flatMap((s) => s.programs.map((p) => ({ sheet: s.sheet, p })));
  if (pkPrograms.length === 0) return out;
  const programs = dpaPrograms(model, figures);
  if (programs.length === 0) return out;
  const matched = new Set<DpaProgram>();
  for (const { sheet, p } of pkPrograms) {
    const d = findMatch(p, programs);
    const where = { sheet, row: p.row, col: (p.papbd ?? p.apbd)?.ref.col ?? 0 };
    if (!d) {
      out.push(
        finding('pk-dpa/program-missing', 'warning', where, `Program "${p.name.trim()}" di lembar ${sheet} tidak ditemukan di DPA.`, undefined, p.name.trim()),
      );
      continue;
    }
    matched.add(d);
    const a = programAnggaran(p);
    if (!a || d.pagu === undefined) continue;
    if (round2(a.value).equals(round2(d.pagu))) continue;
    const dpaCell = d.row.pagu ? `, sel ${a1(d.row.pagu.ref.row, d.row.pagu.ref.col)}` : '';
    out.push(
      finding(
        'pk-dpa/anggaran-mismatch',
        'error',
        a.ref?.ref ?? where,
        `Anggaran ${a.which} ${rowName(d.row)} di lembar ${sheet} tertulis ${rp(a.value)}, pagu di DPA (${d.sheet}${dpaCell}) ${rp(d.pagu)}.`,
        d.pagu,
        a.value,
      ),
    );
  }
  for (const d of programs) {
    if (matched.has(d)) continue;
    const ref = d.row.pagu?.ref ?? { sheet: d.sheet, row: d.row.row, col: 0 };
    out.push(
      finding('pk-dpa/program-missing', 'warning', ref, `${rowName(d.row)} di DPA tidak tercantum dalam Perjanjian Kinerja.`, undefined, d.row.uraian.trim()),
    );
  }
  return out;
}
