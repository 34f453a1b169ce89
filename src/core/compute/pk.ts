/** PK figures: capaian kinerja, predikat, last year's capaian and progress against the Renstra target. */
import type { PkSheetModel } from '../model/types';
import type { PkFigures } from './types';
import { capaianKinerja, predikat } from './capaian';

/** Figures of every PK indicator (index = indicator index). */
export function computePk(sheet: PkSheetModel): PkFigures[] {
  return sheet.indicators.map((ind) => {
    const capaian = capaianKinerja(ind.target?.parsed, ind.realisasi?.parsed, ind.polarity);
    const out: PkFigures = { capaian };
    if (capaian.ok) out.predikat = predikat(capaian.value);
    // The comparison table has one target column: last year's realisasi is measured against it.
    if (ind.realisasiLalu) out.capaianLalu = capaianKinerja(ind.target?.parsed, ind.realisasiLalu.parsed, ind.polarity);
    if (ind.targetRenstra) out.kemajuanRenstra = capaianKinerja(ind.targetRenstra.parsed, ind.realisasi?.parsed, ind.polarity);
    return out;
  });
}
