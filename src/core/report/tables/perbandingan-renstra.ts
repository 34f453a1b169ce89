/**
 * Tabel Perbandingan Realisasi Kinerja s.d. Akhir Periode Renstra: only when
 * the PK sheet carries the Renstra end target. % kemajuan = realisasi / target
 * akhir × 100, as computed by src/core/compute.
 */
import { capaian, centred, measure, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { groupSasaran } from '../links';
import { finishSheet, noPkIndicators, satuanOf, startSheet, W, type TableOutcome } from './common';

const ID = 'perbandingan-renstra';

export function buildPerbandinganRenstra(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  if (!pk || pk.indicators.length === 0) return { skip: noPkIndicators('Tabel perbandingan dengan target akhir Renstra') };
  if (pk.columns.targetRenstra === undefined && !pk.indicators.some((i) => i.targetRenstra)) {
    return {
      skip: 'Tabel perbandingan dengan target akhir Renstra dilewati: lembar PK tidak memiliki kolom Target Akhir Renstra (mis. "Target Akhir Renstra" atau "Target Akhir RPJMD").',
    };
  }
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.satuan, W.angka, W.angka, W.persen]);
  b.header([
    { label: 'No' },
    { label: 'Sasaran' },
    { label: 'Indikator Kinerja' },
    { label: 'Satuan' },
    { label: 'Target Akhir Renstra' },
    { label: `Realisasi ${ctx.tahun}` },
    { label: '% Kemajuan' },
  ]);
  for (const g of groupSasaran(ctx)) {
    const first = b.rowCount;
    for (const i of g.indicators) {
      const ind = pk.indicators[i];
      b.row([
        centred(g.no),
        text(g.sasaran),
        text(ind.indikator),
        centred(satuanOf(ind) ?? null, { wrap: true }),
        measure(ind.targetRenstra),
        measure(ind.realisasi),
        capaian(ctx.pkFigures[i]?.kemajuanRenstra),
      ]);
    }
    b.mergeDown(0, first, b.rowCount - 1);
    b.mergeDown(1, first, b.rowCount - 1);
  }
  b.notes(['% Kemajuan = realisasi / target akhir Renstra × 100.', sourceNote(ctx, { pk: true })]);
  return finishSheet(ID, b);
}
