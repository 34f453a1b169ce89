/**
 * analyse: grid in, layouts, model, findings and the fill plan out. Pure: no
 * I/O, no host. Kept apart from the report builders so a check loads only
 * what it runs (engine.ts adds the reports).
 */
import type { WorkbookGrid } from '../grid/types';
import type { LayoutOverrides, SheetLayout } from '../sheets/types';
import type { WorkbookModel } from './model/types';
import type { Finding, Severity } from './findings/types';
import type { FillPlan } from './fill/types';
import { detectLayouts, buildModel } from '../sheets';
import { validate } from './validate';
import { planFill } from './fill';

export interface AnalyseOptions {
  overrides?: LayoutOverrides;
  /** Let fill replace cells that already hold another value or a formula. */
  overwrite?: boolean;
}

export interface Analysis {
  layouts: SheetLayout[];
  model: WorkbookModel;
  /** Reading, validation and fill findings, by sheet, then row, then severity. */
  findings: Finding[];
  plan: FillPlan;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function analyse(wb: WorkbookGrid, opts: AnalyseOptions = {}): Analysis {
  const layouts = detectLayouts(wb, opts.overrides);
  const { model, findings: readFindings } = buildModel(wb, layouts);
  const checkFindings = validate(model);
  const { plan, findings: fillFindings } = planFill(model, wb, { overwrite: opts.overwrite ?? false });
  const sheetOrder = new Map(wb.sheets.map((s, i) => [s.name, i]));
  const findings = sortFindings([...readFindings, ...checkFindings, ...fillFindings], sheetOrder);
  return { layouts, model, findings, plan };
}

export function hasErrors(findings: Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}

function sortFindings(findings: Finding[], sheetOrder: Map<string, number>): Finding[] {
  const rowOf = (cell: string) => {
    const m = /(\d+)$/.exec(cell);
    return m ? Number(m[1]) : 0;
  };
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        (sheetOrder.get(a.f.sheet) ?? 1e9) - (sheetOrder.get(b.f.sheet) ?? 1e9) ||
        rowOf(a.f.cell) - rowOf(b.f.cell) ||
        SEVERITY_ORDER[a.f.severity] - SEVERITY_ORDER[b.f.severity] ||
        a.i - b.i,
    )
    .map((x) => x.f);
}
