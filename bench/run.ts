/**
 * `npm run bench` (human table) and `npm run bench -- --json` (machine
 * readable). Options: --sizes 1000,10000  --office-sizes 10,1000  --reps N
 * --no-libreoffice  --no-office  --no-cli  --quick (1,000 and 10,000 rows)
 * --libreoffice-rows N (20,000)  --libreoffice-large-rows N (100,000; 0 = off; off with --quick).
 *
 * What is measured, per size (DPA data rows of the generated workbook):
 * - floorMs: readWorkbook(bytes) + patchWorkbook(bytes, []), in this process,
 *   with Node's zlib as the CLI uses it (the browser front doors use fflate,
 *   slower: the stricter floor is the CLI's): unzip and parse every sheet
 *   into the grid, then the no-edit write: the I/O floor of the approach;
 *   (since the surgical patcher copies untouched zip entries raw, the no-edit
 *   write is a copy of the compressed parts, so the floor is mostly the read);
 * - engineMs: analyse(grid) + reports(analysis, { tahun }), in this process;
 * - writeMs (extra): patchWorkbook(bytes, plan.edits, report tables), the
 *   write `lakip report` really does;
 * - totalMs and rssMB: `node bin/lakip.js report FILE --tahun 2024 -o OUT` as
 *   a child process (the built CLI), wall time and peak RSS
 *   (process.resourceUsage().maxRSS, reported by bench/rss-hook.js at exit);
 * - office: one child process per size runs bench/office.ts on the fake Excel.
 * - libreoffice: `lakip check` against `soffice --convert-to csv` on the
 *   20,000-row workbook, and on the same workbook with its amounts typed as
 *   text ("25.805.000"), as many agency sheets hold them, and with values only;
 *   then, shown without a target, on the generated workbook at 100,000 rows.
 * In-process timings are medians of `reps` runs after a warm-up at 1,000 rows.
 */
