/**
 * The raw DEFLATE codec the xlsx reader and writer use. fflate (JavaScript)
 * works everywhere; the Node command line hands in zlib, several times faster
 * on the tens of MB a large sheet inflates to. This module stays Node-free:
 * the Node codec is built in src/cli.
 */
import type * as Fflate from './fflate-lib';

export interface ZipCodec {
  /**
   * Raw DEFLATE data → the bytes it holds, `size` of them when the archive
   * states the size truly; a longer part may be cut at size + 1 or refused
   * (the caller compares the length with `size`).
   */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw DEFLATE data at zlib `level` (0–9). */
  deflate(data: Uint8Array, level: number): Uint8Array;
}

let lib: typeof Fflate | undefined;

/**
 * fflate, loaded on first use: the Node command line inflates and deflates
 * with zlib and so never pays for loading it.
 */
export function fflate(): typeof Fflate {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (lib ??= require('./fflate-lib') as typeof Fflate);
}

export const FFLATE_CODEC: ZipCodec = {
  // One byte more than stated: fflate fills a given buffer and stops, so a longer part shows as size + 1.
  inflate: (data, size) => fflate().inflateSync(data, { out: new Uint8Array(size + 1) }),
  deflate: (data, level) => fflate().deflateSync(data, { level: level as 6 }),
};

let current: ZipCodec = FFLATE_CODEC;

/** The codec writes and patches use; set once by a front door that has a faster one. */
export function zipCodec(): ZipCodec {
  return current;
}

export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}
