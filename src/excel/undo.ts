/**
 * Undo steps of the Office host, and the pure plan to restore cells: every
 * changed cell's earlier value or formula and its number format, written
 * back as 2-D blocks with null holes.
 */
import type { Cell } from '../grid/types';
import { restoreInput, type ExcelScalar } from './cells';
import { blockMatrix, planBlocks, type Block, type Located } from './write-plan';

/** One cell as it was before an edit, and what the edit wrote into it. */
export interface CellBefore extends Located {
  before: Cell | undefined;
  /** The full number format before ("General" included). */
  beforeFormat: string;
  /** What the edit put in the cell, to notice a user change made after it. */
  written: Cell;
}

export interface EditStep {
  kind: 'edits';
  cells: CellBefore[];
}

export interface ReportStep {
  kind: 'report';
  /** Marker names (`_LAKIP_GEN_n`) of the sheets this step created. */
  created: string[];
  /** Earlier generated sheets moved aside by this step, to bring back. */
  replaced: Array<{ backupMarker: string; marker: string; name: string; visibility: string }>;
}

export type UndoStep = EditStep | ReportStep;

export class UndoStack {
  private readonly steps: UndoStep[] = [];
  push(step: UndoStep): void {
    this.steps.push(step);
  }
  peek(): UndoStep | undefined {
    return this.steps[this.steps.length - 1];
  }
  pop(): UndoStep | undefined {
    return this.steps.pop();
  }
  get size(): number {
    return this.steps.length;
  }
  /** Backup markers some step may still restore (those must not be purged). */
  liveBackups(): Set<string> {
    const out = new Set<string>();
    for (const s of this.steps) if (s.kind === 'report') for (const r of s.replaced) out.add(r.backupMarker);
    return out;
  }
}

export interface RestoreBlock {
  sheet: string;
  r0: number;
  c0: number;
  rowCount: number;
  colCount: number;
  /**
   * Formats of constant cells, written before the formulas so a Text ("@")
   * cell takes its text back as typed.
   */
  formatsBefore: Array<Array<string | null>>;
  /** For `range.formulas`: formulas with "=", constants as values, '' for a cell that was empty. */
  formulas: Array<Array<ExcelScalar | null>>;
  /** Formats of formula cells, written after them (a formula typed into a Text cell would stay text). */
  formatsAfter: Array<Array<string | null>>;
  block: Block<CellBefore>;
}

export function restoreBlocks(cells: CellBefore[]): RestoreBlock[] {
  return planBlocks(cells).map((b) => ({
    sheet: b.sheet,
    r0: b.r0,
    c0: b.c0,
    rowCount: b.rowCount,
    colCount: b.colCount,
    formatsBefore: blockMatrix(b, (c) => (c.before?.f === undefined ? c.beforeFormat : null)),
    formulas: blockMatrix(b, (c) => restoreInput(c.before, c.beforeFormat)),
    formatsAfter: blockMatrix(b, (c) => (c.before?.f !== undefined ? c.beforeFormat : null)),
    block: b,
  }));
}
