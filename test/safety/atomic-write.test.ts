/**
 * Nothing lost: outputs appear whole or not at all, and the input is never
 * touched, whatever fails on the way.
 */
import * as fsModule from 'fs';
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { writeAtomic } from '../../src/cli/files';
import { exists, lakip, noStack, sha256, tempDir, tempLeftovers } from './cli-harness';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'dinsos-mojokerto-2021.xlsx');

let dir: string;
let input: string;
beforeEach(async () => {
  dir = await tempDir();
  input = path.join(dir, 'dinsos-2021.xlsx');
  await fs.copyFile(EXAMPLE, input);
});
afterEach(async () => {
  jest.restoreAllMocks();
  await fs.rm(dir, { recursive: true, force: true });
});

/** Makes the next atomic write fail after half of the bytes reached the disk, as a full disk would. */
function failHalfway(): void {
  const realOpen = fs.open.bind(fs);
  jest.spyOn(fsModule.promises, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
    const handle = await realOpen(...args);
    const realWrite = handle.writeFile.bind(handle);
    handle.writeFile = (async (data: Uint8Array) => {
      await realWrite(data.subarray(0, Math.floor(data.length / 2)));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    }) as typeof handle.writeFile;
    return handle;
  });
}

describe('an output write that fails leaves no partial file, no temporary file, and the input as it was', () => {
  it('when the disk fills up halfway through the write', async () => {
    const before = sha256(input);
    const output = path.join(dir, 'hasil.xlsx');
    failHalfway();
    const run = await lakip('fill', input, '-o', output);
    expect(run.code).toBe(2);
    expect(run.err).toContain(input);
    expect(run.err).toContain('ruang disk penuh');
    expect(run.err).toContain('Tidak ada file yang ditulis');
    expect(noStack(run)).toBe(true);
    expect(await exists(output)).toBe(false);
    expect(await tempLeftovers(dir)).toEqual([]);
    expect(sha256(input)).toBe(before);
  });

  it('keeps an earlier output whole when the new write fails', async () => {
    const output = path.join(dir, 'hasil.xlsx');
    expect((await lakip('fill', input, '-o', output)).code).toBe(1);
    const earlier = sha256(output);
    failHalfway();
    const run = await lakip('report', input, '-o', output, '--tahun', '2021');
    expect(run.code).toBe(2);
    expect(sha256(output)).toBe(earlier);
    expect(await tempLeftovers(dir)).toEqual([]);
  });

  it('when the rename fails (a folder already has the output name)', async () => {
    const before = sha256(input);
    const output = path.join(dir, 'hasil.xlsx');
    await fs.mkdir(output);
    await fs.writeFile(path.join(output, 'isi.txt'), 'folder milik pengguna');
    const run = await lakip('fill', input, '-o', output);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/hasil tidak dapat ditulis ke .*hasil\.xlsx/);
    expect(noStack(run)).toBe(true);
    expect(readFileSync(path.join(output, 'isi.txt'), 'utf8')).toBe('folder milik pengguna');
    expect(await tempLeftovers(dir)).toEqual([]);
    expect(sha256(input)).toBe(before);
  });

  it('when a part of the output path is a file', async () => {
    const before = sha256(input);
    const blocker = path.join(dir, 'catatan.txt');
    await fs.writeFile(blocker, 'bukan folder');
    const output = path.join(blocker, 'hasil.xlsx');
    const run = await lakip('report', input, '-o', output, '--tahun', '2021');
    expect(run.code).toBe(2);
    expect(run.err).toContain('sebagian jalurnya adalah file');
    expect(noStack(run)).toBe(true);
    expect(readFileSync(blocker, 'utf8')).toBe('bukan folder');
    expect(await tempLeftovers(dir)).toEqual([]);
    expect(sha256(input)).toBe(before);
  });

  it('when the output folder for several inputs cannot be made', async () => {
    const second = path.join(dir, 'kedua.xlsx');
    await fs.copyFile(EXAMPLE, second);
    const blocker = path.join(dir, 'keluaran');
    await fs.writeFile(blocker, 'bukan folder');
    const run = await lakip('fill', input, second, '-o', blocker);
    expect(run.code).toBe(2);
    expect(run.err).toContain('folder keluaran');
    expect(noStack(run)).toBe(true);
    expect(readFileSync(blocker, 'utf8')).toBe('bukan folder');
  });
});

describe('writeAtomic', () => {
  it('writes the whole file under the final name and nothing else', async () => {
    const target = path.join(dir, 'baru', 'hasil.xlsx');
    const bytes = new Uint8Array(readFileSync(EXAMPLE));
    await writeAtomic(target, bytes);
    expect(sha256(target)).toBe(sha256(EXAMPLE));
    expect(await fs.readdir(path.dirname(target))).toEqual(['hasil.xlsx']);
  });

  it('never shows a partial file under the final name while writing', async () => {
    const target = path.join(dir, 'hasil.xlsx');
    const seen: boolean[] = [];
    const realOpen = fs.open.bind(fs);
    jest.spyOn(fsModule.promises, 'open').mockImplementation(async (...args: Parameters<typeof fs.open>) => {
      const handle = await realOpen(...args);
      const realWrite = handle.writeFile.bind(handle);
      handle.writeFile = (async (data: Uint8Array) => {
        await realWrite(data);
        seen.push(await exists(target)); // between write and rename
      }) as typeof handle.writeFile;
      return handle;
    });
    await writeAtomic(target, new Uint8Array(readFileSync(EXAMPLE)));
    expect(seen).toEqual([false]);
    expect(sha256(target)).toBe(sha256(EXAMPLE));
  });
});

describe('the input is never touched', () => {
  it.each([
    ['inspect', []],
    ['check', ['--json']],
    ['fill', ['--overwrite']],
    ['report', ['--tahun', '2021', '--overwrite']],
  ])('by lakip %s', async (cmd, extra) => {
    const before = sha256(input);
    const stat = await fs.stat(input);
    const run = await lakip(cmd, input, ...extra);
    expect(run.code).toBeLessThanOrEqual(1);
    expect(sha256(input)).toBe(before);
    expect((await fs.stat(input)).mtimeMs).toBe(stat.mtimeMs);
  });
});
