/**
 * The benchmark's result document (what `--json` prints), the checks against
 * the targets of the performance issue, and the human-readable table.
 * Pure: no I/O, so the tests can build and check it.
 */
import type { OfficeOperation, OfficeResult } from './office';

export interface XlsxResult {
  rows: number;
  /** readWorkbook(bytes) + patchWorkbook(bytes, []): unzip, parse every sheet, unzip again and re-zip every part. */
  floorMs: number;
  /** analyse(grid) + reports(analysis): layouts → model → validate → compute → fill plan → report tables. */
  engineMs: number;
  /** `node bin/lakip.js report FILE --tahun 2024 -o OUT` as a whole process (spawn to exit). */
  totalMs: number | null;
  /** Peak RSS of that process (process.resourceUsage().maxRSS), MB. */
  rssMB: number | null;
  readMs: number;
  rezipMs: number;
  analyseMs: number;
  reportsMs: number;
  /** patchWorkbook(bytes, plan.edits, report tables): the write `lakip report` does. */
  writeMs: number;
  fileBytes: number;
  findings: number;
  errors: number;
  edits: number;
  /** Exit code of `lakip report` (1 = error findings, as the generated workbook carries a few on purpose). */
  exitCode: number | null;
  reps: number;
}

export interface LibreOfficeComparison {
  rows: number;
  /** `node bin/lakip.js check FILE`, whole process, median. */
  lakipCheckMs: number;
  /** `soffice --headless --convert-to csv FILE`, whole process, median (profile already created). */
  sofficeMs: number;
  ratio: number;
  lakipRuns: number[];
  sofficeRuns: number[];
}

/** The generated workbook, and variants of the same workbook (when measured). */
export interface LibreOfficeResult extends LibreOfficeComparison {
  /** Amounts and % typed as Indonesian text ("25.805.000"). */
  textAmounts?: LibreOfficeComparison;
  /** Values only: no formulas, number formats or styles (what minimal writers save). */
  valuesOnly?: LibreOfficeComparison;
  /** The generated workbook at a larger size (100,000 rows by default): shown, no target (the issue sets its limit at 20,000 rows). */
  large?: LibreOfficeComparison;
}

/** The variants beside the generated workbook: result field, target name, what it is. */
const LO_VARIANTS = [
  { field: 'textAmounts', target: 'checkVsLibreOfficeTextAmounts', what: 'the same, amounts typed as text ("25.805.000")' },
  { field: 'valuesOnly', target: 'checkVsLibreOfficeValuesOnly', what: 'the same, values only (no formulas, formats or styles)' },
] as const;

export interface StartupResult {
  helpMs: number;
  runs: number[];
}

export type TargetStatus = 'pass' | 'fail' | 'n/a';

export interface TargetCheck {
  status: TargetStatus;
  /** What was measured, in words a reader of the table understands. */
  measured: string;
  limit: string;
}

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  node: string;
  platform: string;
  totalMemGB: number;
  loadAvgStart: number[];
  loadAvgEnd?: number[];
}

export interface BenchResults {
  machine: MachineInfo;
  seed: number;
  xlsx: XlsxResult[];
  office: OfficeResult[];
  libreoffice: LibreOfficeResult | { skipped: string };
  startup: StartupResult | { skipped: string };
  targets: Record<string, TargetCheck>;
}

const MB = 1024 * 1024;
const OFFICE_LIMIT_BYTES = 5 * MB;
const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function check(ok: boolean | undefined, measured: string, limit: string): TargetCheck {
  return { status: ok === undefined ? 'n/a' : ok ? 'pass' : 'fail', measured, limit };
}

