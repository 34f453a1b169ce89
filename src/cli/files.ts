/** Node-only file handling for the command line: inputs, atomic outputs. */
import { promises as fs } from 'fs';
import * as path from 'path';

/** Expands directory arguments into the .xlsx files they hold (not recursive, sorted). */
export async function expandInputs(args: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const arg of args) {
    let stat;
    try {
      stat = await fs.stat(arg);
    } catch {
      out.push(arg); // reported as "tidak ditemukan" when read
      continue;
    }
    if (stat.isDirectory()) {
      const names = (await fs.readdir(arg))
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith('~$') && !n.startsWith('.'))
        .sort((a, b) => a.localeCompare(b));
      out.push(...names.map((n) => path.join(arg, n)));
    } else {
      out.push(arg);
    }
  }
  return out;
}

/**
 * Writes to a temporary file beside the target, then renames it into place:
 * an interrupted run leaves no partial output.
 */
export async function writeAtomic(target: string, bytes: Uint8Array): Promise<void> {
  const dir = path.dirname(path.resolve(target));
  await fs.mkdir(dir, { recursive: true });
  // crypto is loaded here, not at start-up: a check never writes.
  const { randomBytes } = await import('crypto');
  const tmp = path.join(dir, `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const handle = await fs.open(tmp, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (e) {
    await handle.close();
    await fs.rm(tmp, { force: true });
    throw e;
  }
  await handle.close();
  try {
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    throw e;
  }
}

/** "dinsos-2024.xlsx" + "terisi" → "dinsos-2024-terisi.xlsx" in dir (or beside the input). */
export function derivedName(input: string, suffix: string, dir?: string): string {
  const base = path.basename(input).replace(/\.xlsx$/i, '');
  return path.join(dir ?? path.dirname(input), `${base}-${suffix}.xlsx`);
}

export function samePath(a: string, b: string): boolean {
  return path.resolve(a) === path.resolve(b);
}
