import { readNumberText } from '../../src/core/values';

describe('targets written as bounds', () => {
  it.each([
    ['≥ 82,50', '82.5', 'min'],
    ['>= 90 %', '90', 'min'],
    ['Min. 75', '75', 'min'],
    ['≤ 5', '5', 'max'],
    ['Maks. 2,5 %', '2.5', 'max'],
  ])('reads "%s" as %s with a %s bound', (text, value, bound) => {
    const p = readNumberText(text, { column: 'percent' });
    expect(p.kind).toBe('number');
    if (p.kind !== 'number') return;
    expect(p.value.toFixed()).toBe(value);
    expect(p.bound).toBe(bound);
  });

  it('does not take a word starting with "min" for a bound', () => {
    expect(readNumberText('Minggu 3', { column: 'measure' }).kind).not.toBe('number');
  });
});
