/**
 * Tabel Perjanjian Kinerja: the sasaran / indikator / target block, then the
 * program budget block with an APBD and a P-APBD row per program and a Jumlah
 * (of the P-APBD figures where present), as in the Mojokerto PK (Tabel III).
 */
import type Decimal from 'decimal.js';
import { formatId } from '../../values';
import type { PkProgram } from '../../model/types';
import { centred, dash, measure, money, moneyValue, sourceMoney, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import type { SheetBuilder } from '../layout';
import { groupSasaran, sumAll } from '../links';
import { finishSheet, noPkIndicators, satuanOf, startSheet, TOTAL, W, type TableOutcome } from './common';

const ID = 'perjanjian-kinerja';

export function buildPerjanjianKinerja(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  if (!pk || pk.indicators.length === 0) return { skip: noPkIndicators('Tabel perjanjian kinerja') };
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.uang, W.uang]);

  b.header([{ label: 'No' }, { label: 'Sasaran' }, { label: 'Indikator Kinerja' }, { label: 'Satuan' }, { label: 'Target' }]);
  for (const g of groupSasaran(ctx)) {
    const first = b.rowCount;
    for (const i of g.indicators) {
      const ind = pk.indicators[i];
      b.row([centred(g.no), text(g.sasaran), text(ind.indikator), centred(satuanOf(ind) ?? null, { wrap: true }), measure(ind.target)]);
    }
    b.mergeDown(0, first, b.rowCount - 1);
    b.mergeDown(1, first, b.rowCount - 1);
  }

  const notes = [sourceNote(ctx, { pk: true })];
  if (pk.programs.length > 0) notes.push(...programBlock(b, pk.programs, pk.total?.parsed.kind === 'number' ? pk.total.parsed.value : undefined));
  b.notes(notes);
  return finishSheet(ID, b);
}

/** The amount a program counts with in the Jumlah: P-APBD when written, else APBD. */
function countedAmount(p: PkProgram): { value?: Decimal; label: 'P-APBD' | 'APBD' } {
  const papbdWritten = p.papbd !== undefined && p.papbd.parsed.kind !== 'empty';
  if (papbdWritten) return { value: moneyValue(p.papbd), label: 'P-APBD' };
  return { value: moneyValue(p.apbd), label: 'APBD' };
}

/** Writes the program block; returns the notes it needs. */
function programBlock(b: SheetBuilder, programs: PkProgram[], statedTotal: Decimal | undefined): string[] {
  b.gap();
  b.header([{ label: 'No' }, { label: 'Program', span: 2 }, { label: 'Anggaran (Rp)' }, { label: 'Keterangan' }]);
  programs.forEach((p, i) => {
    const first = b.rowCount;
    const lines: Array<[ReturnType<typeof sourceMoney>, string]> = [];
    if (p.apbd && p.apbd.parsed.kind !== 'empty') lines.push([sourceMoney(p.apbd), 'APBD']);
    if (p.papbd && p.papbd.parsed.kind !== 'empty') lines.push([sourceMoney(p.papbd), 'P-APBD']);
    if (lines.length === 0) lines.push([dash(), '']);
    for (const [amount, label] of lines) b.row([centred(i + 1), text(p.name), undefined, amount, centred(label || null)]);
    b.mergeBlock(first, 0, b.rowCount - 1, 0);
    b.mergeBlock(first, 1, b.rowCount - 1, 2);
  });

  const counted = programs.map(countedAmount);
  const jumlah = sumAll(counted.map((c) => c.value));
  const labels = new Set(counted.map((c) => c.label));
  const r = b.row([text('Jumlah', TOTAL), undefined, undefined, money(jumlah, TOTAL), centred(labels.size === 1 ? [...labels][0] : null, TOTAL)]);
  b.mergeAcross(r, 0, 2);

  const notes = ['Jumlah anggaran dihitung dari anggaran P-APBD tiap program, atau APBD bila program tidak memiliki angka P-APBD.'];
  if (jumlah === undefined) {
    const missing = programs.filter((_, i) => counted[i].value === undefined).map((p) => `"${p.name}"`);
    notes.push(`Jumlah tidak dapat dihitung: anggaran program berikut kosong atau tidak terbaca dengan pasti: ${missing.join('; ')}.`);
  } else if (statedTotal && !statedTotal.equals(jumlah)) {
    notes.push(`Jumlah yang tertulis di lembar PK (${formatId(statedTotal)}) berbeda dari jumlah baris programnya (${formatId(jumlah)}).`);
  }
  return notes;
}
