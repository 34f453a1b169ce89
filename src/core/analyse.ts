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
  // Keys computed once per finding, not once per comparison.
  const keyed = findings.map((f, i) => ({ f, i, sheet: sheetOrder.get(f.sheet) ?? 1e9, row: rowOf(f.cell), severity: SEVERITY_ORDER[f.severity] }));
  keyed.sort((a, b) => a.sheet - b.sheet || a.row - b.row || a.severity - b.severity || a.i - b.i);
  return keyed.map((x) => x.f);
}

/** The row number of an A1 cell ("I7" → 7); 0 for a finding without a cell. */
function rowOf(cell: string): number {
  let n = 0;
  let scale = 1;
  for (let k = cell.length - 1; k >= 0; k--) {
    const d = cell.charCodeAt(k) - 48;
    if (d < 0 || d > 9) break;
    n += d * scale;
    scale *= 10;
  }
  return n;
}
