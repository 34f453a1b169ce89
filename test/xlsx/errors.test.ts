import { strToU8, zipSync } from 'fflate';
import { readWorkbook, sniff, XlsxError } from '../../src/xlsx';
import { buildBook, bookParts, zipParts } from './helpers';
import { readRawEntries, writeZip } from '../../src/xlsx/zip-raw';
import { FFLATE_CODEC } from '../../src/xlsx/zip-codec';
import { ZLIB_CODEC } from '../../src/cli/zlib-codec';
import { generateXlsx } from '../../bench/generate';

/** A CFB (OLE2) header followed by directory entry names in UTF-16LE, as a container stores them. */
function cfb(streamNames: string[]): Uint8Array {
  const header = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  const bytes = new Uint8Array(1536);
  bytes.set(header, 0);
  let at = 1024;
  for (const name of ['Root Entry', ...streamNames]) {
    for (let i = 0; i < name.length; i++) {
      bytes[at + 2 * i] = name.charCodeAt(i);
      bytes[at + 2 * i + 1] = 0;
    }
    at += 128;
  }
  return bytes;
}

function failure(bytes: Uint8Array): XlsxError {
  try {
    readWorkbook(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(XlsxError);
    return e as XlsxError;
  }
  throw new Error('readWorkbook accepted the input');
}

describe('readWorkbook refuses what is not a readable .xlsx, in Indonesian', () => {
  it('names a CSV renamed to .xlsx as not an Excel file', () => {
    const e = failure(strToU8('NO;PROGRAM;ANGGARAN\n1;Program Pemberdayaan Sosial;2.300.170.000\n'));
    expect(e.code).toBe('not-zip');
    expect(e.message).toMatch(/bukan file Excel \.xlsx/);
  });

  it('names an old .xls and tells how to convert it', () => {
    const e = failure(cfb(['Workbook', '\u0005SummaryInformation']));
    expect(e.code).toBe('xls');
    expect(e.message).toMatch(/Excel lama \(\.xls\)/);
    expect(e.message).toMatch(/buka di Excel lalu Simpan Sebagai \.xlsx/i);
  });

  it('names a password-protected workbook', () => {
    const e = failure(cfb(['EncryptionInfo', 'EncryptedPackage', '\u0006DataSpaces']));
    expect(e.code).toBe('encrypted');
    expect(e.message).toMatch(/kata sandi/);
    expect(sniff(cfb(['EncryptedPackage']))).toBe('encrypted');
  });

  it('names a truncated download as damaged', () => {
    const good = buildBook({ sheets: [{ name: 'DPA', body: '<sheetData/>' }] });
    const e = failure(good.subarray(0, Math.floor(good.length * 0.6)));
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/rusak/);
  });

  it('names a zip without workbook.xml as damaged', () => {
    const parts = bookParts({ sheets: [{ name: 'DPA', body: '<sheetData/>' }] });
    delete parts['xl/workbook.xml'];
    expect(failure(zipParts(parts)).code).toBe('damaged');
  });

  it('names a zip whose worksheet part is missing as damaged', () => {
    const parts = bookParts({ sheets: [{ name: 'DPA', body: '<sheetData/>' }] });
    delete parts['xl/worksheets/sheet1.xml'];
    expect(failure(zipParts(parts)).code).toBe('damaged');
  });

  it('names a Word document as not an Excel file', () => {
    const e = failure(zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': strToU8('<w:document/>') }));
    expect(e.code).toBe('not-zip');
  });

  it('names a workbook without sheets as empty', () => {
    const e = failure(buildBook({ sheets: [] }));
    expect(e.code).toBe('empty');
    expect(e.message).toMatch(/tidak berisi sheet/);
  });

  it('names a zero-byte file', () => {
    const e = failure(new Uint8Array(0));
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/kosong/);
  });

  it('never lets a raw parser error through', () => {
    const parts = bookParts({ sheets: [{ name: 'DPA', body: '<sheetData/>' }] });
    parts['xl/workbook.xml'] = '\u0000\u0001 not xml';
    const e = failure(zipParts(parts));
    expect(e.code).toBe('damaged');
  });
});

describe('readWorkbook refuses a part too large to hold', () => {
  it('stops on the declared size of a worksheet instead of inflating it', () => {
    const good = buildBook({ sheets: [{ name: 'DPA', body: '<sheetData/>' }] });
    // Rewrite the declared uncompressed size of the worksheet in its central directory record.
    const bytes = good.slice();
    const dv = new DataView(bytes.buffer);
    const name = 'xl/worksheets/sheet1.xml';
    for (let i = bytes.length - 22; i >= 0; i--) {
      if (dv.getUint32(i, true) !== 0x02014b50) continue;
      const len = dv.getUint16(i + 28, true);
      if (Buffer.from(bytes.subarray(i + 46, i + 46 + len)).toString() === name) dv.setUint32(i + 24, 600 * 1024 * 1024, true);
    }
    const e = failure(bytes);
    expect(e.code).toBe('damaged');
    expect(e.message).toMatch(/terlalu besar/);
  });
});

describe('readWorkbook refuses a part whose content is not the size the archive states', () => {
  // A sheet cut off by a lying size read, with fflate, as an empty sheet and no error.
  const misstated = (delta: number) => {
    const entries = [...readRawEntries(generateXlsx({ rows: 200 }))!.values()];
    return writeZip(entries.map((e) => (e.name === 'xl/worksheets/sheet1.xml' ? { ...e, size: e.size + delta } : e)));
  };

  it.each([
    ['understated', -100],
    ['overstated', 100],
  ])('names the file damaged when the sheet is %s, with fflate (browser) and zlib (command line)', (_what, delta) => {
    for (const codec of [undefined, FFLATE_CODEC, ZLIB_CODEC]) {
      const e = (() => {
        try {
          readWorkbook(misstated(delta), { codec });
        } catch (err) {
          return err;
        }
        return undefined;
      })();
      expect(e).toBeInstanceOf(XlsxError);
      expect((e as XlsxError).code).toBe('damaged');
    }
  });

  it('reads the same archive when the size is right', () => {
    for (const codec of [undefined, FFLATE_CODEC, ZLIB_CODEC]) expect(readWorkbook(misstated(0), { codec }).sheets[0].rows.length).toBeGreaterThan(200);
  });
});
