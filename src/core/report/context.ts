/**
 * What every table builder reads: the PK and DPA sheet the report is made
 * from and their figures, computed once by src/core/compute so that the same
 * figure is the same value in every table.
 */
import { computeDpaSheet, computePk } from '../compute';
import type { FigureTable } from '../compute/dpa';
import type { DpaFigures, PkFigures } from '../compute/types';
import type { DpaSheetModel, PkSheetModel, WorkbookModel } from '../model/types';

export interface ReportContext {
  tahun: number;
  opd?: string;
  /** The first PK sheet that lists indicators. */
  pk?: PkSheetModel;
  pkFigures: PkFigures[];
  /** The first DPA sheet that holds rows. */
  dpa?: DpaSheetModel;
  /** Indexed like dpa.rows. */
  dpaFigures: DpaFigures[];
  /**
   * The slots behind dpaFigures (row i of dpa.rows is row i here, except a
   * total row listed among them), to read whole amounts without building
   * Decimals; absent when dpaFigures come from elsewhere.
   */
  dpaTable?: FigureTable;
  /** Names of further PK / DPA sheets not used (mentioned in the notes). */
  unusedSheets: string[];
}

export function makeContext(model: WorkbookModel, opts: { tahun: number; opd?: string }): ReportContext {
  const pk = model.pk.find((s) => s.indicators.length > 0) ?? model.pk.find((s) => s.programs.length > 0);
  const dpa = model.dpa.find((s) => s.rows.length > 0);
  const unusedSheets = [
    ...model.pk.filter((s) => s !== pk).map((s) => s.sheet),
    ...model.dpa.filter((s) => s !== dpa).map((s) => s.sheet),
  ];
  const dpaSheet = dpa ? computeDpaSheet(dpa) : undefined;
  return {
    tahun: opts.tahun,
    opd: opts.opd?.trim() || undefined,
    pk,
    pkFigures: pk ? computePk(pk) : [],
    dpa,
    dpaFigures: dpaSheet ? dpaSheet.rows : [],
    dpaTable: dpaSheet?.table,
    unusedSheets,
  };
}

/** "Sumber: lembar PK "…", lembar DPA "…"." for the notes. */
export function sourceNote(ctx: ReportContext, uses: { pk?: boolean; dpa?: boolean }): string {
  const parts: string[] = [];
  if (uses.pk && ctx.pk) parts.push(`lembar PK "${ctx.pk.sheet}"`);
  if (uses.dpa && ctx.dpa) parts.push(`lembar DPA "${ctx.dpa.sheet}"`);
  const unused = ctx.unusedSheets.length > 0 ? ` Lembar PK/DPA lain yang tidak dipakai: ${ctx.unusedSheets.map((n) => `"${n}"`).join(', ')}.` : '';
  return `Sumber: ${parts.join(', ')}.${unused}`;
}