import { existsSync, mkdirSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { readWorkbook, patchWorkbook } from '../src/xlsx';
import { useZipCodec } from '../src/xlsx/zip-codec';
import { ZLIB_CODEC } from '../src/cli/zlib-codec';
import { analyse, reports, hasErrors } from '../src/core/engine';
import { DEFAULT_SEED, generateXlsx, type GenerateOptions } from './generate';
import { median, now, REPO, round, RSS_HOOK, runProcess, timed, gc } from './measure';
import { measureOffice, type OfficeResult } from './office';
import { evaluateTargets, humanReport, type BenchResults, type LibreOfficeComparison, type LibreOfficeResult, type StartupResult, type XlsxResult } from './results';

export interface BenchOptions {
  sizes: number[];
  officeSizes: number[];
  /** Repetitions of in-process timings (default: 3 up to 10,000 rows, 1 above). */
  reps?: number;
  /** Measure `lakip report` / `lakip --help` as child processes (needs build/ from `npm run build:cli`). */
  cli: boolean;
  /** Run each office size in a child process (fresh heap) rather than in this process. */
  officeInChild: boolean;
  office: boolean;
  libreOffice: boolean;
  libreOfficeRows: number;
  /** Also compare on the generated workbook at this size, shown without a target (0: not measured). */
  libreOfficeLargeRows: number;
  tahun: number;
  workDir: string;
  log: (line: string) => void;
}

const NODE = process.execPath;
const CLI = path.join(REPO, 'bin', 'lakip.js');
const REGISTER = path.join(REPO, 'bench', 'register.js');

/** Workbooks written by this run, by path: a size measured twice is generated once (100,000 rows take seconds). */
const written = new Map<string, Uint8Array>();

function workbookFile(dir: string, rows: number, variant: Omit<GenerateOptions, 'rows'> = {}): { file: string; bytes: Uint8Array } {
  const kind = variant.amountsAsText ? 'text-' : variant.valuesOnly ? 'values-' : '';
  const file = path.join(dir, `dpa-${kind}${rows}.xlsx`);
  let bytes = written.get(file);
  if (!bytes) {
    bytes = generateXlsx({ rows, ...variant });
    writeFileSync(file, bytes);
    written.set(file, bytes);
  }
  return { file, bytes };
}

function measureXlsx(rows: number, o: BenchOptions): XlsxResult {
  const { file, bytes } = workbookFile(o.workDir, rows);
  const reps = o.reps ?? (rows <= 10_000 ? 3 : 1);
  const read = timed(reps, () => readWorkbook(bytes, { codec: ZLIB_CODEC }));
  const rezip = timed(reps, () => patchWorkbook(bytes, []));
  const grid = read.result;
  const an = timed(reps, () => analyse(grid));
  const rep = timed(reps, () => reports(an.result, { tahun: o.tahun }));
  // Engine and floor as sums of per-run pairs, so their medians belong to the same runs.
  const floorRuns = read.runs.map((r, i) => r + rezip.runs[i]);
  const engineRuns = an.runs.map((r, i) => r + rep.runs[i]);
  const analysis = an.result;
  // The real write of `lakip report`: the fill edits and the report sheets patched into the file.
  const write = timed(reps, () => patchWorkbook(bytes, analysis.plan.edits, rep.result.tables));
  gc();

  let totalMs: number | null = null;
  let rssMB: number | null = null;
  let exitCode: number | null = null;
  if (o.cli) {
    const out = path.join(o.workDir, 'out', `dpa-${rows}-lakip.xlsx`);
    const runs = [];
    for (let i = 0; i < reps; i++) {
      const run = runProcess(NODE, ['-r', RSS_HOOK, CLI, 'report', file, '--tahun', String(o.tahun), '-o', out], { rss: true });
      if (run.status !== 0 && run.status !== 1) throw new Error(`lakip report failed (${run.status}): ${run.stderr}`);
      runs.push(run);
    }
    totalMs = median(runs.map((r) => r.ms));
    rssMB = Math.max(...runs.map((r) => r.rssMB ?? 0));
    exitCode = runs[0].status;
  }
  return {
    rows,
    floorMs: round(median(floorRuns)),
    engineMs: round(median(engineRuns)),
    totalMs: totalMs === null ? null : round(totalMs),
    rssMB: rssMB === null ? null : round(rssMB),
    readMs: round(read.ms),
    rezipMs: round(rezip.ms),
    analyseMs: round(an.ms),
    reportsMs: round(rep.ms),
    writeMs: round(write.ms),
    fileBytes: bytes.length,
    findings: analysis.findings.length,
    errors: analysis.findings.filter((f) => f.severity === 'error').length,
    edits: analysis.plan.edits.length,
    exitCode: exitCode ?? (hasErrors(analysis.findings) ? 1 : 0),
    reps,
  };
}

async function measureOfficeSizes(o: BenchOptions): Promise<OfficeResult[]> {
  const out: OfficeResult[] = [];
  for (const rows of o.officeSizes) {
    o.log(`office: ${rows.toLocaleString('en-US')} rows`);
    if (!o.officeInChild) {
      out.push(...(await measureOffice(rows, o.tahun)));
      continue;
    }
    const res = spawnSync(NODE, ['--max-old-space-size=4096', '-r', REGISTER, path.join(REPO, 'bench', 'office.ts'), String(rows)], {
      cwd: REPO,
      encoding: 'utf8',
      maxBuffer: 16 * 1024 * 1024,
    });
    if (res.status !== 0) throw new Error(`office bench at ${rows} rows failed: ${res.stderr}`);
    out.push(...(JSON.parse(res.stdout.trim().split('\n').pop()!) as OfficeResult[]).map((r) => ({ ...r, ms: round(r.ms) })));
  }
  return out;
}

function soffice(): string | undefined {
  const res = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return res.status === 0 ? res.stdout.trim() : undefined;
}

/** `lakip check` against LibreOffice opening the same file and saving it as CSV, alternating, median of 3. */
function compare(bin: string, file: string, csvDir: string, rows: number): LibreOfficeComparison | { skipped: string } {
  const lo = () => runProcess(bin, ['-env:UserInstallation=file:///tmp/lo-bench', '--headless', '--convert-to', 'csv', '--outdir', csvDir, file]);
  const check = () => runProcess(NODE, [CLI, 'check', file]);
  // The warm-up creates the LibreOffice profile and fills the file cache for both.
  const warm = lo();
  if (warm.status !== 0 || !existsSync(path.join(csvDir, path.basename(file).replace(/\.xlsx$/, '.csv')))) return { skipped: `soffice failed: ${warm.stderr.trim()}` };
  check();
  const lakipRuns: number[] = [];
  const sofficeRuns: number[] = [];
  for (let i = 0; i < 3; i++) {
    lakipRuns.push(round(check().ms));
    sofficeRuns.push(round(lo().ms));
  }
  const lakipCheckMs = median(lakipRuns);
  const sofficeMs = median(sofficeRuns);
  return { rows, lakipCheckMs, sofficeMs, ratio: round(lakipCheckMs / sofficeMs, 3), lakipRuns, sofficeRuns };
}

function measureLibreOffice(o: BenchOptions): LibreOfficeResult | { skipped: string } {
  if (!o.libreOffice) return { skipped: 'turned off (--no-libreoffice)' };
  if (!o.cli) return { skipped: 'needs the CLI (--no-cli given)' };
  const bin = soffice();
  if (!bin) return { skipped: 'soffice not found on PATH' };
  const csvDir = path.join(o.workDir, 'lo');
  mkdirSync(csvDir, { recursive: true });
  o.log(`libreoffice: ${o.libreOfficeRows.toLocaleString('en-US')} rows`);
  const numeric = compare(bin, workbookFile(o.workDir, o.libreOfficeRows).file, csvDir, o.libreOfficeRows);
  if ('skipped' in numeric) return numeric;
  o.log(`libreoffice: ${o.libreOfficeRows.toLocaleString('en-US')} rows, amounts typed as text`);
  const text = compare(bin, workbookFile(o.workDir, o.libreOfficeRows, { amountsAsText: true }).file, csvDir, o.libreOfficeRows);
  o.log(`libreoffice: ${o.libreOfficeRows.toLocaleString('en-US')} rows, values only (no formulas, formats or styles)`);
  const values = compare(bin, workbookFile(o.workDir, o.libreOfficeRows, { valuesOnly: true }).file, csvDir, o.libreOfficeRows);
  let large: LibreOfficeComparison | { skipped: string } | undefined;
  if (o.libreOfficeLargeRows > 0) {
    o.log(`libreoffice: ${o.libreOfficeLargeRows.toLocaleString('en-US')} rows (shown, no target)`);
    large = compare(bin, workbookFile(o.workDir, o.libreOfficeLargeRows).file, csvDir, o.libreOfficeLargeRows);
  }
  const measured = (x?: LibreOfficeComparison | { skipped: string }) => (x && !('skipped' in x) ? x : undefined);
  return { ...numeric, textAmounts: measured(text), valuesOnly: measured(values), large: measured(large) };
}

function measureStartup(o: BenchOptions): StartupResult | { skipped: string } {
  if (!o.cli) return { skipped: 'turned off (--no-cli)' };
  runProcess(NODE, [CLI, '--help']);
  const runs = Array.from({ length: 5 }, () => round(runProcess(NODE, [CLI, '--help']).ms));
  return { helpMs: median(runs), runs };
}

export async function runBench(o: BenchOptions): Promise<BenchResults> {
  mkdirSync(path.join(o.workDir, 'out'), { recursive: true });
  if (o.cli && !existsSync(path.join(REPO, 'build', 'cli', 'main.js'))) {
    throw new Error('build/cli/main.js is missing: run `npm run build:cli` first (npm run bench does).');
  }
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    totalMemGB: round(os.totalmem() / 1024 ** 3, 1),
    loadAvgStart: os.loadavg().map((l) => round(l, 2)),
  } as BenchResults['machine'];

  // The CLI's codec for the floor and the write (see floorMs above).
  useZipCodec(ZLIB_CODEC);
  // Warm-up: the first pass through the reader and the engine pays for JIT compilation.
  const t = now();
  const warm = generateXlsx({ rows: 1_000 });
  patchWorkbook(warm, []);
  reports(analyse(readWorkbook(warm, { codec: ZLIB_CODEC })), { tahun: o.tahun });
  o.log(`warm-up ${round(now() - t)} ms`);

  const xlsx: XlsxResult[] = [];
  for (const rows of o.sizes) {
    o.log(`xlsx: ${rows.toLocaleString('en-US')} rows`);
    xlsx.push(measureXlsx(rows, o));
    gc();
  }
  const office = o.office ? await measureOfficeSizes(o) : [];
  const libreoffice = measureLibreOffice(o);
  const startup = measureStartup(o);
  machine.loadAvgEnd = os.loadavg().map((l) => round(l, 2));
  const partial = { machine, seed: DEFAULT_SEED, xlsx, office, libreoffice, startup };
  return { ...partial, targets: evaluateTargets(partial) };
}

