/** What the screens need from the engine, injected so tests can pass a fake and the bundle can load it lazily. */
import type { WorkbookGrid } from '../grid/types';
import type { WorkbookModel } from '../core/model/types';
import type { Analysis, AnalyseOptions } from '../core/engine';
import type { ReportTable, ReportSkip, ReportTableId } from '../core/report/types';
import type { WorkbookHost } from '../host/types';

export type { Analysis, AnalyseOptions } from '../core/engine';

export interface ReportOptions {
  tahun: number;
  opd?: string;
  tables?: ReportTableId[];
}

export interface EngineApi {
  analyse(wb: WorkbookGrid, opts?: AnalyseOptions): Analysis;
  buildReports(model: WorkbookModel, opts: ReportOptions): { tables: ReportTable[]; skipped: ReportSkip[] };
}

/** A host whose workbook can be saved as a file (the web app's FileHost). */
export interface DownloadableHost extends WorkbookHost {
  download(): { bytes: Uint8Array; fileName: string };
}

export function isDownloadable(host: WorkbookHost | undefined): host is DownloadableHost {
  return !!host && typeof (host as Partial<DownloadableHost>).download === 'function';
}
