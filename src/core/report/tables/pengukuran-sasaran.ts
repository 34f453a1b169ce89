/**
 * Tabel Pengukuran Pencapaian Sasaran (the long form of the Mojokerto LAKIP):
 * the DPA tree with each row's indicator, target, realisasi and capaian next
 * to its anggaran, realisasi and penyerapan. Only when the DPA carries indicators.
 */
import { capaian, centred, measure, money, text, percentOfFigures } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { finishSheet, startSheet, W, type TableOutcome } from './common';
import { noDpa } from './realisasi-anggaran';
import { budgetTree, depthStyles, orphanNote } from './tree';

const ID = 'pengukuran-sasaran';

export function buildPengukuranSasaran(ctx: ReportContext): TableOutcome {
  const what = 'Tabel pengukuran pencapaian sasaran';
  const dpa = ctx.dpa;
  if (!dpa) return { skip: noDpa(what) };
  if (dpa.columns.indikator === undefined && !dpa.rows.some((r) => r.indikator)) {
    return {
      skip: `${what} dilewati: lembar DPA "${dpa.sheet}" tidak memiliki kolom Indikator (mis. "Indikator Keluaran" atau "Indikator Kinerja") beserta Target dan Realisasi.`,
    };
  }
  const tree = budgetTree(dpa);
  if (tree.length === 0) {
    return { skip: `${what} dilewati: lembar DPA "${dpa.sheet}" tidak memiliki baris program, kegiatan atau sub kegiatan.` };
  }
  const b = startSheet(ID, ctx, [8, W.kode, W.uraian, W.indikator, W.satuan, W.angka, W.angka, W.persen, W.uang, W.uang, W.persen]);
  b.header([
    { label: 'No' },
    { label: 'Kode' },
    { label: 'Program / Kegiatan / Sub Kegiatan' },
    { label: 'Kinerja', children: ['Indikator', 'Satuan', 'Target', 'Realisasi', 'Capaian (%)'] },
    { label: 'Anggaran', children: ['Anggaran (Rp)', 'Realisasi (Rp)', '%'] },
  ]);
  for (const t of tree) {
    const row = t.row;
    const fig = ctx.dpaFigures[row.index];
    const { row: style, uraian, wrapped } = depthStyles(t.depth);
    const hasIndicator = Boolean(row.indikator) || row.target !== undefined;
    b.row([
      centred(t.no || null, style),
      text(row.codeText, style),
      text(row.uraian, uraian),
      text(row.indikator, style),
      centred(row.satuan ?? null, wrapped),
      hasIndicator ? measure(row.target, style) : undefined,
      hasIndicator ? measure(row.realisasiKinerja, style) : undefined,
      hasIndicator ? capaian(fig?.capaianKinerja, style) : undefined,
      money(fig?.pagu?.value, style),
      money(fig?.realisasi?.value, style),
      percentOfFigures(fig, style),
    ]);
  }
  b.notes([
    'Capaian kinerja = realisasi / target × 100; "-" bila target kosong, nol atau tidak terbaca dengan pasti.',
    '% = realisasi anggaran / anggaran × 100. Baris kode rekening tidak dicantumkan; nilainya sudah termasuk dalam sub kegiatannya.',
    ...orphanNote(tree),
    sourceNote(ctx, { dpa: true }),
  ]);
  return finishSheet(ID, b);
}