/** The issue's targets, evaluated on the measured figures (n/a where a size or tool was not run). */
export function evaluateTargets(r: Omit<BenchResults, 'targets'>): Record<string, TargetCheck> {
  const t: Record<string, TargetCheck> = {};
  const big = r.xlsx.filter((x) => x.rows >= 50_000);
  t.engineShare = check(
    big.length ? big.every((x) => x.engineMs <= 0.25 * x.floorMs) : undefined,
    big.map((x) => `${fmt(x.rows)}: ${fmt((100 * x.engineMs) / x.floorMs)} %`).join(', ') || 'no size ≥ 50,000',
    'engineMs ≤ 25 % of floorMs at ≥ 50,000 rows',
  );

  const small = r.xlsx.find((x) => x.rows === 1_000);
  const large = r.xlsx.find((x) => x.rows === 100_000);
  const growth = small?.totalMs && large?.totalMs ? large.totalMs / small.totalMs : undefined;
  t.linearGrowth = check(
    growth === undefined ? undefined : growth <= 1.3 * 100,
    growth === undefined ? 'needs 1,000 and 100,000 rows' : `total(100k) / total(1k) = ${fmt(growth, 1)}`,
    '≤ 1.3 × 100 = 130',
  );

  const rss = large?.rssMB ?? undefined;
  t.peakMemory = check(rss === undefined ? undefined : rss < 1024, rss === undefined ? 'needs 100,000 rows' : `${fmt(rss)} MB`, '< 1,024 MB at 100,000 rows');

  const lo = 'lakipCheckMs' in r.libreoffice ? r.libreoffice : undefined;
  t.checkVsLibreOffice = check(
    lo ? lo.ratio <= 0.5 : undefined,
    lo ? `lakip check ${fmt(lo.lakipCheckMs)} ms vs soffice ${fmt(lo.sofficeMs)} ms (${fmt(100 * lo.ratio)} %)` : (r.libreoffice as { skipped: string }).skipped,
    'lakip check ≤ 50 % of soffice --convert-to csv at 20,000 rows',
  );
  for (const v of LO_VARIANTS) {
    const x = lo?.[v.field];
    t[v.target] = check(
      x ? x.ratio <= 0.5 : undefined,
      x ? `lakip check ${fmt(x.lakipCheckMs)} ms vs soffice ${fmt(x.sofficeMs)} ms (${fmt(100 * x.ratio)} %)` : 'not measured',
      v.what,
    );
  }

  const ops: OfficeOperation[] = ['check', 'fill', 'report'];
  const sizes = [...new Set(r.office.map((o) => o.rows))].sort((a, b) => a - b);
  const at = (op: OfficeOperation, rows: number) => r.office.find((o) => o.operation === op && o.rows === rows);
  const lo10 = sizes[0];
  const hi = sizes[sizes.length - 1];
  const sameSyncs = ops.map((op) => ({ op, a: at(op, lo10)?.syncs, b: at(op, hi)?.syncs }));
  t.officeConstantSyncs = check(
    r.office.length && hi === 100_000 && lo10 === 10 ? sameSyncs.every((s) => s.a !== undefined && s.a === s.b) : undefined,
    sameSyncs.map((s) => `${s.op} ${s.a ?? '?'} → ${s.b ?? '?'}`).join(', ') + ` (${fmt(lo10 ?? 0)} → ${fmt(hi ?? 0)} rows)`,
    'same syncs at 10 and 100,000 rows',
  );
  const maxSyncs = Math.max(0, ...r.office.map((o) => o.syncs));
  t.officeMaxSyncs = check(r.office.length ? maxSyncs <= 6 : undefined, `at most ${maxSyncs} per operation`, '≤ 6 syncs per operation');
  const maxReq = Math.max(0, ...r.office.map((o) => o.maxRequestBytes));
  t.officeRequestSize = check(r.office.length ? maxReq < OFFICE_LIMIT_BYTES : undefined, `largest request ${fmt(maxReq / MB, 2)} MB`, '< 5 MB per request');

  const st = 'helpMs' in r.startup ? r.startup : undefined;
  t.startup = check(st ? st.helpMs < 300 : undefined, st ? `lakip --help ${fmt(st.helpMs)} ms` : (r.startup as { skipped: string }).skipped, '< 300 ms');
  return t;
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)];
}

const ms = (n: number | null | undefined) => (n === null || n === undefined ? '-' : fmt(n));

