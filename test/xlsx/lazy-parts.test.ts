/**
 * The reader inflates only the parts it reads: Excel keeps a calc chain, and
 * agency workbooks often carry pivot caches and external-link caches as large
 * as the sheets themselves, which a check never needs.
 */
import { strToU8 } from 'fflate';
import { readWorkbook } from '../../src/xlsx';
import { freshEntry, writeZip, type RawEntry } from '../../src/xlsx/zip-raw';
import { FFLATE_CODEC, type ZipCodec } from '../../src/xlsx/zip-codec';
import { bookParts } from './helpers';

const SHEET = '<sheetData><row r="1"><c r="A1"><v>42</v></c></row></sheetData>';

/** The book's parts as zip entries, plus `extra` entries as given. */
function bookWith(extra: RawEntry[]): Uint8Array {
  const parts = bookParts({ sheets: [{ name: 'DPA', body: SHEET }] });
  const entries = Object.entries(parts).map(([name, v]) => freshEntry(name, typeof v === 'string' ? strToU8(v) : v));
  return writeZip([...entries, ...extra]);
}

/** An inflater that records the stated size of every part it inflates. */
function countingCodec(): { codec: ZipCodec; sizes: number[] } {
  const sizes: number[] = [];
  return { sizes, codec: { ...FFLATE_CODEC, inflate: (data, size) => (sizes.push(size), FFLATE_CODEC.inflate(data, size)) } };
}

describe('the reader inflates only the parts it reads', () => {
  it('never inflates a pivot cache or an external-link cache', () => {
    const big = strToU8(`<pivotCacheRecords>${'<r><n v="1"/></r>'.repeat(40_000)}</pivotCacheRecords>`);
    const link = strToU8(`<externalLink>${'<cell r="A1"><v>1</v></cell>'.repeat(30_000)}</externalLink>`);
    const bytes = bookWith([freshEntry('xl/pivotCache/pivotCacheRecords1.xml', big), freshEntry('xl/externalLinks/externalLink1.xml', link)]);
    const { codec, sizes } = countingCodec();
    const grid = readWorkbook(bytes, { codec });
    expect(grid.sheets[0].rows[0]?.[0]).toEqual({ t: 'n', v: 42 });
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes).not.toContain(big.length);
    expect(sizes).not.toContain(link.length);
  });

  it('reads a workbook whose calc chain is damaged, since nothing there is needed', () => {
    const damaged: RawEntry = { name: 'xl/calcChain.xml', method: 8, crc: 0, compressed: new Uint8Array(64).fill(0xff), size: 5_000, time: 0, date: 0 };
    for (const opts of [{}, { codec: FFLATE_CODEC }]) {
      expect(readWorkbook(bookWith([damaged]), opts).sheets[0].rows[0]?.[0]).toEqual({ t: 'n', v: 42 });
    }
  });
});
