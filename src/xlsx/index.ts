/**
 * Browser-safe .xlsx reading and patching (fflate + hand-written XML scanners;
 * no Node built-ins, no DOM).
 *
 * - readWorkbook: every sheet → WorkbookGrid; bad input → XlsxError with an
 *   Indonesian message.
 * - patchWorkbook: rewrites only the edited <c> elements of the sheets that
 *   have edits; every other zip entry is copied still compressed, byte for
 *   byte. Side effects, by design: overwriting a formula drops calcChain.xml
 *   (Excel rebuilds it), and when the workbook has formulas, workbook.xml gets
 *   <calcPr fullCalcOnLoad="1"/> so totals over edited cells are not stale.
 * - Generated report sheets are marked by hidden workbook names
 *   `_LAKIP_GEN_<n>` = 'Sheet'!$A$1 (see generated.ts); Excel keeps them in
 *   step when a sheet is renamed, so the next run replaces exactly those.
 */
export { readWorkbook } from './read';
export { patchWorkbook, uniqueSheetName } from './patch';
export { XlsxError, type XlsxErrorCode } from './errors';
export { isZip, sniff, type FileKind } from './sniff';
export { MARKER_PREFIX } from './generated';
