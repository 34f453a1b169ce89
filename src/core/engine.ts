/**
 * The one entry point every front door calls: grid in, everything the
 * screens and the command line show out. Pure: no I/O, no host.
 */
import type { ReportSkip, ReportTable, ReportTableId } from './report/types';
import type { Analysis } from './analyse';
import { buildReports } from './report';

export { analyse, hasErrors, type AnalyseOptions, type Analysis } from './analyse';

export interface ReportOptions {
  tahun: number;
  opd?: string;
  tables?: ReportTableId[];
}

export function reports(analysis: Analysis, opts: ReportOptions): { tables: ReportTable[]; skipped: ReportSkip[] } {
  return buildReports(analysis.model, opts);
}

