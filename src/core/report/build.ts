/** buildReports: every requested table that the model has the data for; the others are skipped with a reason. */
import type { WorkbookModel } from '../model/types';
import { makeContext, type ReportContext } from './context';
import { TABLE_ORDER } from './meta';
import { buildAlokasiAnggaran } from './tables/alokasi-anggaran';
import type { TableOutcome } from './tables/common';
import { buildEfisiensi } from './tables/efisiensi';
import { buildPengukuranKinerja } from './tables/pengukuran-kinerja';
import { buildPengukuranSasaran } from './tables/pengukuran-sasaran';
import { buildPerbandinganRenstra } from './tables/perbandingan-renstra';
import { buildPerbandinganTahunLalu } from './tables/perbandingan-tahun-lalu';
import { buildPerjanjianKinerja } from './tables/perjanjian-kinerja';
import { buildRealisasiAnggaran } from './tables/realisasi-anggaran';
import type { ReportSkip, ReportTable, ReportTableId } from './types';

const BUILDERS: Record<ReportTableId, (ctx: ReportContext) => TableOutcome> = {
  'perjanjian-kinerja': buildPerjanjianKinerja,
  'pengukuran-kinerja': buildPengukuranKinerja,
  'perbandingan-tahun-lalu': buildPerbandinganTahunLalu,
  'perbandingan-renstra': buildPerbandinganRenstra,
  'alokasi-anggaran': buildAlokasiAnggaran,
  efisiensi: buildEfisiensi,
  'realisasi-anggaran': buildRealisasiAnggaran,
  'pengukuran-sasaran': buildPengukuranSasaran,
};

export interface ReportOptions {
  tahun: number;
  /** OPD name for the title block. */
  opd?: string;
  /** A subset of the tables; all of them when omitted. Output keeps the standard order. */
  tables?: ReportTableId[];
}

export function buildReports(model: WorkbookModel, opts: ReportOptions): { tables: ReportTable[]; skipped: ReportSkip[] } {
  const ctx = makeContext(model, opts);
  const wanted = opts.tables ? new Set(opts.tables) : undefined;
  const tables: ReportTable[] = [];
  const skipped: ReportSkip[] = [];
  for (const id of TABLE_ORDER) {
    if (wanted && !wanted.has(id)) continue;
    const out = BUILDERS[id](ctx);
    if ('table' in out) tables.push(out.table);
    else skipped.push({ id, reason: out.skip });
  }
  return { tables, skipped };
}
