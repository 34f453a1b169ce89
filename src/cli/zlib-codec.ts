/** Node's zlib as the xlsx codec: native inflate/deflate, several times faster than fflate's JavaScript. */
import { deflateRawSync, inflateRawSync } from 'zlib';
import type { ZipCodec } from '../xlsx/zip-codec';

const asBytes = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);

export const ZLIB_CODEC: ZipCodec = {
  // maxOutputLength: a part that inflates to more than its stated size is damaged, not a reason to fill memory.
  inflate: (data, size) => asBytes(inflateRawSync(data, { maxOutputLength: Math.max(size, 1) })),
  deflate: (data, level) => asBytes(deflateRawSync(data, { level })),
};
