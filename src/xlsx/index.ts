/** Browser-safe .xlsx reading and patching (fflate + hand-written XML scanners). */
export { readWorkbook } from './read';
export { XlsxError, type XlsxErrorCode } from './errors';
export { isZip, sniff, type FileKind } from './sniff';
export { MARKER_PREFIX } from './generated';
export { patchWorkbook, uniqueSheetName } from './patch';
