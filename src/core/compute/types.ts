/**
 * The figures the engine computes from the model: one place, used by the
 * validators (stated vs computed), the fill planner (write computed into the
 * sheet) and the report builders (so the same figure is the same value in
 * every table). All Decimal, unrounded; round only to present or compare.
 */
import type Decimal from 'decimal.js';
import type { Polarity } from '../model/types';

export type FigureSource = 'stated' | 'children' | 'tw' | 'computed';

export interface Figure {
  value: Decimal;
  source: FigureSource;
}

export interface DpaFigures {
  pagu?: Figure;
  realisasi?: Figure;
  /** TW I..IV, rolled up for parents. */
  tw: Array<Figure | undefined>;
  /** pagu − realisasi */
  sisa?: Decimal;
  /** realisasi / pagu × 100, unrounded; undefined when pagu is 0 or missing. */
  persen?: Decimal;
  /** Capaian kinerja of the row's indicator, when the DPA carries one. */
  capaianKinerja?: CapaianResult;
}

export type CapaianResult =
  | {
      ok: true;
      /** Unrounded capaian (%). */
      value: Decimal;
      polarity: Polarity;
      /** For composite targets: each component's capaian; value is their mean. */
      components?: Decimal[];
    }
  | {
      ok: false;
      /** Indonesian reason, e.g. "target nol", "target tidak terbaca". */
      reason: string;
      code: 'target-missing' | 'target-zero' | 'target-unreadable' | 'realisasi-missing' | 'realisasi-unreadable' | 'composite-mismatch';
    };

export type Predikat = 'Sangat Tinggi' | 'Tinggi' | 'Sedang' | 'Rendah' | 'Sangat Rendah';

export interface PkFigures {
  capaian: CapaianResult;
  predikat?: Predikat;
  capaianLalu?: CapaianResult;
  /** realisasi / target akhir Renstra × 100 */
  kemajuanRenstra?: CapaianResult;
}
