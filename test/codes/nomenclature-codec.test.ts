/**
 * The compact nomenclature table decodes back to the reference CSV, row for
 * row. The CSV lives in ../shared (present where the tests run); the product
 * never reads it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { decodeNomenclature } from '../../src/core/codes/nomenclature-codec';
import { NOMENCLATURE_CODES, NOMENCLATURE_NAMES, NOMENCLATURE_ROWS, NOMENCLATURE_WORDS } from '../../src/core/codes/nomenclature-data';

const build = require('../../scripts/build-nomenclature.js') as {
  parseCsv(text: string): string[][];
  cleanCode(raw: string): string;
  cleanName(raw: string): string;
  readReference(text: string): Array<{ code: string; level: string; pemda: string; name: string }>;
  encode(rows: Array<{ code: string; level: string; pemda: string; name: string }>): { words: string; codes: string; names: string };
};

const CSV = path.resolve(__dirname, '../../../shared/reference/nomenklatur-all.csv');
const csvText = fs.readFileSync(CSV, 'utf8');

describe('the compact nomenclature table', () => {
  const decoded = decodeNomenclature(NOMENCLATURE_WORDS, NOMENCLATURE_CODES, NOMENCLATURE_NAMES);

  it('decodes every row of nomenklatur-all.csv back: code, level, pemda and name, in order', () => {
    const [header, ...rows] = build.parseCsv(csvText);
    const col = (name: string) => header.indexOf(name);
    expect(rows).toHaveLength(6386);
    expect(decoded).toHaveLength(rows.length);
    expect(NOMENCLATURE_ROWS).toBe(rows.length);
    const mismatches = rows.filter((r, i) => {
      const d = decoded[i];
      return (
        d.code !== build.cleanCode(r[col('kode')]) ||
        d.level !== r[col('tingkat')].trim() ||
        d.pemda !== r[col('pemda')].trim() ||
        d.name !== build.cleanName(r[col('nomenklatur')])
      );
    });
    expect(mismatches).toEqual([]);
  });

  it('changes source names only by dropping footnote asterisks and doubled spaces', () => {
    const [header, ...rows] = build.parseCsv(csvText);
    const raw = rows.map((r) => r[header.indexOf('nomenklatur')]);
    const changed = raw.map((n, i) => [n, decoded[i].name]).filter(([n, d]) => n !== d);
    for (const [n, d] of changed) expect(n.replace(/\*+\)?/g, '').replace(/\s+/g, ' ').trim()).toBe(d);
    // 133 of 6,386 source names carry an asterisk footnote or stray spaces.
    expect(changed).toHaveLength(133);
  });

  it('is what the build script makes of the CSV today (the generated module is up to date)', () => {
    const encoded = build.encode(build.readReference(csvText));
    expect(encoded.words).toBe(NOMENCLATURE_WORDS);
    expect(encoded.codes).toBe(NOMENCLATURE_CODES);
    expect(encoded.names).toBe(NOMENCLATURE_NAMES);
  });

  it('writes a run of sub kegiatan numbered 0001, 0002, … without their codes', () => {
    const i = decoded.findIndex((r) => r.code === 'X.XX.01.2.01');
    expect(decoded.slice(i + 1, i + 4).map((r) => [r.code, r.name])).toEqual([
      ['X.XX.01.2.01.0001', 'Penyusunan Dokumen Perencanaan Perangkat Daerah'],
      ['X.XX.01.2.01.0002', 'Koordinasi dan Penyusunan Dokumen RKA-SKPD'],
      ['X.XX.01.2.01.0003', 'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD'],
    ]);
    expect(NOMENCLATURE_CODES.split('\n')[i + 1]).toBe('sk');
  });

  it('refuses damaged data instead of returning wrong names', () => {
    expect(() => decodeNomenclature('dan Daerah', '1ub', '~')).toThrow(/bad word number/);
    expect(() => decodeNomenclature('dan', '1ub\n1.01bb', '!')).toThrow(/fewer names/);
    expect(() => decodeNomenclature('dan', '1zz', '!')).toThrow(/bad line/);
  });
});
