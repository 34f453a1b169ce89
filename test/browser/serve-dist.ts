/** Builds dist/ when it is missing or older than its sources (once for all test files), and serves a folder on 127.0.0.1. */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import type { AddressInfo } from 'net';

const ROOT = path.resolve(__dirname, '../..');

function newestMtime(dir: string, skip?: RegExp): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (skip?.test(entry.name)) continue;
    const p = path.join(dir, entry.name);
    const t = entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs;
    if (t > newest) newest = t;
  }
  return newest;
}

/** Everything the bundles and the copied files are made of (src/cli is Node-only and not bundled). */
const BUILD_INPUTS = ['src', 'assets', 'webpack.config.js', 'manifest.xml', 'scripts/build-manifest.js', 'package.json'];
/** Files `npm run build` writes last in each part; the oldest of them dates the build. */
const BUILD_OUTPUTS = ['dist/taskpane.html', 'dist/web/index.html', 'dist/bantuan.html', 'dist/manifest.xml'];

function newestInput(): number {
  return Math.max(
    ...BUILD_INPUTS.map((p) => {
      const full = path.join(ROOT, p);
      if (!fs.existsSync(full)) return 0;
      return fs.statSync(full).isDirectory() ? newestMtime(full, /^cli$/) : fs.statSync(full).mtimeMs;
    }),
  );
}

function builtAt(): number {
  let oldest = Infinity;
  for (const p of BUILD_OUTPUTS) {
    const full = path.join(ROOT, p);
    if (!fs.existsSync(full)) return 0;
    oldest = Math.min(oldest, fs.statSync(full).mtimeMs);
  }
  return oldest;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Runs what `npm run build` runs (webpack production, then
 * scripts/build-manifest.js) when dist/ is missing or older than any input.
 * Test files run in parallel workers: a lock directory makes the first one
 * build and the others wait for it, so the build happens once per run.
 */
export function ensureBuilt(): void {
  fs.mkdirSync(path.join(ROOT, '.tmp'), { recursive: true });
  if (checkedThisRun()) return;
  build();
  fs.writeFileSync(STAMP, JSON.stringify({ ppid: process.ppid, at: Date.now() }));
}

const STAMP = path.join(ROOT, '.tmp/dist-checked.json');

/**
 * Once per jest run: a source someone else edits mid-run must not rebuild (and
 * clean) dist/ under a browser test of another worker. Workers of one run share
 * the jest process as parent.
 */
function checkedThisRun(): boolean {
  if (!fs.existsSync(STAMP) || builtAt() === 0) return false;
  const checked = JSON.parse(fs.readFileSync(STAMP, 'utf8')) as { ppid: number; at: number };
  return checked.ppid === process.ppid && Date.now() - checked.at < 900_000;
}

function build(): void {
  if (builtAt() > newestInput()) return;
  const lock = path.join(ROOT, '.tmp/build.lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 600_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // Another worker builds; a lock older than 10 minutes belongs to a dead process.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 600_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error('timed out waiting for another build of dist/');
      sleep(1000);
    }
  }
  try {
    if (checkedThisRun() || builtAt() > newestInput()) return;
    const opts = { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] as ('ignore' | 'inherit')[] };
    execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], opts);
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-manifest.js')], { ...opts, stdio: 'ignore' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  url: string;
  close(): Promise<void>;
}

export async function serve(dir: string): Promise<Served> {
  const root = path.resolve(dir);
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://127.0.0.1').pathname);
    const file = path.resolve(root, '.' + (urlPath.endsWith('/') ? urlPath + 'index.html' : urlPath));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    fs.createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
