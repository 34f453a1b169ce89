/** Recognises what a byte buffer is before any unzipping. */

export type FileKind = 'zip' | 'xls' | 'encrypted' | 'empty-file' | 'other';

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** True when the bytes start like a zip archive (local header or empty-archive record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

function isCfb(bytes: Uint8Array): boolean {
  if (bytes.length < CFB.length) return false;
  for (let i = 0; i < CFB.length; i++) if (bytes[i] !== CFB[i]) return false;
  return true;
}

/** Searches a UTF-16LE name (as stored in CFB directory entries). */
function hasUtf16Name(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  const last = bytes.length - name.length * 2;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first || bytes[i + 1] !== 0) continue;
    for (let k = 1; k < name.length; k++) {
      if (bytes[i + 2 * k] !== name.charCodeAt(k) || bytes[i + 2 * k + 1] !== 0) continue outer;
    }
    return true;
  }
  return false;
}

/**
 * An Office file encrypted with a password is a CFB (OLE2) container holding
 * "EncryptionInfo" and "EncryptedPackage" streams; any other CFB is a legacy .xls.
 */
export function sniff(bytes: Uint8Array): FileKind {
  if (bytes.length === 0) return 'empty-file';
  if (isZip(bytes)) return 'zip';
  if (isCfb(bytes)) {
    return hasUtf16Name(bytes, 'EncryptionInfo') || hasUtf16Name(bytes, 'EncryptedPackage') ? 'encrypted' : 'xls';
  }
  return 'other';
}
