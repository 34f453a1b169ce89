import { shiftFormula } from '../../src/xlsx/formula-shift';
import { isDateFormat, builtinId } from '../../src/xlsx/numfmt';
import { isoToSerial } from '../../src/xlsx/dates';
import { crc32 } from '../../src/xlsx/zip-raw';
import { decodeText, encodeXstring } from '../../src/xlsx/xml';
import { uniqueSheetName } from '../../src/xlsx';
import { strToU8 } from 'fflate';

describe('shared-formula text moved to a child cell', () => {
  it('moves relative references and keeps absolute parts', () => {
    expect(shiftFormula('ROUND(E2/D2*100,2)', 3, 0)).toBe('ROUND(E5/D5*100,2)');
    expect(shiftFormula('SUM($D$2:D4)', 1, 1)).toBe('SUM($D$2:E5)');
    expect(shiftFormula('$A1+B$1', 2, 2)).toBe('$A3+D$1');
  });

  it('leaves strings, quoted sheet names, functions and names alone', () => {
    expect(shiftFormula('IF(A1="B2","LOG10",LOG10(A1))', 1, 0)).toBe('IF(A2="B2","LOG10",LOG10(A2))');
    expect(shiftFormula("'DPA 2021'!C3+Sheet1!A1", 1, 0)).toBe("'DPA 2021'!C4+Sheet1!A2");
    expect(shiftFormula('SUM(Tabel1[Pagu])+_xlfn.XLOOKUP(A1,B:B,C:C)', 0, 1)).toBe('SUM(Tabel1[Pagu])+_xlfn.XLOOKUP(B1,C:C,D:D)');
    expect(shiftFormula('SUM(2:3)*1.5', 2, 0)).toBe('SUM(4:5)*1.5');
  });

  it('turns a reference moved off the sheet into #REF!', () => {
    expect(shiftFormula('A1', -1, 0)).toBe('#REF!');
  });
});

describe('number formats', () => {
  it('recognises date and time formats, including locale-tagged Indonesian dates', () => {
    for (const f of ['m/d/yyyy', 'dd-mm-yyyy', '[$-421]dd mmmm yyyy', 'h:mm', '[h]:mm:ss', 'd mmm yy;@']) expect([f, isDateFormat(f)]).toEqual([f, true]);
  });

  it('does not take number formats for dates', () => {
    for (const f of ['General', '#,##0', '0.00%', '"Rp"\\ #,##0', '[Red]0.00', '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', '@', '0.00 "hari"'])
      expect([f, isDateFormat(f)]).toEqual([f, false]);
  });

  it('maps report formats to built-in ids', () => {
    expect([builtinId('#,##0'), builtinId('0.00'), builtinId('#,##0.00'), builtinId('@'), builtinId('#,##0.000')]).toEqual([3, 2, 4, 49, undefined]);
  });
});

describe('ISO dates (t="d") to serials', () => {
  it('counts like Excel, including its 29 Feb 1900', () => {
    expect(isoToSerial('2021-12-31')).toBe(44561);
    expect(isoToSerial('1900-01-01')).toBe(1);
    expect(isoToSerial('1900-03-01')).toBe(61);
    expect(isoToSerial('2021-12-31T12:00:00Z')).toBe(44561.5);
  });

  it('refuses what is not a date Excel could hold', () => {
    expect(isoToSerial('2021-02-30')).toBeUndefined();
    expect(isoToSerial('1899-12-31')).toBeUndefined();
    expect(isoToSerial('31/12/2021')).toBeUndefined();
  });
});

describe('text escapes', () => {
  it('round-trips control characters, CR and literal _xHHHH_ through ST_Xstring', () => {
    const s = 'Baris\r\nkedua\u0001 kode_x0041_ & <b>';
    expect(decodeText(encodeXstring(s)).replace(/\r\n/g, '\n')).toBe(s.replace(/\r\n/g, '\n'));
    expect(encodeXstring('a\rb')).toBe('a_x000D_b');
  });
});

describe('zip CRC-32', () => {
  it('matches the standard check value', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  });
});

describe('sheet names for reports', () => {
  it('replaces characters Excel forbids and keeps 31 characters', () => {
    expect(uniqueSheetName('Realisasi s.d. TW IV [2021]: Rp/%', [])).toBe('Realisasi s.d. TW IV -2021-- Rp');
    expect(uniqueSheetName('PK', ['pk', 'PK (2)'])).toBe('PK (3)');
  });
});
