import fc from 'fast-check';
import { estimateRowHeights, linesFor } from '../../src/core/report/row-heights';
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

/** The word wrap as first written: the lines split on "\n", each into words with split(/\s+/). */
function linesBySplit(text: string, widthUnits: number, bold: boolean): number {
  const perLine = Math.max(1, Math.floor((widthUnits - 1) * 1.15 * (bold ? 0.9 : 1)));
  if (text.length <= perLine && !text.includes('\n')) return 1;
  let lines = 0;
  for (const part of text.split('\n')) {
    let line = 0;
    let count = 1;
    for (const word of part.split(/\s+/)) {
      const w = word.length;
      if (line === 0) line = w;
      else if (line + 1 + w <= perLine) line += 1 + w;
      else {
        count++;
        line = w;
      }
      while (line > perLine) {
        count++;
        line -= perLine;
      }
    }
    lines += count;
  }
  return lines;
}

describe('counting the lines of a wrapped text in one scan', () => {
  it('treats exactly the characters \\s matches as spaces', () => {
    const differ: number[] = [];
    for (let ch = 0; ch < 0x10000; ch++) {
      const s = String.fromCharCode(ch);
      const text = `ab${s}cd${s}${s}ef`;
      if (linesFor(text, 3, false) !== linesBySplit(text, 3, false)) differ.push(ch);
    }
    expect(differ).toEqual([]);
  });

  it('gives the lines the split words give, for any text, width and weight', () => {
    const piece = fc.constantFrom('a', 'kata', 'Perencanaan,', 'x'.repeat(40), ' ', '  ', '\n', '\t', '\u00a0', '\r\n', '\u3000', '-', '');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.double({ min: 1, max: 80, noNaN: true }), fc.boolean(), (text, width, bold) => {
        expect(linesFor(text, width, bold)).toBe(linesBySplit(text, width, bold));
      }),
      { numRuns: 3000, seed: 20240115 },
    );
    expect(linesFor(LONG, 40, false)).toBe(linesBySplit(LONG, 40, false));
  });
});
