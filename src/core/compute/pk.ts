/** PK figures: capaian kinerja, predikat, last year's capaian and progress against the Renstra target. */
import type { PkIndicator, PkSheetModel } from '../model/types';
import type { CapaianResult, PkFigures } from './types';
import { capaianKinerja, predikat } from './capaian';

/** Figures of every PK indicator (index = indicator index). */
export function computePk(sheet: PkSheetModel): PkFigures[] {
  return sheet.indicators.map((ind) => {
    const capaian = capaianKinerja(ind.target?.parsed, ind.realisasi?.parsed, ind.polarity);
    const out: PkFigures = { capaian };
    if (capaian.ok) out.predikat = predikat(capaian.value);
    // Last year's capaian needs last year's target, which a PK sheet does not carry: measuring last
    // year's realisasi against this year's target would print 350 where the LAKIP printed 100.
    // So it is taken as stated in a "Capaian <tahun lalu>" column, or not given.
    if (ind.realisasiLalu || ind.capaianLalu) out.capaianLalu = statedCapaianLalu(ind);
    if (ind.targetRenstra) out.kemajuanRenstra = capaianKinerja(ind.targetRenstra.parsed, ind.realisasi?.parsed, ind.polarity);
    return out;
  });
}

function statedCapaianLalu(ind: PkIndicator): CapaianResult {
  const p = ind.capaianLalu?.parsed;
  if (p?.kind === 'number') return { ok: true, value: p.value, polarity: ind.polarity };
  return {
    ok: false,
    code: 'target-missing',
    reason: 'capaian tahun lalu tidak tertulis (target tahun lalu tidak ada di lembar PK)',
  };
}
