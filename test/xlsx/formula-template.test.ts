/**
 * A shared formula compiled once (FormulaTemplate) gives every child exactly
 * the text the one-pass shifter it replaced gave (kept in ./reference as the
 * oracle), and the reader gives filled-down children their own formulas.
 */
import { FormulaTemplate, shiftFormula } from '../../src/xlsx/formula-shift';
import { readSheetXml } from '../../src/xlsx/read-sheet';
import { readSharedStrings } from '../../src/xlsx/shared-strings';
import { readCellFormats } from '../../src/xlsx/styles';
import { shiftFormula as referenceShift } from './reference/formula-shift-v1';
import { DEFAULT_STYLES, NS, sheetXml } from './helpers';
import { prng } from '../../bench/prng';

/** Formulas as agency DPA and PK sheets hold them, and the forms the shifter must leave alone. */
const FORMULAS = [
  'SUM(D7:G7)',
  'C7-H7',
  'IF(C7=0,0,ROUND(H7/C7*100,2))',
  'IFERROR(E12/D12*100,0)',
  'SUM($D$2:D4)',
  '$A1+B$1',
  "'DPA 2021'!C3+Sheet1!A1",
  "'PK ''24'!$B$2*b3",
  'IF(A1="B2","LOG10",LOG10(A1))',
  'SUM(Tabel1[Pagu])+_xlfn.XLOOKUP(A1,B:B,C:C)',
  'SUM(2:3)*1.5',
  'SUM($2:3)+SUM(A:$C)',
  'a1+xfd1048576+XFE1',
  'SUBTOTAL(9,F8:F20)',
  'N7/M7*100%',
  'SUMIF(A:A,"5.*",C:C)',
  'R1C1+A1.5+E2+1E2',
  'AB12&CD34&"EF56"',
  '',
  '"',
  "'",
  '[unclosed',
  'Tabel1[[#This Row],[Pagu]]*2',
  'INDEX($C$7:$C$20006,MATCH(A7,$A$7:$A$20006,0))',
];

const SHIFTS: Array<[number, number]> = [
  [0, 0], [1, 0], [0, 1], [3, 2], [-1, 0], [0, -1], [-6, -3], [19999, 0], [1048575, 0], [0, 16383], [-1048576, -16384],
];

/** Random formulas from the pieces that matter to the tokenizer: refs, $, quotes, brackets, names, numbers. */
function randomFormulas(count: number): string[] {
  const pieces = ['A1', 'b2', '$C$3', 'D$4', '$e5', 'XFD1', 'AAA9', 'ZZZZ1', 'A0', 'A10000000', 'A:C', '$B:d', '1:3', '$2:$9', '"x1"', "'S 1'!", 'S1!', '[A1]', 'LOG10(', ')', ',', '+', '*', '.', '1.5', 'E2', '_x', '\\', ' ', ':', '!', '(', 'SUM(', '&', '"', "'", '['];
  // Seeded, so a failure names a reproducible case.
  const rand = prng(20241122);
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    let f = '';
    const len = rand.int(1, 8);
    for (let j = 0; j < len; j++) f += rand.pick(pieces);
    out.push(f);
  }
  return out;
}

describe('a compiled shared formula shifts as the one-pass shifter did', () => {
  it.each(FORMULAS)('%j at every shift', (formula) => {
    const template = FormulaTemplate.compile(formula);
    for (const [dr, dc] of SHIFTS) {
      const expected = referenceShift(formula, dr, dc);
      expect([dr, dc, template.shift(dr, dc)]).toEqual([dr, dc, expected]);
      expect([dr, dc, shiftFormula(formula, dr, dc)]).toEqual([dr, dc, expected]);
    }
  });

  it('on 5,000 generated formulas at every shift', () => {
    const mismatches: string[] = [];
    for (const formula of randomFormulas(5000)) {
      const template = FormulaTemplate.compile(formula);
      for (const [dr, dc] of SHIFTS) {
        const got = template.shift(dr, dc);
        const expected = referenceShift(formula, dr, dc);
        if (got !== expected) mismatches.push(`${JSON.stringify(formula)} (${dr},${dc}): ${got} ≠ ${expected}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('one template serves many shifts, and an unmoved child keeps the text as written', () => {
    const template = FormulaTemplate.compile('sum(d7:g7)');
    expect(template.shift(0, 0)).toBe('sum(d7:g7)');
    expect(template.shift(1, 0)).toBe('sum(D8:G8)');
    expect(template.shift(2, 0)).toBe('sum(D9:G9)');
    expect(template.shift(1, 0)).toBe('sum(D8:G8)');
  });
});

describe('the reader gives filled-down children their own formulas', () => {
  const ctx = () => ({ sharedStrings: readSharedStrings(`<sst xmlns="${NS}"/>`), formats: readCellFormats(`<styleSheet xmlns="${NS}">${DEFAULT_STYLES}</styleSheet>`), date1904: false });

  it('as Excel writes a column filled down from H7, and a child read before its master', () => {
    const rows = [7, 8, 9, 10]
      .map((r) => `<row r="${r}"><c r="H${r}">${r === 7 ? '<f t="shared" ref="H7:H10" si="0">SUM(D7:G7)</f>' : '<f t="shared" si="0"/>'}<v>${r}</v></c>${r === 8 ? '<c r="I8"><f t="shared" si="1"/><v>0</v></c>' : ''}${r === 9 ? '<c r="I9"><f t="shared" ref="I8:I9" si="1">IF(C9=0,0,H9/C9)</f><v>0</v></c>' : ''}</row>`)
      .join('');
    const body = readSheetXml(sheetXml(`<sheetData>${rows}</sheetData>`), ctx());
    expect([6, 7, 8, 9].map((r) => body.rows[r]?.[7]?.f)).toEqual(['SUM(D7:G7)', 'SUM(D8:G8)', 'SUM(D9:G9)', 'SUM(D10:G10)']);
    expect([body.rows[7]?.[8]?.f, body.rows[8]?.[8]?.f]).toEqual(['IF(C8=0,0,H8/C8)', 'IF(C9=0,0,H9/C9)']);
  });
});
