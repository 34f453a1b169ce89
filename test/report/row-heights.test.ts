import { estimateRowHeights } from '../../src/core/report/row-heights';
import { buildReports } from '../../src/core/report';
import { mojokertoModel } from './builders';

const LONG =
  'Jumlah anak jalanan yang menerima bantuan, jumlah anak yang mengikuti tetirah dan menerima bantuan alat sekolah, ' +
  'jumlah fakir miskin yang diberdayakan dan yang menerima bantuan';

describe('row heights for wrapped text', () => {
  it('grows a row whose wrapped indicator needs several lines, and leaves short rows at the default', () => {
    const rows = [
      [{ value: 'Nilai SAKIP', style: { wrap: true } }, { value: 80.34 }],
      [{ value: LONG, style: { wrap: true } }, { value: 12 }],
    ];
    const [short, long] = estimateRowHeights(rows, [], [40, 10]);
    expect(short).toBeUndefined();
    // 186 characters in a 40-wide column: five lines or so, far above 15 pt
    expect(long).toBeGreaterThanOrEqual(4 * 14);
    expect(long).toBeLessThanOrEqual(7 * 15);
  });

  it('measures a merged cell over its whole width and shares its height over the rows it spans', () => {
    const rows = [[{ value: LONG, style: { wrap: true } }, { value: null }], [{ value: null }, { value: null }]];
    const narrow = estimateRowHeights(rows, [], [20, 20])[0]!;
    const merged = estimateRowHeights(rows, [{ r0: 0, c0: 0, r1: 1, c1: 1 }], [20, 20]);
    expect(merged[0] ?? 15).toBeLessThan(narrow);
    expect(merged[1]).toBe(merged[0]);
  });

  it('gives every generated table heights for its long Mojokerto indicator rows', () => {
    const { tables } = buildReports(mojokertoModel(), { tahun: 2021, tables: ['pengukuran-kinerja'] });
    const t = tables[0];
    const r = t.rows.findIndex((row) => row.some((c) => c.value === 'Persentase korban bencana alam dan sosial yang mendapat perlindungan sosial'));
    expect(t.rowHeights?.[r]).toBeGreaterThan(15);
  });
});
