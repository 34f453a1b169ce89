/**
 * One phase at one size, for `node --cpu-prof`:
 *   node --cpu-prof --cpu-prof-dir=.tmp/prof -r ./bench/register.js bench/profile.ts read|rezip|engine ROWS
 *   node --expose-gc -r ./bench/register.js bench/profile.ts memory ROWS
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
} else if (phase === 'memory') {
  // Retained heap after each step (run with --expose-gc): what holds the memory of a large run.
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('run with node --expose-gc');
  const heap = () => {
    g();
    return Math.round(process.memoryUsage().heapUsed / 1024 / 1024);
  };
  const base = heap();
  const grid = readWorkbook(bytes);
  const afterRead = heap();
  const a = analyse(grid);
  const afterAnalyse = heap();
  const r = reports(a, { tahun: 2024 });
  const afterReports = heap();
  const out = patchWorkbook(bytes, a.plan.edits, r.tables);
  const afterWrite = heap();
  process.stderr.write(
    `heap MB: start ${base}, +grid ${afterRead - base}, +analysis ${afterAnalyse - afterRead}, +reports ${afterReports - afterAnalyse}, +output ${afterWrite - afterReports} (${out.length} bytes); ` +
      `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  );
} else throw new Error('phase: read | rezip | engine | memory');
process.stderr.write(`${phase} ${rows} rows: ${Math.round(now() - t)} ms\n`);
