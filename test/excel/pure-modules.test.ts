import { cellFromExcel, excelWouldCoerce, isDateFormat, restoreInput, sameContent, valueInput } from '../../src/excel/cells';
import { blockMatrix, packBySize, planBlocks } from '../../src/excel/write-plan';
import { hiddenIndexes, parseAddress, parseAreas, planReadBlocks, quoteSheet, type SheetMeta } from '../../src/excel/read';
import { readMarkers, sheetOfFormula, uniqueSheetName } from '../../src/excel/markers';
import { charsToPoints, planReportSheet, styleRects } from '../../src/excel/report-writer';
import { efisiensiTable } from './workbooks';

describe('cells: Office.js arrays ↔ grid cells', () => {
  it('reads a Rupiah number with its en-US format code', () => {
    expect(cellFromExcel(8054019520, 8054019520, '#,##0', 'Double')).toEqual({ t: 'n', v: 8054019520, z: '#,##0' });
  });
  it('reads a formula with its cached value and drops the "="', () => {
    expect(cellFromExcel(13174839520, '=SUM(I7:I47)', 'General', 'Double')).toEqual({ t: 'n', v: 13174839520, f: 'SUM(I7:I47)' });
  });
  it('reads an error value as an error cell, a date format as a date', () => {
    expect(cellFromExcel('#DIV/0!', '=F12/E12', 'General', 'Error')).toEqual({ t: 'e', v: '#DIV/0!', f: 'F12/E12' });
    expect(cellFromExcel(44561, 44561, 'dd/mm/yyyy', 'Double')).toEqual({ t: 'd', v: 44561, z: 'dd/mm/yyyy' });
    expect(isDateFormat('0.00')).toBe(false);
    expect(isDateFormat('[$-421]dd mmmm yyyy')).toBe(true);
    expect(isDateFormat('"Rp"#,##0')).toBe(false);
  });
  it('treats an empty cell without formula as no cell', () => {
    expect(cellFromExcel('', '', 'General', 'Empty')).toBeUndefined();
  });
  it('compares content, not format, to notice a user change', () => {
    expect(sameContent({ t: 'n', v: 78.63 }, { t: 'n', v: 78.63, z: '0.00' })).toBe(true);
    expect(sameContent(undefined, { t: 's', v: '' })).toBe(true);
    expect(sameContent({ t: 'n', v: 78.63 }, { t: 'n', v: 78.625 })).toBe(false);
    expect(sameContent({ t: 'n', v: 1, f: 'A1' }, { t: 'n', v: 1 })).toBe(false);
  });
  it('protects text Excel would convert with a leading apostrophe, numbers stay numbers', () => {
    expect(valueInput(78.63)).toBe(78.63);
    expect(valueInput('85,44 %')).toBe("'85,44 %");
    expect(valueInput('1.06')).toBe("'1.06");
    expect(valueInput('=1+1')).toBe("'=1+1");
    expect(valueInput('-')).toBe('-');
    expect(valueInput('Sangat Tinggi')).toBe('Sangat Tinggi');
    expect(valueInput('0012', '@')).toBe('0012');
    expect(excelWouldCoerce('Refocusing')).toBe(false);
    expect(excelWouldCoerce('12/2021')).toBe(true);
  });
  it('restores formulas with "=", an empty cell with ""', () => {
    expect(restoreInput({ t: 'n', v: 5, f: 'SUM(A1:A2)' }, 'General')).toBe('=SUM(A1:A2)');
    expect(restoreInput(undefined, '0.00')).toBe('');
    expect(restoreInput({ t: 's', v: '1.485' }, 'General')).toBe("'1.485");
  });
});

describe('write plan: few rectangular blocks with null holes', () => {
  const at = (row: number, col: number) => ({ sheet: 'DPA', row, col });

  it('covers nearby cells with one rectangle and leaves the others null', () => {
    const blocks = planBlocks([at(6, 7), at(6, 10), at(7, 7), at(9, 10)]);
    expect(blocks).toHaveLength(1);
    expect(blocks[0]).toMatchObject({ r0: 6, c0: 7, rowCount: 4, colCount: 4 });
    expect(blockMatrix(blocks[0], (i) => `${i.row}:${i.col}`)).toEqual([
      ['6:7', null, null, '6:10'],
      ['7:7', null, null, null],
      [null, null, null, null],
      [null, null, null, '9:10'],
    ]);
  });

  it('starts a new block across a large row or column gap instead of sending empty cells', () => {
    expect(planBlocks([at(6, 7), at(500, 7)])).toHaveLength(2);
    expect(planBlocks([at(6, 1), at(6, 40)])).toHaveLength(2);
  });

  it('cuts a long run so no block exceeds its cell limit', () => {
    const items = Array.from({ length: 1000 }, (_, r) => at(r, 0));
    const blocks = planBlocks(items, { maxCells: 300 });
    expect(blocks.map((b) => b.rowCount)).toEqual([300, 300, 300, 100]);
  });

  it('packs items into groups under a byte budget', () => {
    expect(packBySize([3, 3, 3, 5, 1], (n) => n, 6)).toEqual([[3, 3], [3], [5, 1]]);
  });
});

