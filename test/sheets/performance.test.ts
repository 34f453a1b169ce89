import { analyse } from './helpers';
import { sheet, workbook } from '../fixtures/grid-builder';

describe('sheet recognition performance', () => {
  // About a second on an idle machine; the bound leaves room for a loaded CI runner,
  // and still fails on anything quadratic (per-row rescans would take minutes).
  it('detects and builds a 100,000-row DPA in seconds, not minutes', () => {
    const rows: unknown[][] = [['MONITORING REALISASI DPA TAHUN 2024'], [], ['Kode', 'Uraian', 'Pagu', 'Realisasi', 'Sisa', '%']];
    let n = 0;
    for (let p = 1; rows.length < 100_003; p++) {
      const prog = `1.06.${String(p % 100).padStart(2, '0')}`;
      rows.push([prog, `Program ${p}`, 1000000, 900000, 100000, 90]);
      for (let k = 1; k <= 9; k++) {
        const keg = `${prog}.2.${String(k).padStart(2, '0')}`;
        rows.push([keg, `Kegiatan ${p}.${k}`, 1000000, 900000, 100000, 90]);
        for (let s = 1; s <= 10; s++) rows.push([`${keg}.${String(s).padStart(4, '0')}`, `Sub kegiatan ${++n}`, 100000, 90000, 10000, 90]);
      }
    }
    const wb = workbook(sheet({ name: 'DPA', rows: rows as never }));
    const start = Date.now();
    const { model } = analyse(wb);
    const ms = Date.now() - start;
    expect(model.dpa[0].rows.length).toBe(rows.length - 3);
    expect(ms).toBeLessThan(20000);
  });
});
