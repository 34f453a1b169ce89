/**
 * Tabel Realisasi Anggaran per program, kegiatan and sub kegiatan: pagu,
 * realisasi, sisa and % as computed from the DPA (kode rekening rows are
 * summarised into their sub kegiatan), with a Jumlah of the programs.
 */
import Decimal from 'decimal.js';
import { centred, money, percent, percentOfFigures, percentOfWhole, text, wholeMoney } from '../cells';
import { PAGU, REALISASI } from '../../compute/dpa';
import { FAST_LIMIT } from '../../compute/fast';
import { sourceNote, type ReportContext } from '../context';
import { sumAll } from '../links';
import { finishSheet, startSheet, TOTAL, W, type TableOutcome } from './common';
import { budgetTree, depthStyles, orphanNote } from './tree';

const ID = 'realisasi-anggaran';

export function noDpa(what: string): string {
  return `${what} dilewati: tidak ada lembar DPA yang dikenali (kolom Kode, Uraian dan Pagu/Anggaran).`;
}

export function buildRealisasiAnggaran(ctx: ReportContext): TableOutcome {
  const what = 'Tabel realisasi anggaran';
  const dpa = ctx.dpa;
  if (!dpa) return { skip: noDpa(what) };
  if (!ctx.dpaFigures.some((f) => f?.realisasi)) {
    return { skip: `${what} dilewati: lembar DPA "${dpa.sheet}" tidak memiliki kolom Realisasi (mis. "Realisasi" atau "s.d. TW IV").` };
  }
  const tree = budgetTree(dpa);
  if (tree.length === 0) {
    return { skip: `${what} dilewati: lembar DPA "${dpa.sheet}" tidak memiliki baris program, kegiatan atau sub kegiatan.` };
  }

  const b = startSheet(ID, ctx, [8, W.kode, W.uraian, W.uang, W.uang, W.uang, W.persen]);
  b.header([
    { label: 'No' },
    { label: 'Kode' },
    { label: 'Uraian' },
    { label: 'Anggaran (Rp)' },
    { label: 'Realisasi (Rp)' },
    { label: 'Sisa (Rp)' },
    { label: '%' },
  ]);
  const table = ctx.dpaTable;
  for (const t of tree) {
    const i = t.row.index;
    const fig = ctx.dpaFigures[i];
    const { row: style, uraian } = depthStyles(t.depth);
    // Whole amounts straight from the figure table (int is exactly intOf(figure.value)); a total
    // row listed among the rows has its figures elsewhere in the table, so it takes the figures.
    const ints = table !== undefined && t.row !== dpa.total;
    const p = ints ? table.int(i, PAGU) : undefined;
    const r = ints ? table.int(i, REALISASI) : undefined;
    const sisa = p !== undefined && r !== undefined ? p - r : undefined;
    b.row([
      centred(t.no || null, style),
      text(t.row.codeText, style),
      text(t.row.uraian, uraian),
      p !== undefined && p !== 0 ? wholeMoney(p, style) : money(fig?.pagu?.value, style),
      r !== undefined && r !== 0 ? wholeMoney(r, style) : money(fig?.realisasi?.value, style),
      sisa !== undefined && sisa !== 0 && Math.abs(sisa) < FAST_LIMIT ? wholeMoney(sisa, style) : money(fig?.sisa, style),
      percentOfWhole(p, r, style) ?? percentOfFigures(fig, style),
    ]);
  }

  const tops = tree.filter((t) => t.top).map((t) => ctx.dpaFigures[t.row.index]);
  const pagu = sumAll(tops.map((f) => f?.pagu?.value));
  const realisasi = sumAll(tops.map((f) => f?.realisasi?.value));
  const sisa = pagu && realisasi ? pagu.minus(realisasi) : undefined;
  const persen = pagu && realisasi && !pagu.isZero() ? realisasi.dividedBy(pagu).times(new Decimal(100)) : undefined;
  const r = b.row([text('Jumlah', TOTAL), undefined, undefined, money(pagu, TOTAL), money(realisasi, TOTAL), money(sisa, TOTAL), percent(persen, TOTAL)]);
  b.mergeAcross(r, 0, 2);

  const notes = [
    'Jumlah = jumlah anggaran dan realisasi seluruh program; sisa = anggaran − realisasi; % = realisasi / anggaran × 100.',
  ];
  if (dpa.rows.some((row) => row.level === 'rekening')) notes.push('Baris kode rekening tidak dicantumkan; nilainya sudah termasuk dalam sub kegiatannya.');
  notes.push(...orphanNote(tree));
  if (pagu === undefined || realisasi === undefined) notes.push('Jumlah tidak dapat dihitung karena ada program tanpa anggaran atau realisasi yang terbaca dengan pasti.');
  notes.push(sourceNote(ctx, { dpa: true }));
  b.notes(notes);
  return finishSheet(ID, b);
}
