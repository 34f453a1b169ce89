import { SheetBuilder } from '../../src/core/report/layout';
import { hasMerge } from './inspect';

describe('report sheet layout', () => {
  function sample() {
    const b = new SheetBuilder([5, 40, 14, 14, 12]);
    b.title(['Tabel 3.1.2 Perbandingan Realisasi Kinerja', 'Dinas Sosial Kabupaten Mojokerto', 'Tahun 2021']);
    b.header([{ label: 'No' }, { label: 'Indikator Kinerja' }, { label: 'Realisasi', children: ['2020', '2021'] }, { label: 'Capaian' }]);
    const r0 = b.row([{ value: 1 }, { value: 'Persentase PMKS penerima manfaat Program Pemberdayaan Sosial' }, { value: 21 }, { value: 6 }]);
    const r1 = b.row([{ value: null }, { value: 'Persentase PMKS penerima manfaat kesejahteraan sosial' }, { value: 12 }, { value: 12 }]);
    b.mergeDown(0, r0, r1);
    b.notes(['Sumber: lembar PK "PK 2021".']);
    return b.finish('perbandingan-tahun-lalu', 'T3 Perbandingan Tahun Lalu');
  }

  it('merges each title line across the table width, bold and centred, then leaves a blank row', () => {
    const t = sample();
    for (const r of [0, 1, 2]) {
      expect(hasMerge(t, r, 0, r, 4)).toBe(true);
      expect(t.rows[r][0].style).toMatchObject({ bold: true, horizontal: 'center' });
    }
    expect(t.rows[0][0].value).toBe('Tabel 3.1.2 Perbandingan Realisasi Kinerja');
    expect(t.rows[3].every((c) => c.value === null)).toBe(true);
  });

  it('puts a merged group header over its sub-headers and merges plain headers down both header rows', () => {
    const t = sample();
    expect(t.rows[4].map((c) => c.value)).toEqual(['No', 'Indikator Kinerja', 'Realisasi', null, 'Capaian']);
    expect(t.rows[5].map((c) => c.value)).toEqual([null, null, '2020', '2021', null]);
    expect(hasMerge(t, 4, 2, 4, 3)).toBe(true);
    expect(hasMerge(t, 4, 0, 5, 0)).toBe(true);
    expect(hasMerge(t, 4, 4, 5, 4)).toBe(true);
    expect(t.rows[4][2].style).toMatchObject({ bold: true, horizontal: 'center', wrap: true, fill: 'header', border: true });
  });

  it('numbers every leaf column under the header on a numbering row', () => {
    const t = sample();
    expect(t.rows[6].map((c) => c.value)).toEqual(['(1)', '(2)', '(3)', '(4)', '(5)']);
    expect(t.rows[6][0].style).toMatchObject({ fill: 'numbering', horizontal: 'center' });
  });

  it('borders every data cell, empty ones included, and merges a spanning cell down', () => {
    const t = sample();
    for (const r of [7, 8]) expect(t.rows[r].every((c) => c.style?.border === true)).toBe(true);
    expect(hasMerge(t, 7, 0, 8, 0)).toBe(true);
    expect(t.rows[8][0].value).toBeNull();
  });

  it('freezes above the first data row, repeats the header rows on every page, prints A4 landscape fit to width', () => {
    const t = sample();
    expect(t.freezeRows).toBe(7);
    expect(t.printTitleRows).toEqual([4, 6]);
    expect(t.print).toEqual({ orientation: 'landscape', paper: 'A4', fitToWidth: true });
    expect(t.colWidths).toEqual([5, 40, 14, 14, 12]);
  });

  it('writes notes under a "Catatan:" line, each merged across the width and wrapped', () => {
    const t = sample();
    const at = t.rows.findIndex((r) => r[0].value === 'Catatan:');
    expect(t.rows[at + 1][0]).toMatchObject({ value: 'Sumber: lembar PK "PK 2021".', style: { wrap: true } });
    expect(hasMerge(t, at + 1, 0, at + 1, 4)).toBe(true);
  });

  it('gives every row the full table width', () => {
    const t = sample();
    expect(t.rows.every((r) => r.length === 5)).toBe(true);
  });

  it('refuses a header that does not cover the table width', () => {
    const b = new SheetBuilder([5, 40]);
    expect(() => b.header([{ label: 'No' }])).toThrow();
  });
});
