/** Zip access (our central-directory walk, or fflate's unzip), with failures turned into XlsxError. */
import { fflate, zipCodec, type ZipCodec } from './zip-codec';
import { MESSAGES, XlsxError } from './errors';
import { sniff } from './sniff';
import { freshEntry, readRawEntries, writeZip, type RawEntry } from './zip-raw';

/** Entries by path, in archive order. */
export type Entries = Map<string, Uint8Array>;

/** Largest inflated part accepted (bytes). */
export const MAX_PART = 500 * 1024 * 1024;

/** Read access to package parts (a Map, or a lazily inflating archive). */
export interface PartSource {
  get(name: string): Uint8Array | undefined;
  has(name: string): boolean;
}

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
    files = fflate().unzipSync(bytes, {
      filter: (f) => {
        names.push(f.name);
        const take = want ? want(f.name) : true;
        // A JS string cannot hold more; a zip bomb stops here instead of exhausting memory.
        if (take && f.originalSize > MAX_PART) throw new XlsxError('damaged', MESSAGES.tooLarge);
        return take;
      },
    });
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new XlsxError('damaged', MESSAGES.damaged);
  }
  const entries: Entries = new Map();
  for (const name of names) if (files[name]) entries.set(name, files[name]);
  return { entries, names };
}

/**
 * An archive opened for reading or patching: parts are inflated only when
 * asked for (a reader never pays for the calc chain, pivot caches or external
 * link caches Excel keeps beside the sheets), and on writing every part nobody
 * replaced is copied compressed as it was. Archives the raw reader cannot walk
 * (zip64) are fully unzipped instead. `codec` inflates; by default the one
 * writes use (zipCodec()).
 */
export class Archive implements PartSource {
  private readonly raw: Map<string, RawEntry> | undefined;
  private readonly data = new Map<string, Uint8Array>();
  private readonly order: string[];
  private readonly replaced = new Set<string>();

  /** The archive with every part inflated only when asked for; undefined when the central directory cannot be walked. */
  static lazy(bytes: Uint8Array, codec?: ZipCodec): Archive | undefined {
    assertZip(bytes);
    const raw = readRawEntries(bytes);
    return raw ? new Archive(bytes, codec, raw) : undefined;
  }

  constructor(
    bytes: Uint8Array,
    private readonly codec?: ZipCodec,
    raw?: Map<string, RawEntry>,
  ) {
    if (!raw) assertZip(bytes);
    this.raw = raw ?? readRawEntries(bytes);
    if (this.raw) {
      this.order = [...this.raw.keys()];
    } else {
      const { entries, names } = unzip(bytes);
      this.order = names.filter((n) => entries.has(n));
      for (const [k, v] of entries) this.data.set(k, v);
    }
  }

  names(): string[] {
    return this.order.slice();
  }

  has(name: string): boolean {
    return this.order.includes(name);
  }

  get(name: string): Uint8Array | undefined {
    const hit = this.data.get(name);
    if (hit || !this.raw) return hit;
    const e = this.raw.get(name);
    if (!e) return undefined;
    if (e.size > MAX_PART) throw new XlsxError('damaged', MESSAGES.tooLarge);
    let out: Uint8Array;
    try {
      out = e.method === 0 ? e.compressed : (this.codec ?? zipCodec()).inflate(e.compressed, e.size);
    } catch {
      throw new XlsxError('damaged', MESSAGES.damaged);
    }
    // The stated size is the archive's word for the part: more or fewer bytes mean a damaged file, never a cut-off sheet read as whole.
    if (e.method !== 0 && out.length !== e.size) throw new XlsxError('damaged', MESSAGES.damaged);
    this.data.set(name, out);
    return out;
  }

  set(name: string, bytes: Uint8Array): void {
    if (!this.order.includes(name)) this.order.push(name);
    this.data.set(name, bytes);
    this.replaced.add(name);
  }

  delete(name: string): void {
    const i = this.order.indexOf(name);
    if (i >= 0) this.order.splice(i, 1);
    this.data.delete(name);
  }

  toZip(): Uint8Array {
    const names = this.order.slice().sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0));
    const list: RawEntry[] = names.map((name) => {
      const old = this.raw?.get(name);
      return old && !this.replaced.has(name) ? old : freshEntry(name, this.get(name)!);
    });
    return writeZip(list);
  }
}
