import { MergeIndex } from '../../src/sheets/merges';

describe('MergeIndex: the merged range covering a cell', () => {
  const header = { r0: 3, c0: 3, r1: 3, c1: 7 };
  const group = { r0: 10, c0: 0, r1: 12, c1: 0 };
  const index = new MergeIndex([header, group]);

  it('finds the merge of its anchor and of every cell it covers', () => {
    expect(index.at(3, 3)).toBe(header);
    expect(index.at(3, 7)).toBe(header);
    expect(index.at(11, 0)).toBe(group);
    expect(index.at(12, 0)).toBe(group);
  });

  it('finds none beside, above, between and below the merges', () => {
    expect(index.at(3, 8)).toBeUndefined();
    expect(index.at(2, 3)).toBeUndefined();
    expect(index.at(5, 0)).toBeUndefined();
    expect(index.at(13, 0)).toBeUndefined();
    expect(index.at(100000, 3)).toBeUndefined();
  });

  it('finds a merge too large to index cell by cell by its rectangle', () => {
    const huge = { r0: 0, c0: 0, r1: 999, c1: 299 };
    const big = new MergeIndex([huge]);
    expect(big.at(999, 299)).toBe(huge);
    expect(big.at(1000, 0)).toBeUndefined();
  });

  it('finds nothing in a sheet without merges', () => {
    const none = new MergeIndex([]);
    expect(none.empty).toBe(true);
    expect(none.at(0, 0)).toBeUndefined();
  });
});
