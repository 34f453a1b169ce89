import { a1, columnIndex, columnLetters, parseA1 } from '../../src/grid/address';

describe('A1 addressing', () => {
  it('names columns past Z the way Excel does', () => {
    expect(columnLetters(0)).toBe('A');
    expect(columnLetters(25)).toBe('Z');
    expect(columnLetters(26)).toBe('AA');
    expect(columnLetters(16383)).toBe('XFD');
  });

  it('round-trips row/column pairs through A1 text', () => {
    for (const [r, c] of [[0, 0], [11, 1], [1048575, 16383], [99, 701]]) {
      expect(parseA1(a1(r, c))).toEqual({ row: r, col: c });
    }
    expect(columnIndex('AB')).toBe(27);
  });

  it('rejects text that is not a reference', () => {
    expect(parseA1('Jumlah')).toBeUndefined();
    expect(parseA1('B')).toBeUndefined();
  });
});
