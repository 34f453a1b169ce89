/** Computed figures: one place for every number the engine derives. */
export { capaianKinerja, predikat } from './capaian';
export { computeDpa, computeDpaSheet, totalChildren } from './dpa';
export { computePk } from './pk';
export { round2, formatId, plain, statedPercent, numberOf, stateOf } from './num';
export type { ValueState } from './num';
