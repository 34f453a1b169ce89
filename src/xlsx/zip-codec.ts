/**
 * The raw DEFLATE codec the xlsx reader and writer use. fflate (JavaScript)
 * works everywhere; the Node command line hands in zlib, several times faster
 * on the tens of MB a large sheet inflates to. This module stays Node-free:
 * the Node codec is built in src/cli.
 */
import { deflateSync, inflateSync } from 'fflate';

export interface ZipCodec {
  /** Raw DEFLATE data → the `size` bytes it holds. */
  inflate(data: Uint8Array, size: number): Uint8Array;
  /** Bytes → raw DEFLATE data at zlib `level` (0–9). */
  deflate(data: Uint8Array, level: number): Uint8Array;
}

export const FFLATE_CODEC: ZipCodec = {
  inflate: (data, size) => inflateSync(data, { out: new Uint8Array(size) }),
  deflate: (data, level) => deflateSync(data, { level: level as 6 }),
};

let current: ZipCodec = FFLATE_CODEC;

/** The codec writes and patches use; set once by a front door that has a faster one. */
export function zipCodec(): ZipCodec {
  return current;
}

export function useZipCodec(codec: ZipCodec): void {
  current = codec;
}
