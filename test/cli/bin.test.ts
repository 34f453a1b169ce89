/**
 * bin/lakip.js, the installed command: it exits as soon as its output has
 * flushed (not when the event loop empties), so a reader on a pipe must still
 * get every byte, and the exit code must be the command's.
 * Runs the built CLI (build/, made by `npm ci` through the prepare script).
 */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { generateXlsx } from '../../bench/generate';

const BIN = path.join(__dirname, '..', '..', 'bin', 'lakip.js');

/** Runs the command with stdout and stderr on pipes, reading stdout in small slow chunks. */
function run(args: string[]): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => {
      out.push(b);
      // A slow reader: the pipe fills and the writer has to wait for us.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 1);
    });
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString('utf8') }));
  });
}

let dir: string;
let workbook: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'lakip-bin-'));
  workbook = path.join(dir, 'dpa-10000.xlsx');
  writeFileSync(workbook, generateXlsx({ rows: 10_000 }));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lakip (bin) on a pipe', () => {
  it('delivers a long JSON report whole, with exit code 1 for a workbook with errors', async () => {
    const { code, out, err } = await run(['check', workbook, '--json']);
    expect(err).toBe('');
    expect(out.length).toBeGreaterThan(128 * 1024); // more than two pipe buffers
    const json = JSON.parse(out) as { files: Array<{ findings: Array<{ severity: string }> }> };
    expect(json.files[0].findings.some((f) => f.severity === 'error')).toBe(true);
    expect(code).toBe(1);
  });

  it('ends the human report with its summary line', async () => {
    const { code, out } = await run(['check', workbook]);
    expect(out.trimEnd().split('\n').pop()).toMatch(/^ {2}Ringkasan: \d+ galat, \d+ peringatan, \d+ info\.$/);
    expect(code).toBe(1);
  });

  it('exits 2 with its message on stderr for a file that does not exist', async () => {
    const { code, out, err } = await run(['check', path.join(dir, 'tidak-ada.xlsx')]);
    expect(out).toBe('');
    expect(err).toMatch(/tidak-ada\.xlsx: file tidak ditemukan\./);
    expect(code).toBe(2);
  });
});
