import { formatCell, formatEditValue, formatFigure, writtenVersusExpected } from '../../src/taskpane/format';
import { userMessage } from '../../src/taskpane/errors';
import { HostError } from '../../src/host/types';

describe('figures on screen', () => {
  it('writes the engine\'s plain decimals the Indonesian way without rounding them away', () => {
    expect(formatFigure('8054019520')).toBe('8.054.019.520');
    expect(formatFigure('78.63')).toBe('78,63');
    expect(formatFigure('78.625')).toBe('78,625');
    expect(formatFigure('1.06.01')).toBe('1.06.01');
  });

  it('says "tertulis …, seharusnya …" with only the halves a finding has', () => {
    expect(writtenVersusExpected({ actual: '90', expected: '92.09' })).toBe('tertulis 90, seharusnya 92,09');
    expect(writtenVersusExpected({ expected: '23085000' })).toBe('seharusnya 23.085.000');
    expect(writtenVersusExpected({ actual: '90' })).toBe('tertulis 90');
    expect(writtenVersusExpected({ actual: 'Program Rehabilitasi Sosial' })).toBeUndefined();
    expect(writtenVersusExpected({ actual: 'Penyediaan BBM Kepala Dinas Pertanian', expected: 'Penyediaan Jasa Surat Menyurat' })).toBe(
      'tertulis Penyediaan BBM Kepala Dinas Pertanian, seharusnya Penyediaan Jasa Surat Menyurat',
    );
    expect(writtenVersusExpected({})).toBeUndefined();
  });

  it('shows cells as the user knows them', () => {
    expect(formatCell(undefined)).toBe('(kosong)');
    expect(formatCell({ t: 'n', v: 84915000 })).toBe('84.915.000');
    expect(formatCell({ t: 'n', v: 0.1 + 0.2 })).toBe('0,3');
    expect(formatCell({ t: 'n', v: 78.625, f: 'D3/C3*100' })).toBe('78,625 (rumus)');
    expect(formatCell({ t: 's', v: 'NA' })).toBe('NA');
    expect(formatCell({ t: 'e', v: '#DIV/0!' })).toBe('#DIV/0!');
    expect(formatCell({ t: 'd', v: 44561 })).toBe('31/12/2021');
    expect(formatEditValue(78.63)).toBe('78,63');
    expect(formatEditValue('-')).toBe('-');
  });

  it('passes host and xlsx messages through and wraps anything else in an Indonesian sentence', () => {
    expect(userMessage(new HostError('Lembar "DPA" dilindungi.', 'protected'))).toBe('Lembar "DPA" dilindungi.');
    const xlsx = Object.assign(new Error('File ini bukan file Excel .xlsx.'), { name: 'XlsxError' });
    expect(userMessage(xlsx)).toBe('File ini bukan file Excel .xlsx.');
    expect(userMessage(new TypeError('x is undefined'))).toMatch(/^Terjadi kesalahan yang tidak terduga\. .*x is undefined$/);
  });
});
