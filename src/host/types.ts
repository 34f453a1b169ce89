/**
 * What the screens need from a workbook, whoever holds it: Excel through
 * Office.js, or an .xlsx file opened in the browser. Kept small on purpose.
 */
import type { WorkbookGrid } from '../grid/types';
import type { CellEdit } from '../core/fill/types';
import type { ReportTable } from '../core/report/types';

export type Progress = (done: number, total: number) => void;

/** An Indonesian message for the user, thrown by hosts for expected failures. */
export class HostError extends Error {
  constructor(
    message: string,
    readonly code: 'protected' | 'cell-edit' | 'unsupported' | 'changed' | 'unreadable' | 'other',
  ) {
    super(message);
    this.name = 'HostError';
  }
}

export interface WorkbookHost {
  readonly kind: 'office' | 'file';
  /** Workbook or file name, for titles and the download name. */
  readonly name: string;
  /** Reads every sheet into a grid (values, formats, merges, hidden rows). */
  read(): Promise<WorkbookGrid>;
  /**
   * Writes the edits. Each edit's `old` must still be the cell's content, or
   * nothing is written and a HostError 'changed' is thrown. Records an undo step.
   */
  applyEdits(edits: CellEdit[], onProgress?: Progress): Promise<void>;
  /** Adds report sheets, replacing those an earlier run generated. Records an undo step. */
  addReportSheets(tables: ReportTable[], onProgress?: Progress): Promise<void>;
  /** Undoes the last applyEdits / addReportSheets exactly. */
  undo(): Promise<void>;
  canUndo(): boolean;
  /** Selects (Excel) or reveals (web app) a cell. */
  selectCell(sheet: string, a1: string): Promise<void>;
}
