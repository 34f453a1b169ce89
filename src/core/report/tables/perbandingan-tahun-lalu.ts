/**
 * Tabel Perbandingan Realisasi dan Capaian Kinerja dengan Tahun Lalu: only
 * when the PK sheet carries last year's realisasi. Group headers "Realisasi"
 * and "Capaian" over the two years, as in the seed's Tabel 3.1.2.
 */
import { capaian, centred, measure, percent, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { groupSasaran } from '../links';
import { finishSheet, noPkIndicators, polarityNotes, satuanOf, startSheet, W, type TableOutcome } from './common';

const ID = 'perbandingan-tahun-lalu';

export function buildPerbandinganTahunLalu(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  if (!pk || pk.indicators.length === 0) return { skip: noPkIndicators('Tabel perbandingan dengan tahun lalu') };
  const lalu = ctx.tahun - 1;
  if (pk.columns.realisasiLalu === undefined && !pk.indicators.some((i) => i.realisasiLalu)) {
    return {
      skip: `Tabel perbandingan dengan tahun lalu dilewati: lembar PK tidak memiliki kolom Realisasi Tahun Lalu (mis. "Realisasi ${lalu}").`,
    };
  }
  const years = [String(lalu), String(ctx.tahun)];
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.satuan, W.angka, W.angka, W.angka, W.persen, W.persen]);
  b.header([
    { label: 'No' },
    { label: 'Sasaran' },
    { label: 'Indikator Kinerja' },
    { label: 'Satuan' },
    { label: 'Target' },
    { label: 'Realisasi', children: years },
    { label: 'Capaian (%)', children: years },
  ]);
  for (const g of groupSasaran(ctx)) {
    const first = b.rowCount;
    for (const i of g.indicators) {
      const ind = pk.indicators[i];
      const fig = ctx.pkFigures[i];
      // Last year's capaian as computed; the stated one only when compute had nothing to go on.
      const stated = ind.capaianLalu?.parsed.kind === 'number' ? ind.capaianLalu.parsed.value : undefined;
      b.row([
        centred(g.no),
        text(g.sasaran),
        text(ind.indikator),
        centred(satuanOf(ind) ?? null, { wrap: true }),
        measure(ind.target),
        measure(ind.realisasiLalu),
        measure(ind.realisasi),
        fig?.capaianLalu ? capaian(fig.capaianLalu) : percent(stated),
        capaian(fig?.capaian),
      ]);
    }
    b.mergeDown(0, first, b.rowCount - 1);
    b.mergeDown(1, first, b.rowCount - 1);
  }
  b.notes([...polarityNotes(ctx, pk.indicators.map((_, i) => i)), sourceNote(ctx, { pk: true })]);
  return finishSheet(ID, b);
}
