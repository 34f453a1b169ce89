import Decimal from 'decimal.js';
import { formatId, round2 } from '../../src/core/values';

describe('round2 rounds like Excel ROUND(x; 2)', () => {
  it('rounds the Mojokerto capaian 84.915.000 / 108.000.000 = 78,625 % up to 78,63', () => {
    const capaian = new Decimal(84915000).div(108000000).times(100);
    expect(capaian.toString()).toBe('78.625');
    expect(round2(capaian).toString()).toBe('78.63');
  });

  it('rounds halves away from zero, also for negatives, without binary noise', () => {
    expect(round2(new Decimal('1.005')).toString()).toBe('1.01');
    expect(round2(new Decimal('-1.005')).toString()).toBe('-1.01');
    expect(round2(new Decimal('2.344')).toString()).toBe('2.34');
    expect(round2(new Decimal('63.4567')).toString()).toBe('63.46');
  });
});

describe('formatId prints Indonesian numbers', () => {
  it('groups thousands with dots and prints integers without decimals', () => {
    expect(formatId(new Decimal('8054019520'))).toBe('8.054.019.520');
    expect(formatId(new Decimal('0'))).toBe('0');
    expect(formatId(new Decimal('-1500000'))).toBe('-1.500.000');
    expect(formatId(new Decimal('999'))).toBe('999');
  });

  it('uses a decimal comma, with the decimals asked for rounded half up', () => {
    expect(formatId(new Decimal('78.625'), 2)).toBe('78,63');
    expect(formatId(new Decimal('100'), 2)).toBe('100,00');
    expect(formatId(new Decimal('1234567.891'), 2)).toBe('1.234.567,89');
    expect(formatId(new Decimal('85.44'))).toBe('85,44');
    expect(formatId(new Decimal('-0.001'), 2)).toBe('0,00');
  });
});
