/** readWorkbook: an .xlsx file's bytes → WorkbookGrid. */
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { MESSAGES, XlsxError } from './errors';
import { generatedSheetNames } from './generated';
import { readPackage } from './opc';
import { readSheetXml } from './read-sheet';
import { readSharedStrings } from './shared-strings';
import { readCellFormats } from './styles';
import { text } from './xml';
import { Archive, unzip, type PartSource } from './zip';
import type { ZipCodec } from './zip-codec';

/** Only XML parts can be read; media, printer settings and VBA are never looked at. */
function wanted(name: string): boolean {
  return /\.(xml|rels)$/i.test(name) && !/^xl\/(media|charts|drawings|printerSettings|customXml)\//i.test(name);
}

/**
 * The parts a reader may read, each inflated when first asked for, and the
 * name of every entry; an archive our central-directory walk cannot read
 * (zip64) is unzipped at once, its wanted parts only.
 */
function readableParts(bytes: Uint8Array, codec: ZipCodec | undefined): { entries: PartSource; names: string[] } {
  const archive = Archive.lazy(bytes, codec);
  if (!archive) return unzip(bytes, wanted);
  return {
    entries: {
      has: (name) => wanted(name) && archive.has(name),
      get: (name) => (wanted(name) ? archive.get(name) : undefined),
    },
    names: archive.names(),
  };
}

export interface ReadOptions {
  /** A faster inflater (the Node CLI passes zlib); fflate otherwise. */
  codec?: ZipCodec;
}

export function readWorkbook(bytes: Uint8Array, opts: ReadOptions = {}): WorkbookGrid {
  const { entries, names } = readableParts(bytes, opts.codec);
  const part = (path: string | undefined) => {
    const b = path ? entries.get(path) : undefined;
    return b ? text(b) : undefined;
  };
  try {
    const pkg = readPackage(entries, names);
    if (pkg.sheets.length === 0) throw new XlsxError('empty', MESSAGES.empty);
    const ctx = {
      sharedStrings: readSharedStrings(part(pkg.sharedStringsPath)),
      formats: readCellFormats(part(pkg.stylesPath)),
      date1904: pkg.date1904,
    };
    const sheets: SheetGrid[] = pkg.sheets.map((s) => {
      const base = { name: s.name, state: s.state };
      if (s.kind !== 'worksheet') {
        // Chart and dialog sheets hold no cells; listed so names stay unique, closed to writing.
        return { ...base, rows: [], merges: [], hiddenRows: new Set<number>(), hiddenCols: new Set<number>(), protected: true };
      }
      const bytes = s.path ? entries.get(s.path) : undefined;
      if (bytes === undefined) throw new XlsxError('damaged', MESSAGES.damaged);
      // The bytes too: an ASCII sheet is scanned over them (see charCodes).
      return { ...base, ...readSheetXml(text(bytes), ctx, bytes) };
    });
    return {
      sheets,
      generatedSheets: generatedSheetNames(
        pkg.definedNames,
        sheets.map((s) => s.name),
      ),
    };
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    // Never show a raw stack trace: an unexpected failure means the file is not what it claims.
    throw new XlsxError('damaged', MESSAGES.damaged);
  }
}
