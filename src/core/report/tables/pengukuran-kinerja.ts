/**
 * Tabel Pengukuran Kinerja: every PK indicator with target, realisasi,
 * capaian and predikat; footer rows with the mean capaian per sasaran and
 * overall, over the indicators whose capaian could be computed.
 */
import Decimal from 'decimal.js';
import { predikat } from '../../compute';
import type { CapaianResult, PkFigures } from '../../compute/types';
import { capaian, capaianValue, centred, dash, measure, percent, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { groupSasaran } from '../links';
import {
  finishSheet,
  noPkIndicators,
  polarityNotes,
  PREDIKAT_SCALE,
  satuanOf,
  startSheet,
  TOTAL,
  W,
  type TableOutcome,
} from './common';

const ID = 'pengukuran-kinerja';

/** The predikat of a computed capaian (as compute gave it, else from the scale). */
export function predikatOf(fig: PkFigures | undefined): string | undefined {
  if (!fig) return undefined;
  if (fig.predikat) return fig.predikat;
  return fig.capaian.ok ? predikat(fig.capaian.value) : undefined;
}

/** Mean of the computable capaian; undefined when none could be computed. */
export function meanCapaian(results: Array<CapaianResult | undefined>): Decimal | undefined {
  const values = results.map(capaianValue).filter((v): v is Decimal => v !== undefined);
  if (values.length === 0) return undefined;
  return values.reduce((a, b) => a.plus(b), new Decimal(0)).dividedBy(values.length);
}

export function buildPengukuranKinerja(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  if (!pk || pk.indicators.length === 0) return { skip: noPkIndicators('Tabel pengukuran kinerja') };
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.satuan, W.angka, W.angka, W.persen, W.predikat]);
  b.header([
    { label: 'No' },
    { label: 'Sasaran' },
    { label: 'Indikator Kinerja' },
    { label: 'Satuan' },
    { label: 'Target' },
    { label: 'Realisasi' },
    { label: '% Capaian' },
    { label: 'Predikat' },
  ]);

  const groups = groupSasaran(ctx);
  for (const g of groups) {
    const first = b.rowCount;
    for (const i of g.indicators) {
      const ind = pk.indicators[i];
      const fig = ctx.pkFigures[i];
      const pred = predikatOf(fig);
      b.row([
        centred(g.no),
        text(g.sasaran),
        text(ind.indikator),
        centred(satuanOf(ind) ?? null, { wrap: true }),
        measure(ind.target),
        measure(ind.realisasi),
        capaian(fig?.capaian),
        pred ? centred(pred, { wrap: true }) : dash(),
      ]);
    }
    b.mergeDown(0, first, b.rowCount - 1);
    b.mergeDown(1, first, b.rowCount - 1);
  }

  const footer = (label: string, indices: number[]): void => {
    const mean = meanCapaian(indices.map((i) => ctx.pkFigures[i]?.capaian));
    const r = b.row([
      text(label, TOTAL),
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      percent(mean, TOTAL),
      mean ? centred(predikat(mean), TOTAL) : dash(TOTAL),
    ]);
    b.mergeAcross(r, 0, 5);
  };
  for (const g of groups) footer(`Rata-rata capaian sasaran ${g.no}`, g.indicators);
  const all = pk.indicators.map((_, i) => i);
  footer('Rata-rata capaian seluruh indikator', all);

  const notes = [
    'Rata-rata capaian adalah rata-rata capaian indikator yang dapat dihitung (sebelum pembulatan).',
  ];
  const leftOut = all.filter((i) => !ctx.pkFigures[i]?.capaian.ok);
  if (leftOut.length > 0) {
    const list = leftOut.map((i) => {
      const c = ctx.pkFigures[i]?.capaian;
      const reason = c && !c.ok ? c.reason : 'capaian tidak tersedia';
      return `"${pk.indicators[i].indikator}" (${reason})`;
    });
    notes.push(`Tidak ikut dirata-rata karena capaiannya tidak dapat dihitung: ${list.join('; ')}.`);
  }
  notes.push(PREDIKAT_SCALE, ...polarityNotes(ctx, all), sourceNote(ctx, { pk: true }));
  b.notes(notes);
  return finishSheet(ID, b);
}
