/**
 * Tabel Pencapaian Kinerja dan Anggaran (efisiensi): capaian kinerja of each
 * indicator against the penyerapan anggaran of its program (seed Tabel 3.2.1
 * "Pencapaian Kinerja dan Anggaran" / 3.2.3). Efisiensi = capaian kinerja −
 * penyerapan anggaran, in percentage points, from the figures as presented so
 * that the row checks by eye.
 */
import Decimal from 'decimal.js';
import { round2 } from '../../values';
import { capaian, capaianValue, centred, measure, money, percent, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { linkBudgets, linkNotes, type ProgramBudget, type SasaranBudget } from '../links';
import { meanCapaian } from './pengukuran-kinerja';
import { finishSheet, polarityNotes, startSheet, W, type TableOutcome } from './common';

const ID = 'efisiensi';

export const EFISIENSI_RULE = 'Efisiensi = capaian kinerja − penyerapan anggaran (poin persen), dari angka yang ditampilkan (dibulatkan 2 desimal).';

/** Penyerapan of one program: the DPA figure, else realisasi / pagu used here. */
function penyerapanProgram(p: ProgramBudget): Decimal | undefined {
  if (p.source === 'dpa' && p.persen) return p.persen;
  return ratio(p.realisasi, p.pagu);
}

/** realisasi / pagu × 100 of a sum of programs (no single DPA row carries it). */
function ratio(realisasi: Decimal | undefined, pagu: Decimal | undefined): Decimal | undefined {
  if (realisasi === undefined || pagu === undefined || pagu.isZero()) return undefined;
  return realisasi.dividedBy(pagu).times(100);
}

function penyerapanSasaran(s: SasaranBudget): Decimal | undefined {
  return s.programs.length === 1 ? penyerapanProgram(s.programs[0]) : ratio(s.realisasi, s.pagu);
}

/** Capaian minus penyerapan, both rounded as shown. */
export function efisiensi(capaianKinerja: Decimal | undefined, penyerapan: Decimal | undefined): Decimal | undefined {
  if (capaianKinerja === undefined || penyerapan === undefined) return undefined;
  return round2(capaianKinerja).minus(round2(penyerapan));
}

export function buildEfisiensi(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  const what = 'Tabel pencapaian kinerja dan anggaran (efisiensi) dilewati';
  if (!pk || pk.indicators.length === 0) return { skip: `${what}: tidak ada lembar PK dengan kolom Sasaran dan Indikator Kinerja yang dikenali.` };
  if (pk.programs.length === 0) return { skip: `${what}: lembar PK tidak memiliki blok program dengan kolom Anggaran.` };
  if (!ctx.dpa || !ctx.dpaFigures.some((f) => f?.realisasi)) {
    return { skip: `${what}: tidak ada lembar DPA dengan kolom Realisasi anggaran (mis. "Realisasi" atau "s.d. TW IV").` };
  }
  const links = linkBudgets(ctx);
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.angka, W.angka, W.persen, W.uang, W.uang, W.persen, W.persen]);
  b.header([
    { label: 'No' },
    { label: 'Sasaran' },
    { label: 'Indikator Kinerja' },
    { label: 'Kinerja', children: ['Target', 'Realisasi', 'Capaian (%)'] },
    { label: 'Anggaran', children: ['Pagu (Rp)', 'Realisasi (Rp)', 'Penyerapan (%)'] },
    { label: 'Efisiensi (poin persen)' },
  ]);

  for (const s of links.sasaran) {
    const first = b.rowCount;
    const sasaranPenyerapan = penyerapanSasaran(s);
    // One budget for the whole sasaran: compared with the sasaran's mean capaian.
    const sasaranEff =
      s.mode === 'per-sasaran' ? efisiensi(meanCapaian(s.indicators.map((i) => ctx.pkFigures[i]?.capaian)), sasaranPenyerapan) : undefined;
    s.indicators.forEach((i) => {
      const ind = pk.indicators[i];
      const cap = ctx.pkFigures[i]?.capaian;
      const prog = s.mode === 'per-indikator' ? s.byIndicator.get(i) : undefined;
      const pagu = prog ? prog.pagu : s.pagu;
      const realisasi = prog ? prog.realisasi : s.realisasi;
      const penyerapan = prog ? penyerapanProgram(prog) : sasaranPenyerapan;
      const eff = prog ? efisiensi(capaianValue(cap), penyerapan) : sasaranEff;
      b.row([
        centred(s.no),
        text(s.sasaran),
        text(ind.indikator),
        measure(ind.target),
        measure(ind.realisasi),
        capaian(cap),
        money(pagu),
        money(realisasi),
        percent(penyerapan),
        percent(eff),
      ]);
    });
    const last = b.rowCount - 1;
    b.mergeDown(0, first, last);
    b.mergeDown(1, first, last);
    if (s.mode === 'per-sasaran') {
      for (const c of [6, 7, 8, 9]) b.mergeDown(c, first, last);
    }
  }

  const notes = [EFISIENSI_RULE, 'Penyerapan anggaran = realisasi anggaran / pagu × 100.'];
  if (links.sasaran.some((s) => s.mode === 'per-sasaran' && s.programs.length > 0)) {
    notes.push('Untuk sasaran yang anggarannya dijumlahkan per sasaran, efisiensi dihitung dari rata-rata capaian indikator sasaran itu.');
  }
  notes.push(...linkNotes(ctx, links), ...polarityNotes(ctx, pk.indicators.map((_, i) => i)), sourceNote(ctx, { pk: true, dpa: true }));
  b.notes(notes);
  return finishSheet(ID, b);
}
