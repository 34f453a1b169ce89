/** Zip access on fflate, with failures turned into XlsxError. */
import { unzipSync, zipSync, type Zippable } from 'fflate';
import { MESSAGES, XlsxError } from './errors';
import { sniff } from './sniff';

/** Entries by path, in archive order. */
export type Entries = Map<string, Uint8Array>;

/** Throws the matching XlsxError unless the bytes are a zip archive. */
export function assertZip(bytes: Uint8Array): void {
  switch (sniff(bytes)) {
    case 'zip':
      return;
    case 'empty-file':
      throw new XlsxError('damaged', MESSAGES.zeroBytes);
    case 'xls':
      throw new XlsxError('xls', MESSAGES.xls);
    case 'encrypted':
      throw new XlsxError('encrypted', MESSAGES.encrypted);
    default:
      throw new XlsxError('not-zip', MESSAGES.notZip);
  }
}

/**
 * Unzips the archive. `want` limits decompression to the entries a reader
 * needs (media and the like are skipped); every name is still listed.
 */
export function unzip(bytes: Uint8Array, want?: (name: string) => boolean): { entries: Entries; names: string[] } {
  assertZip(bytes);
  const names: string[] = [];
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        return want ? want(f.name) : true;
      },
    });
  } catch {
    throw new XlsxError('damaged', MESSAGES.damaged);
  }
  const entries: Entries = new Map();
  for (const name of names) if (files[name]) entries.set(name, files[name]);
  return { entries, names };
}

/** Zips entries in the given order; [Content_Types].xml first, as Office writes it. */
export function zip(entries: Entries): Uint8Array {
  const files: Zippable = {};
  const ct = entries.get('[Content_Types].xml');
  if (ct) files['[Content_Types].xml'] = ct;
  for (const [name, data] of entries) {
    if (name === '[Content_Types].xml') continue;
    // Already-compressed media gain nothing from deflate.
    files[name] = /\.(png|jpe?g|gif|emf|wmf|bin)$/i.test(name) ? [data, { level: 0 }] : data;
  }
  return zipSync(files, { level: 6 });
}
