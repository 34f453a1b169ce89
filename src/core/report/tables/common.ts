/** What a table builder returns, and pieces several tables share. */
import type { PkIndicator } from '../../model/types';
import type { ReportContext } from '../context';
import { SheetBuilder } from '../layout';
import { TABLE_META, titleLines } from '../meta';
import type { CellStyle, ReportTable, ReportTableId } from '../types';

export type TableOutcome = { table: ReportTable } | { skip: string };

/** Style of a Jumlah / Rata-rata row. */
export const TOTAL: CellStyle = { bold: true, fill: 'total' };

/** Column widths in characters. */
export const W = { no: 5, kode: 18, sasaran: 40, indikator: 45, uraian: 50, satuan: 12, angka: 14, uang: 18, persen: 12, predikat: 14 };

/** A builder with the table's title block already written. */
export function startSheet(id: ReportTableId, ctx: ReportContext, colWidths: number[]): SheetBuilder {
  const b = new SheetBuilder(colWidths);
  b.title(titleLines(id, ctx.tahun, ctx.opd));
  return b;
}

export function finishSheet(id: ReportTableId, b: SheetBuilder): TableOutcome {
  return { table: b.finish(id, TABLE_META[id].sheetName) };
}

/** The satuan column: as written, else the unit found in the target ("90 %"). */
export function satuanOf(ind: PkIndicator): string | undefined {
  if (ind.satuan && ind.satuan.trim() !== '') return ind.satuan;
  const p = ind.target?.parsed;
  return p && p.kind === 'number' ? p.unit : undefined;
}

/** Reason when the PK sheet, or its indicators, are missing. */
export function noPkIndicators(what: string): string {
  return `${what} dilewati: tidak ada lembar PK dengan kolom Sasaran dan Indikator Kinerja yang dikenali.`;
}

export const PREDIKAT_SCALE =
  'Skala predikat (Permendagri 86/2017): ≥ 91 Sangat Tinggi; 76 s.d. < 91 Tinggi; 66 s.d. < 76 Sedang; 51 s.d. < 66 Rendah; < 51 Sangat Rendah.';

/** The polarity note, when any indicator is lower-is-better. */
export function polarityNotes(ctx: ReportContext, indices: number[]): string[] {
  const neg = indices.map((i) => ctx.pk!.indicators[i]).filter((ind) => ind.polarity === 'negatif');
  if (neg.length === 0) return [];
  return [
    'Indikator dengan polaritas negatif (makin kecil makin baik): capaian = (2 × target − realisasi) / target × 100; ' +
      'indikator lain: capaian = realisasi / target × 100. Indikator berpolaritas negatif: ' +
      neg.map((ind) => `"${ind.indikator}"`).join('; ') +
      '.',
  ];
}
