/**
 * Budget codes (Permendagri 90/2019, U.BB.PP.K.KK.SSSS) and the national
 * nomenclature.
 *
 * Decisions worth knowing:
 * - Text codes: spaces around dots and trailing dots are ignored; one-digit
 *   bidang/program/kegiatan numbers are zero-padded ("1.6" → "1.06", as the
 *   Kota Metro LKjIP prints it) and two-digit sub kegiatan (old SIPD) become
 *   four digits, each with a `repaired` note.
 * - Numbers Excel made of codes: 1.06 → "1.06"; 1.6 or 1.1 (one decimal) has
 *   two readings ("1.06"/"1.60", "1.01"/"1.10") settled by the cell's number
 *   format ("0.00" → "1.10") or the hint's bidang, otherwise 'ambiguous'.
 *   Integers 1..9 are urusan codes.
 * - First segment 4/5/6 with a one-digit second segment is a kode rekening
 *   ("5.1.02.01.01.0024"); a two-digit bidang makes a program code.
 * - Permendagri 13/2006 shapes are 'legacy': a two-digit segment where the
 *   kegiatan level digit (1 or 2) belongs ("1.06.06.01.01", "1.06.01.15.01"),
 *   urusan.bidang repeated ("1.06.1.06.01…"), or seven segments and more.
 *   Exception: "1.06.01.02.01.0001" (level digit written "02" before a
 *   four-digit sub kegiatan) is read as 1.06.01.2.01.0001, repaired.
 */
export {
  parseCode,
  parseCodeText,
  parentCode,
  makeCode,
  formatDecimals,
  normalizeHint,
  LEGACY_REASON,
  type CodeHint,
} from './parse';
export { parseSplitCode } from './split';
export {
  lookupNomenclature,
  lookupNomenclatureAll,
  officialName,
  genericCode,
  nomenclatureSize,
  PENUNJANG_KABKOTA_2021,
  type Pemda,
} from './nomenclature';
export { namesMatch, normalizeName, inferLevelFromText } from './names';
export type { BudgetCode, CodeLevel, CodeParse, NomenclatureEntry } from './types';
