import Decimal from 'decimal.js';
import { capaian, measure, money, percent } from '../../src/core/report/cells';
import { value } from './builders';

describe('report cells', () => {
  it('rounds a percentage half up to 2 decimals, as Excel ROUND: 78,625 → 78,63', () => {
    expect(percent(new Decimal('78.625'))).toMatchObject({ value: 78.63, style: { format: 'percent' } });
  });

  it('writes an amount as a number in rupiah format', () => {
    expect(money(new Decimal('13174839520'))).toMatchObject({ value: 13174839520, style: { format: 'rupiah' } });
  });

  it('shows "-" for a capaian that cannot be computed', () => {
    expect(capaian({ ok: false, code: 'target-zero', reason: 'target nol' }).value).toBe('-');
  });

  it('keeps a value not read with certainty as written, never a guess', () => {
    const ambiguous = { ...value('PK', 1, 4, 12), cell: { t: 's' as const, v: '1.485' }, parsed: { kind: 'ambiguous' as const, text: '1.485', readings: [new Decimal('1.485'), new Decimal(1485)] } };
    expect(measure(ambiguous).value).toBe('1.485');
    expect(measure(value('PK', 1, 4, '?848.146..988,00')).value).toBe('848.146..988,00');
    expect(measure(value('PK', 1, 4, 'NA')).value).toBe('NA');
  });

  it('keeps a number read from text as a number', () => {
    expect(measure(value('PK', 1, 5, '80,34'))).toMatchObject({ value: 80.34 });
  });

  it('keeps text that starts with "=" as a string', () => {
    expect(measure(value('PK', 1, 5, '=A1')).value).toBe('=A1');
  });
});