function parseArgs(argv: string[]): { json: boolean; opts: BenchOptions } {
  const has = (flag: string) => argv.includes(flag);
  const value = (flag: string) => {
    const i = argv.indexOf(flag);
    return i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith(`${flag}=`))?.slice(flag.length + 1);
  };
  const list = (s: string | undefined, d: number[]) => (s ? s.split(',').map((x) => Number(x.replace(/_/g, ''))) : d);
  const quick = has('--quick');
  const sizes = list(value('--sizes'), quick ? [1_000, 10_000] : [1_000, 10_000, 50_000, 100_000]);
  const reps = value('--reps');
  return {
    json: has('--json'),
    opts: {
      sizes,
      officeSizes: list(value('--office-sizes'), [10, ...sizes]),
      reps: reps ? Number(reps) : undefined,
      cli: !has('--no-cli'),
      office: !has('--no-office'),
      officeInChild: true,
      libreOffice: !has('--no-libreoffice'),
      libreOfficeRows: Number(value('--libreoffice-rows') ?? 20_000),
      libreOfficeLargeRows: Number(value('--libreoffice-large-rows') ?? (quick ? 0 : 100_000)),
      tahun: 2024,
      workDir: path.join(REPO, '.tmp', 'bench'),
      log: (line) => process.stderr.write(`[bench] ${line}\n`),
    },
  };
}

if (require.main === module) {
  const { json, opts } = parseArgs(process.argv.slice(2));
  runBench(opts).then(
    (r) => {
      const text = humanReport(r);
      writeFileSync(path.join(opts.workDir, 'last-run.json'), JSON.stringify(r, null, 2));
      writeFileSync(path.join(opts.workDir, 'last-run.txt'), text + '\n');
      process.stdout.write(json ? JSON.stringify(r, null, 2) + '\n' : text + '\n');
    },
    (e) => {
      process.stderr.write(`bench failed: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