/** The human-readable report (what `npm run bench` prints). */
function comparisonLines(x: LibreOfficeComparison): string[] {
  return [
    `  lakip check                      ${fmt(x.lakipCheckMs).padStart(8)} ms   runs ${x.lakipRuns.map((n) => fmt(n)).join(', ')}`,
    `  soffice --headless --convert-to csv ${fmt(x.sofficeMs).padStart(5)} ms   runs ${x.sofficeRuns.map((n) => fmt(n)).join(', ')}`,
    `  ratio ${fmt(100 * x.ratio)} %`,
  ];
}

export function humanReport(r: BenchResults): string {
  const out: string[] = [];
  const m = r.machine;
  out.push(`LAKIP Helper benchmark: ${m.cpus} CPU (${m.cpuModel}), ${fmt(m.totalMemGB)} GB RAM, Node ${m.node}, ${m.platform}`);
  out.push(`load average at start ${m.loadAvgStart.map((l) => l.toFixed(1)).join(' / ')}${m.loadAvgEnd ? `, at end ${m.loadAvgEnd.map((l) => l.toFixed(1)).join(' / ')}` : ''}; generator seed ${r.seed}`);
  out.push('');
  out.push('xlsx: floor = readWorkbook + patchWorkbook(bytes, []) with Node zlib as the CLI; engine = analyse + reports; write = patchWorkbook(bytes, edits, reports);');
  out.push('      total = `lakip report` as a whole process; peak RSS of that process');
  out.push(
    ...table(
      ['rows', 'file MB', 'floor ms', '(read', 're-zip)', 'engine ms', '(analyse', 'reports)', 'engine/floor', 'write ms', 'total ms', 'peak RSS MB', 'findings', 'edits'],
      r.xlsx.map((x) => [
        fmt(x.rows),
        fmt(x.fileBytes / MB, 2),
        ms(x.floorMs),
        ms(x.readMs),
        ms(x.rezipMs),
        ms(x.engineMs),
        ms(x.analyseMs),
        ms(x.reportsMs),
        `${fmt((100 * x.engineMs) / x.floorMs)} %`,
        ms(x.writeMs),
        ms(x.totalMs),
        x.rssMB === null ? '-' : fmt(x.rssMB),
        fmt(x.findings),
        fmt(x.edits),
      ]),
    ),
  );
  out.push('');
  out.push('Office host on the in-memory Excel fake (syncs and payloads per operation)');
  out.push(
    ...table(
      ['operation', 'rows', 'syncs', 'max request KB', 'max response KB', 'items', 'ms'],
      r.office.map((o) => [o.operation, fmt(o.rows), fmt(o.syncs), fmt(o.maxRequestBytes / 1024, 1), fmt(o.maxResponseBytes / 1024, 1), fmt(o.items), ms(o.ms)]),
    ),
  );
  out.push('');
  if ('lakipCheckMs' in r.libreoffice) {
    const lo = r.libreoffice;
    out.push(`LibreOffice at ${fmt(lo.rows)} rows (whole processes, median of ${lo.lakipRuns.length}):`);
    out.push(...comparisonLines(lo));
    for (const v of LO_VARIANTS) {
      const x = lo[v.field];
      if (!x) continue;
      out.push(`${v.what[0].toUpperCase()}${v.what.slice(1)}:`, ...comparisonLines(x));
    }
    if (lo.large) out.push(`The generated workbook at ${fmt(lo.large.rows)} rows (shown only; the limit is set at ${fmt(lo.rows)} rows):`, ...comparisonLines(lo.large));
  } else out.push(`LibreOffice comparison skipped: ${r.libreoffice.skipped}`);
  if ('helpMs' in r.startup) out.push(`Startup: lakip --help median ${fmt(r.startup.helpMs)} ms (runs ${r.startup.runs.map((x) => fmt(x)).join(', ')})`);
  else out.push(`Startup skipped: ${r.startup.skipped}`);
  out.push('');
  out.push('Targets');
  for (const [name, t] of Object.entries(r.targets)) {
    out.push(`  ${t.status.toUpperCase().padEnd(4)}  ${name.padEnd(20)} ${t.measured}  [${t.limit}]`);
  }
  return out.join('\n');
}
