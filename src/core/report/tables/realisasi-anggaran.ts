/**
 * Tabel Realisasi Anggaran per program, kegiatan and sub kegiatan: pagu,
 * realisasi, sisa and % as computed from the DPA (kode rekening rows are
 * summarised into their sub kegiatan), with a Jumlah of the programs.
 */
import Decimal from 'decimal.js';
import { centred, money, percent, text, percentOfFigures } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { sumAll } from '../links';
import type { CellStyle } from '../types';
import { finishSheet, startSheet, TOTAL, W, type TableOutcome } from './common';
import { budgetTree, orphanNote } from './tree';

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
  for (const t of tree) {
    const fig = ctx.dpaFigures[t.row.index];
    const style: CellStyle = t.depth === 0 ? { bold: true } : {};
    b.row([
      centred(t.no || null, style),
      text(t.row.codeText, style),
      text(t.row.uraian, { ...style, indent: t.depth }),
      money(fig?.pagu?.value, style),
      money(fig?.realisasi?.value, style),
      money(fig?.sisa, style),
      percentOfFigures(fig, style),
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