describe('read plan and addresses', () => {
  const meta = (rows: number, cols: number): SheetMeta => ({
    name: 'S',
    state: 'visible',
    protected: false,
    used: { rowIndex: 0, columnIndex: 0, rowCount: rows, columnCount: cols, rowHidden: false, columnHidden: false },
  });

  it('puts every sheet of a small workbook in one sync, whatever the sheet count', () => {
    expect(planReadBlocks(Array.from({ length: 40 }, () => meta(50, 12)), 5_000_000)).toHaveLength(1);
  });

  it('reads more than 5 million cells in row blocks of at most 5 million', () => {
    const syncs = planReadBlocks([meta(1_000_000, 12)], 5_000_000);
    expect(syncs).toHaveLength(3);
    expect(syncs.flat().every((b) => b.rowCount * b.colCount <= 5_000_000)).toBe(true);
    expect(syncs.flat().reduce((n, b) => n + b.rowCount, 0)).toBe(1_000_000);
  });

  it('parses range and RangeAreas addresses, quoted sheet names included', () => {
    expect(parseAddress("'PK 2021'!$A$1:$I$1")).toEqual({ sheet: 'PK 2021', range: { r0: 0, c0: 0, r1: 0, c1: 8 } });
    expect(parseAreas("'It''s'!A1:A4,'It''s'!B7:L7")).toEqual([
      { r0: 0, c0: 0, r1: 3, c1: 0 },
      { r0: 6, c0: 1, r1: 6, c1: 11 },
    ]);
    expect(quoteSheet('DPA')).toBe('DPA');
    expect(quoteSheet("Catatan 'Keuangan'")).toBe("'Catatan ''Keuangan'''");
  });

  it('knows hidden rows from the aggregate flag, asking per row only for a mix', () => {
    expect(hiddenIndexes(4, 3, true, undefined)).toEqual(new Set([4, 5, 6]));
    expect(hiddenIndexes(4, 3, false, undefined)).toEqual(new Set());
    expect(hiddenIndexes(4, 3, null, [{ index: 5, hidden: true }, { index: 6, hidden: false }])).toEqual(new Set([5]));
  });
});

describe('generated-sheet markers', () => {
  it('finds the sheet a marker points at, even renamed or quoted', () => {
    expect(sheetOfFormula("='Tabel 3.2.1'!$A$1")).toBe('Tabel 3.2.1');
    expect(sheetOfFormula('=#REF!$A$1')).toBeUndefined();
    const m = readMarkers(
      [
        { name: '_LAKIP_GEN_1', formula: "='Tabel Efisiensi'!$A$1" },
        { name: '_LAKIP_BAK_2', formula: "='LAKIP cadangan 2'!$A$1" },
        { name: '_LAKIP_GEN_3', formula: '=#REF!$A$1' },
        { name: 'Pagu', formula: "='PK 2021'!$C$16" },
      ],
      new Set(['Tabel Efisiensi', 'LAKIP cadangan 2', 'PK 2021']),
    );
    expect([...m.generated]).toEqual([['Tabel Efisiensi', '_LAKIP_GEN_1']]);
    expect([...m.backups]).toEqual([['LAKIP cadangan 2', '_LAKIP_BAK_2']]);
    expect(m.stale).toEqual(['_LAKIP_GEN_3']);
    expect(m.maxNumber).toBe(3);
  });

  it('never takes a user sheet name and keeps names within 31 characters', () => {
    expect(uniqueSheetName('Tabel Efisiensi', new Set(['tabel efisiensi']))).toBe('Tabel Efisiensi (2)');
    const long = 'Pengukuran Pencapaian Sasaran 2021';
    const name = uniqueSheetName(long, new Set([long.slice(0, 31)]));
    expect(name).toBe('Pengukuran Pencapaian Sasar (2)');
    expect(name.length).toBeLessThanOrEqual(31);
  });
});

describe('report sheet plan', () => {
  it('writes numbers as numbers with the report formats, and print settings for A4 landscape one page wide', () => {
    const plan = planReportSheet(efisiensiTable());
    expect(plan.values[3][6]).toBe(2300170000);
    expect(plan.formats[3][6]).toBe('#,##0');
    expect(plan.formats[3][8]).toBe('0.00');
    expect(plan.printTitleRows).toBe('$2:$3');
    expect(plan.orientation).toBe('Landscape');
    expect(charsToPoints(9)).toBe(51);
  });

  it('groups equally styled cells into rectangles', () => {
    const rects = styleRects(efisiensiTable());
    const header = rects.find((r) => r.style.fill === 'header');
    expect(header?.range).toEqual({ r0: 1, c0: 0, r1: 2, c1: 8 });
    expect(rects.length).toBeLessThanOrEqual(5);
  });
});
