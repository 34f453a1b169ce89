/** Node's zlib as the xlsx codec: native inflate/deflate, several times faster than fflate's JavaScript. */
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { ZipCodec } from '../xlsx/zip-codec';

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

/** Largest single output buffer; a bigger part is inflated in chunks of this size and joined. */
const MAX_CHUNK = 64 * 1024 * 1024;

export const ZLIB_CODEC: ZipCodec = {
  inflate: (data, size) =>
    asBytes(
      inflateRawSync(data, {
        // maxOutputLength: a part that inflates to more than its stated size is damaged, not a reason to fill memory.
        maxOutputLength: Math.max(size, 1),
        // One buffer one byte larger than the part: inflated in one go, no 16 KB chunks to join (a 10 MB sheet is copied once less).
        chunkSize: Math.min(Math.max(size + 1, 64), MAX_CHUNK),
      }),
    ),
  deflate: (data, level) => asBytes(deflateRawSync(data, { level })),
};
