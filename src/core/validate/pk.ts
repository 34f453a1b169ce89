/** PK sheet: stated capaian and predikat against the computed ones; Jumlah of the program block. */
import Decimal from 'decimal.js';
import type { Finding } from '../findings/types';
import type { PkProgram, PkSheetModel } from '../model/types';
import { computePk } from '../compute/pk';
import { numberOf, round2 } from '../compute/num';
import { capaianFindings } from './capaian';
import { finding, quote, rp } from './finding';

const norm = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** The anggaran a PK program is held to: P-APBD when present, else APBD. */
export function programAnggaran(p: PkProgram): { value: Decimal; which: 'P-APBD' | 'APBD'; ref: PkProgram['apbd'] } | undefined {
  const papbd = numberOf(p.papbd);
  if (papbd !== undefined) return { value: papbd, which: 'P-APBD', ref: p.papbd };
  const apbd = numberOf(p.apbd);
  if (apbd !== undefined) return { value: apbd, which: 'APBD', ref: p.apbd };
  return undefined;
}

function cellIn(sheet: PkSheetModel, row: number, col: number | undefined) {
  return col === undefined ? undefined : { sheet: sheet.sheet, row, col };
}

export function validatePk(sheet: PkSheetModel): Finding[] {
  const out: Finding[] = [];
  const figures = computePk(sheet);
  sheet.indicators.forEach((ind, i) => {
    const fig = figures[i];
    const name = `indikator ${quote(ind.indikator)}`;
    capaianFindings(out, ind.capaian, fig.capaian, {
      name,
      target: ind.target,
      realisasi: ind.realisasi,
      sheet: sheet.sheet,
      targetCell: cellIn(sheet, ind.row, sheet.columns.target),
      realisasiCell: cellIn(sheet, ind.row, sheet.columns.realisasiKinerja ?? sheet.columns.realisasi),
    });
    const statedPredikat = ind.predikat?.parsed.trim();
    if (ind.predikat && statedPredikat && fig.predikat && norm(statedPredikat) !== norm(fig.predikat) && fig.capaian.ok) {
      out.push(
        finding(
          'predikat/mismatch',
          'error',
          ind.predikat.ref,
          `Predikat ${name} tertulis "${statedPredikat}", menurut skala capaian ${round2(fig.capaian.value).toFixed(2).replace('.', ',')} adalah "${fig.predikat}".`,
          fig.predikat,
          statedPredikat,
        ),
      );
    }
  });
  checkProgramTotal(sheet, out);
  return out;
}

/** The Jumlah of the program block is the sum of the programs' anggaran (P-APBD where written; the APBD column also counts). */
function checkProgramTotal(sheet: PkSheetModel, out: Finding[]): void {
  const stated = numberOf(sheet.total);
  if (stated === undefined || !sheet.total || sheet.programs.length === 0) return;
  const values = sheet.programs.map(programAnggaran);
  if (values.some((v) => v === undefined)) return;
  const sum = values.reduce((a, v) => a.plus(v!.value), new Decimal(0));
  const apbd = sheet.programs.map((p) => numberOf(p.apbd));
  const apbdSum = apbd.every((v) => v !== undefined) ? apbd.reduce((a, v) => a.plus(v!), new Decimal(0)) : undefined;
  if (round2(sum).equals(round2(stated)) || (apbdSum && round2(apbdSum).equals(round2(stated)))) return;
  out.push(
    finding(
      'sum/mismatch',
      'error',
      sheet.total.ref,
      `Jumlah anggaran program di lembar ${sheet.sheet} tertulis ${rp(stated)}, jumlah anggaran programnya ${rp(sum)}.`,
      sum,
      stated,
    ),
  );
}
