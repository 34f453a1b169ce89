import { readWorkbook, patchWorkbook, XlsxError } from '../../src/xlsx';
import { FFLATE_CODEC, useZipCodec } from '../../src/xlsx/zip-codec';
import { ZLIB_CODEC } from '../../src/cli/zlib-codec';
import { generateXlsx } from '../../bench/generate';
import { readRawEntries } from '../../src/xlsx/zip-raw';
import { readFileSync } from 'fs';
import * as path from 'path';

describe('the command line reads and writes xlsx with Node zlib', () => {
  afterEach(() => useZipCodec(FFLATE_CODEC));

  it('reads the same grid through zlib as through fflate', () => {
    const bytes = generateXlsx({ rows: 2_000 });
    expect(readWorkbook(bytes, { codec: ZLIB_CODEC })).toEqual(readWorkbook(bytes));
    for (const name of ['features.xlsx', 'mojokerto-2021-libreoffice.xlsx']) {
      const real = new Uint8Array(readFileSync(path.join(__dirname, '..', 'fixtures', name)));
      expect(readWorkbook(real, { codec: ZLIB_CODEC })).toEqual(readWorkbook(real));
    }
  });

  it('writes a patched workbook that reads back the same with either codec', () => {
    const bytes = generateXlsx({ rows: 500 });
    const edit = { sheet: 'DPA 2024', row: 7, col: 9, value: 12.34, kind: 'persen' as const, old: undefined, format: '0.00' };
    const viaFflate = patchWorkbook(bytes, [edit]);
    useZipCodec(ZLIB_CODEC);
    const viaZlib = patchWorkbook(bytes, [edit]);
    expect(readWorkbook(viaZlib)).toEqual(readWorkbook(viaFflate));
    expect(readWorkbook(viaZlib).sheets[0].rows[7]?.[9]).toMatchObject({ t: 'n', v: 12.34 });
  });

  it('reports a damaged part as a damaged file, not a zlib error', () => {
    const bytes = generateXlsx({ rows: 100 }).slice();
    const sheet = [...readRawEntries(bytes)!.values()].find((e) => e.name.startsWith('xl/worksheets/'))!;
    sheet.compressed.fill(0xff, 0, Math.min(64, sheet.compressed.length));
    expect(() => readWorkbook(bytes, { codec: ZLIB_CODEC })).toThrow(XlsxError);
    try {
      readWorkbook(bytes, { codec: ZLIB_CODEC });
    } catch (e) {
      expect((e as XlsxError).code).toBe('damaged');
    }
  });
});
