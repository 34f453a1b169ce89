/** Small grids for sheet-recognition specs. */
import Decimal from 'decimal.js';
import { detectLayouts, buildModel } from '../../src/sheets';
import type { SourceValue } from '../../src/core/model/types';
import type { ParsedValue } from '../../src/core/values';
import type { WorkbookGrid } from '../../src/grid/types';
import type { LayoutOverrides } from '../../src/sheets/types';
import { sheet, workbook, type Raw, type SheetSpec } from '../fixtures/grid-builder';

export { merge } from '../fixtures/grid-builder';

/** A one-sheet workbook from rows, e.g. grid([['NO.', 'SASARAN', ...], ...]). */
export function grid(rows: Raw[][], spec: Partial<SheetSpec> = {}): WorkbookGrid {
  return workbook(sheet({ name: spec.name ?? 'Lembar1', rows, ...spec }));
}

export function analyse(wb: WorkbookGrid, overrides?: LayoutOverrides) {
  const layouts = detectLayouts(wb, overrides);
  return { layouts, ...buildModel(wb, layouts) };
}

/** The number a source value holds, as a plain decimal string ("8054019520"), else its kind. */
export function num(sv: SourceValue<ParsedValue> | undefined): string | undefined {
  if (!sv) return undefined;
  const p = sv.parsed;
  return p.kind === 'number' ? new Decimal(p.value).toFixed() : p.kind;
}
