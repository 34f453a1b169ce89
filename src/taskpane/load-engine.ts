/** Loads the engine (with the nomenclature data) as a separate chunk, after the first paint. */
import type { EngineApi } from './types';

let pending: Promise<EngineApi> | undefined;

export function loadEngine(): Promise<EngineApi> {
  pending ??= Promise.all([
    import(/* webpackChunkName: "engine" */ '../core/engine'),
    import(/* webpackChunkName: "engine" */ '../core/report'),
  ]).then(([engine, report]) => ({ analyse: engine.analyse, buildReports: report.buildReports }));
  return pending;
}
