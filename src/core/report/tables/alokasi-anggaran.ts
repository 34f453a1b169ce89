/**
 * Tabel Alokasi Anggaran per Sasaran: the budget of the PK programs spread
 * over sasaran and indicators (rule in links.ts), with its share of the total
 * of all programs. The Jumlah row is 100,00 by construction.
 */
import Decimal from 'decimal.js';
import { centred, dash, money, percent, text } from '../cells';
import { sourceNote, type ReportContext } from '../context';
import { linkBudgets, linkNotes } from '../links';
import { finishSheet, startSheet, TOTAL, W, type TableOutcome } from './common';

const ID = 'alokasi-anggaran';
const HUNDRED = new Decimal(100);

/** Share of the total in percent; undefined when either side is unknown or the total is zero. */
export function shareOf(part: Decimal | undefined, total: Decimal): Decimal | undefined {
  if (part === undefined || total.isZero()) return undefined;
  return part.dividedBy(total).times(HUNDRED);
}

export function buildAlokasiAnggaran(ctx: ReportContext): TableOutcome {
  const pk = ctx.pk;
  if (!pk || pk.programs.length === 0) {
    return {
      skip: 'Tabel alokasi anggaran per sasaran dilewati: lembar PK tidak memiliki blok program dengan kolom Anggaran (mis. "Program | Anggaran | Keterangan").',
    };
  }
  if (pk.indicators.length === 0) {
    return { skip: 'Tabel alokasi anggaran per sasaran dilewati: lembar PK tidak memiliki kolom Sasaran dan Indikator Kinerja.' };
  }
  const links = linkBudgets(ctx);
  const b = startSheet(ID, ctx, [W.no, W.sasaran, W.indikator, W.uang, W.persen]);
  b.header([{ label: 'No' }, { label: 'Sasaran' }, { label: 'Indikator Kinerja' }, { label: 'Anggaran (Rp)' }, { label: '% Anggaran dari Total' }]);

  for (const s of links.sasaran) {
    const first = b.rowCount;
    s.indicators.forEach((i) => {
      const pagu = s.mode === 'per-indikator' ? s.byIndicator.get(i)?.pagu : s.pagu;
      b.row([centred(s.no), text(s.sasaran), text(pk.indicators[i].indikator), money(pagu), percent(shareOf(pagu, links.total))]);
    });
    const last = b.rowCount - 1;
    b.mergeDown(0, first, last);
    b.mergeDown(1, first, last);
    if (s.mode === 'per-sasaran') {
      b.mergeDown(3, first, last);
      b.mergeDown(4, first, last);
    }
  }
  if (links.unlinked.length > 0) {
    const known = links.unlinked.map((u) => u.pagu).filter((v): v is Decimal => v !== undefined);
    const pagu = known.length > 0 ? known.reduce((a, v) => a.plus(v), new Decimal(0)) : undefined;
    b.row([
      dash(),
      text('Program tanpa sasaran'),
      text(links.unlinked.map((u) => u.program.name).join('; ')),
      money(pagu),
      percent(shareOf(pagu, links.total)),
    ]);
  }
  const r = b.row([text('Jumlah', TOTAL), undefined, undefined, money(links.total, TOTAL), percent(shareOf(links.total, links.total), TOTAL)]);
  b.mergeAcross(r, 0, 2);

  b.notes([
    ...linkNotes(ctx, links),
    '% anggaran dari total = anggaran / jumlah anggaran seluruh program × 100.',
    sourceNote(ctx, { pk: true, dpa: true }),
  ]);
  return finishSheet(ID, b);
}
