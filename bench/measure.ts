/** Timing helpers for the benchmark (Node only). */
import { spawnSync } from 'child_process';
import { existsSync, readFileSync, rmSync } from 'fs';
import * as path from 'path';
import * as os from 'os';

export function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** Collects garbage before a measurement when node runs with --expose-gc. */
export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) g();
}

/** Runs fn `reps` times; returns the median wall time in ms and the last result. */
export function timed<T>(reps: number, fn: () => T): { ms: number; result: T; runs: number[] } {
  const runs: number[] = [];
  let result!: T;
  for (let i = 0; i < reps; i++) {
    gc();
    const t = now();
    result = fn();
    runs.push(now() - t);
  }
  return { ms: median(runs), result, runs };
}

export interface ProcessRun {
  ms: number;
  status: number | null;
  /** Peak RSS in MB, when the child ran with bench/rss-hook.js. */
  rssMB?: number;
  stderr: string;
}

export const REPO = path.resolve(__dirname, '..');
export const RSS_HOOK = path.join(REPO, 'bench', 'rss-hook.js');

/** Runs a whole process and measures its wall time (spawn to exit); with `rss`, also its peak memory. */
export function runProcess(cmd: string, args: string[], opts: { rss?: boolean; cwd?: string; timeoutMs?: number } = {}): ProcessRun {
  const rssFile = path.join(os.tmpdir(), `lakip-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  const env = { ...process.env, ...(opts.rss ? { LAKIP_BENCH_RSS_FILE: rssFile } : {}) };
  const t = now();
  const res = spawnSync(cmd, args, { cwd: opts.cwd ?? REPO, env, stdio: ['ignore', 'ignore', 'pipe'], timeout: opts.timeoutMs ?? 30 * 60_000, maxBuffer: 64 * 1024 * 1024 });
  const ms = now() - t;
  let rssMB: number | undefined;
  if (opts.rss && existsSync(rssFile)) {
    rssMB = Number(readFileSync(rssFile, 'utf8')) / 1024;
    rmSync(rssFile, { force: true });
  }
  if (res.error) throw res.error;
  return { ms, status: res.status, rssMB, stderr: res.stderr?.toString() ?? '' };
}

export function round(n: number, digits = 0): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
