import { isSpaceCode } from '../../src/core/chars';

describe('isSpaceCode', () => {
  it('answers for every UTF-16 code unit exactly as /\\s/ does', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isSpaceCode(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
