/**
 * One phase at one size, for `node --cpu-prof`:
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof -r ./bench/register.js bench/profile.ts read|rezip|engine|report-cli ROWS
 * then `node -r ./bench/register.js bench/hotspots.ts .tmp/prof/<file>.cpuprofile`.
 * The workbook comes from .tmp/bench/dpa-ROWS.xlsx when a bench run left it
 * there, else it is generated first (the profile then shows bench/ frames too).
 */
import { readWorkbook, patchWorkbook } from '../src/xlsx';
import { analyse, reports } from '../src/core/engine';
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { generateXlsx } from './generate';
import { now, REPO } from './measure';

const [phase, rowsArg] = process.argv.slice(2);
const rows = Number(rowsArg ?? 100_000);
// Reuse the workbook the last bench run wrote, so the profile holds little besides the phase.
const cached = path.join(REPO, '.tmp', 'bench', `dpa-${rows}.xlsx`);
const bytes = existsSync(cached) ? new Uint8Array(readFileSync(cached)) : generateXlsx({ rows });
const t = now();
if (phase === 'read') readWorkbook(bytes);
else if (phase === 'rezip') patchWorkbook(bytes, []);
else if (phase === 'engine') {
  const grid = readWorkbook(bytes);
  const t1 = now();
  const a = analyse(grid);
  const t2 = now();
  reports(a, { tahun: 2024 });
  process.stderr.write(`read ${Math.round(t1 - t)} ms, analyse ${Math.round(t2 - t1)} ms, reports ${Math.round(now() - t2)} ms\n`);
} else throw new Error('phase: read | rezip | engine');
process.stderr.write(`${phase} ${rows} rows: ${Math.round(now() - t)} ms\n`);
