/** Reading and tampering with xlsx packages in tests. */
import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name)));
}

export function entries(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function entryText(bytes: Uint8Array, path: string): string {
  const data = unzipSync(bytes)[path];
  if (!data) throw new Error(`${path} not in the package`);
  return strFromU8(data);
}

/** A copy of the package with one text entry rewritten; throws if the edit changed nothing. */
export function withEntry(bytes: Uint8Array, path: string, edit: (xml: string) => string): Uint8Array {
  const files = unzipSync(bytes);
  const before = strFromU8(files[path]);
  const after = edit(before);
  if (after === before) throw new Error(`edit of ${path} changed nothing`);
  files[path] = strToU8(after);
  return zipSync(files);
}
