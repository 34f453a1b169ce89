/**
 * The fill plan: computed values written into the columns the sheets already
 * have (and a capaian column a PK table lacks). Never shifts cells, never
 * writes formulas; a cell holding something else is a conflict unless the
 * user asked to overwrite.
 */
import type { WorkbookGrid } from '../../grid/types';
import type { Finding } from '../findings/types';
import type { WorkbookModel } from '../model/types';
import { finding } from '../validate/finding';
import type { FillPlan } from './types';
import type { Planner } from './propose';
import { planDpa } from './dpa';
import { planPk } from './pk';

export function planFill(model: WorkbookModel, wb: WorkbookGrid, opts: { overwrite: boolean }): { plan: FillPlan; findings: Finding[] } {
  const plan: FillPlan = { edits: [], conflicts: [], addedColumns: [] };
  const findings: Finding[] = [];
  const sheets = [...model.pk.map((s) => ({ name: s.sheet, run: (pl: Planner, g: typeof wb.sheets[number]) => planPk(pl, g, s) })),
    ...model.dpa.map((s) => ({ name: s.sheet, run: (pl: Planner, g: typeof wb.sheets[number]) => planDpa(pl, g, s) }))];
  for (const s of sheets) {
    const grid = wb.sheets.find((g) => g.name === s.name);
    if (!grid) continue;
    if (!grid.protected) {
      // Planned straight into the result: nothing to drop, nothing to copy.
      s.run({ plan, findings, overwrite: opts.overwrite }, grid);
      continue;
    }
    // A protected sheet is planned apart to count what it drops.
    const pl: Planner = { plan: { edits: [], conflicts: [], addedColumns: [] }, findings: [], overwrite: opts.overwrite };
    s.run(pl, grid);
    if (pl.plan.edits.length + pl.plan.conflicts.length > 0) {
      findings.push(finding('sheet/protected', 'warning', { sheet: grid.name }, `Lembar ${grid.name} dilindungi; ${pl.plan.edits.length + pl.plan.conflicts.length} nilai hasil hitung tidak ditulis. Buka proteksi lembar untuk mengisinya.`));
    }
  }
  return { plan, findings };
}

export { CAPAIAN_HEADER } from './pk';
