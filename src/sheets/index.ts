/**
 * Sheet recognition and model building:
 * - detectLayouts(wb, overrides): role, header rows, data range and column map of every sheet.
 * - buildModel(wb, layouts): PK indicators/programs and DPA trees, with value findings.
 *
 * Decisions worth knowing:
 * - Roles come from header content; the sheet name only settles a budget list
 *   that could be a PK program block or a DPA.
 * - Merged vertical text cells (sasaran, program) are carried down; a merge
 *   across number columns is a `value/merged` finding and its value is read
 *   once, for the anchor's column.
 * - DPA parents come from codes; a kegiatan/sub kegiatan whose parent code is
 *   absent stands alone (no parent, not under the total) so that sums of its
 *   siblings are not inflated.
 * - PK program sasaranNo: Sasaran column, else row order only when certain
 *   (one sasaran, or as many programs as sasaran), else undefined.
 * - A table ends at its total row, three blank rows, a new title/header, or
 *   a signature block ("Mengetahui", "PIHAK KEDUA", "Mojokerto, 31 Desember 2021").
 * - Levels without codes (code/inferred, once per sheet): row text, then No
 *   numbering (1, 1.1, 1.1.1), then leading-space indentation, then UPPER CASE
 *   for programs, else the level of the row above.
 */
export { detectLayouts, nameHint } from './detect';
export { buildModel } from './model';
export type { Field, ColumnMap, TableLayout, SheetLayout, SheetRole, LayoutOverrides } from './types';
