/** A plan of cell edits: computed by the engine, applied by a host adapter. */
import type { Cell } from '../../grid/types';

export type EditKind =
  | 'capaian'
  | 'predikat'
  | 'realisasi'
  | 'sisa'
  | 'persen'
  | 'pagu'
  | 'tw'
  | 'header';

/** Number formats the engine writes (en-US codes; Excel shows them in the user's locale). */
export const FORMATS = {
  rupiah: '#,##0',
  percent: '0.00',
} as const;

export interface CellEdit {
  sheet: string;
  row: number;
  col: number;
  /** A number, a text ("-" where capaian cannot be computed, a predikat), never a formula. */
  value: number | string;
  format?: string;
  kind: EditKind;
  /** The cell as it was, to show (lama → baru) and to undo. */
  old: Cell | undefined;
}

export interface EditConflict {
  edit: CellEdit;
  reason: 'formula' | 'different-value';
}

export interface FillPlan {
  /** Edits to apply: empty cells, or any cell when overwrite was asked. */
  edits: CellEdit[];
  /** Edits held back because the cell holds another value or a formula (applied only with overwrite). */
  conflicts: EditConflict[];
  /** Columns the plan adds (a capaian column on a PK sheet that had none). */
  addedColumns: Array<{ sheet: string; col: number; header: string }>;
}
