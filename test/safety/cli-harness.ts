/** Running `lakip` in-process on files in a temporary folder. */
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { main, type Io } from '../../src/cli/main';

export interface Run {
  code: number;
  out: string;
  err: string;
}

export async function lakip(...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  const code = await main(argv, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

export const sha256 = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

export async function tempDir(): Promise<string> {
  return fs.mkdtemp(path.join(os.tmpdir(), 'lakip-safety-'));
}

export async function exists(p: string): Promise<boolean> {
  return fs.stat(p).then(
    () => true,
    () => false,
  );
}

/** Leftover temporary files of an atomic write (".name.pid.hex.tmp"). */
export async function tempLeftovers(dir: string): Promise<string[]> {
  return (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
}

export interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
}

export function findingsOf(run: Run): JsonFinding[] {
  return JSON.parse(run.out).files[0].findings;
}

/** No stack trace reached the user. */
export function noStack(run: Run): boolean {
  return !/\n\s+at /.test(run.err + run.out) && !/\bat .*\.(ts|js):\d+/.test(run.err);
}
