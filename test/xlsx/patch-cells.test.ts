import { XMLValidator } from 'fast-xml-parser';
import { patchSheetXml } from '../../src/xlsx/patch-cells';
import type { CellEdit } from '../../src/core/fill/types';
import { patchWorkbook, readWorkbook, XlsxError } from '../../src/xlsx';
import { readRawEntries } from '../../src/xlsx/zip-raw';
import { bookParts, row, unzipRaw, unzipText, zipParts, type BookSpec } from './helpers';

const CHART = '<?xml version="1.0"?><c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart/></c:chartSpace>';
const PRINTER = new Uint8Array([0, 1, 2, 3, 250, 251, 252, 253]);
const CALC_CHAIN = '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="F2" i="1"/><c r="F3"/><c r="B1" i="2"/></calcChain>';

/** DPA rows from the Mojokerto LAKIP 2021 (Tabel 3.2.1): pagu, realisasi, capaian formula. */
const DPA_BODY =
  '<sheetPr><tabColor rgb="FF00B050"/></sheetPr><dimension ref="A1:F4"/>' +
  '<sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="15"/>' +
  '<cols><col min="1" max="1" width="40" customWidth="1"/><col min="7" max="7" width="12" style="3" customWidth="1"/></cols>' +
  '<sheetData>' +
  row(1, '<c r="A1" t="s"><v>0</v></c><c r="D1" t="s"><v>1</v></c><c r="E1" t="s"><v>2</v></c><c r="F1" t="s"><v>3</v></c>', ' spans="1:6"') +
  row(2, '<c r="A2" t="s"><v>4</v></c><c r="D2" s="2"><v>2300170000</v></c><c r="E2" s="2"><v>1965327337</v></c><c r="F2" s="4"><f t="shared" ref="F2:F3" si="0">ROUND(E2/D2*100,2)</f><v>85.44</v></c>') +
  row(3, '<c r="A3" t="s"><v>5</v></c><c r="D3" s="2"><v>1370650000</v></c><c r="E3" s="2"><v>1083945988</v></c><c r="F3" s="4"><f t="shared" si="0"/><v>79.08</v></c>') +
  row(5, '<c r="A5" t="s"><v>6</v></c><c r="D5" s="2"><v>125000000</v></c><c r="F5" s="1"/>') +
  '</sheetData>' +
  '<conditionalFormatting sqref="F2:F5"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>50</formula></cfRule></conditionalFormatting>' +
  '<dataValidations count="1"><dataValidation type="decimal" sqref="E2:E5"><formula1>0</formula1></dataValidation></dataValidations>' +
  '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
  '<pageSetup paperSize="9" orientation="landscape" r:id="rId1"/><drawing r:id="rId2"/><legacyDrawing r:id="rId3"/>';

const SPEC: BookSpec = {
  sharedStrings: [
    'Uraian',
    'Pagu',
    'Realisasi',
    'Capaian (%)',
    'Program Pemberdayaan Sosial',
    'Program Rehabilitasi Sosial',
    'Program Penanganan Bencana',
  ],
  sheets: [
    { name: 'DPA', body: DPA_BODY },
    { name: 'PK', body: '<sheetData>' + row(1, '<c r="A1" t="inlineStr"><is><t>Nilai SAKIP Perangkat Daerah</t></is></c><c r="B1"><f>1+1</f><v>2</v></c>') + '</sheetData>' },
    { name: 'Terkunci', body: '<sheetData/><sheetProtection sheet="1" objects="1"/>' },
  ],
  workbookTail: '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">DPA!$A$1:$F$5</definedName></definedNames><calcPr calcId="191029"/>',
  extraRels: '<Relationship Id="rId90" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/>',
  extraOverrides: '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/>',
  extra: {
    'xl/calcChain.xml': CALC_CHAIN,
    'xl/charts/chart1.xml': CHART,
    'xl/drawings/drawing1.xml': '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
    'xl/drawings/vmlDrawing1.vml': '<xml xmlns:v="urn:schemas-microsoft-com:vml"><v:shape/></xml>',
    'xl/comments1.xml': '<comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><authors><author>Subbag</author></authors><commentList/></comments>',
    'xl/printerSettings/printerSettings1.bin': PRINTER,
    'xl/worksheets/_rels/sheet1.xml.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/printerSettings" Target="../printerSettings/printerSettings1.bin"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/vmlDrawing" Target="../drawings/vmlDrawing1.vml"/></Relationships>',
    'customXml/item1.xml': '<root>x</root>',
    'docProps/core.xml': '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties"/>',
  },
};

function edit(sheet: string, rowIdx: number, col: number, value: number | string, format?: string): CellEdit {
  return { sheet, row: rowIdx, col, value, format, kind: 'capaian', old: undefined };
}

/** Removes the given cells (and then-empty rows) so the rest of two sheet texts can be compared. */
function withoutCells(xml: string, refs: string[]): string {
  let out = xml;
  for (const r of refs) out = out.replace(new RegExp(`<c r="${r}"[^>]*?(/>|>.*?</c>)`), '');
  return out.replace(/<row r="\d+">(<\/row>)/g, '').replace(/ spans="[^"]*"/g, '');
}

describe('patchWorkbook: cell edits are surgical', () => {
  const original = zipParts(bookParts(SPEC));
  const edits = [
    edit('DPA', 4, 4, 97181700), // E5: new cell inside an existing row, between D5 and F5
    edit('DPA', 4, 5, 77.75, '0.00'), // F5: existing styled empty cell
    edit('DPA', 3, 0, 'Program Perlindungan dan Jaminan Sosial'), // A4: a row that does not exist yet
    edit('DPA', 0, 6, 'Keterangan'), // G1: past the row's spans
  ];
  const patched = patchWorkbook(original, edits);
  const before = unzipRaw(original);
  const after = unzipRaw(patched);

  it('copies every other part byte for byte', () => {
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    // Formulas exist elsewhere, so workbook.xml only gains fullCalcOnLoad (checked below).
    for (const name of Object.keys(before)) {
      if (name === 'xl/worksheets/sheet1.xml' || name === 'xl/styles.xml' || name === 'xl/workbook.xml') continue;
      expect([name, Buffer.from(after[name]).equals(Buffer.from(before[name]))]).toEqual([name, true]);
    }
  });

  it('copies untouched entries still compressed, without recompressing them', () => {
    const a = readRawEntries(original)!;
    const b = readRawEntries(patched)!;
    for (const name of ['xl/sharedStrings.xml', 'xl/charts/chart1.xml', 'xl/printerSettings/printerSettings1.bin', 'xl/calcChain.xml']) {
      expect([name, Buffer.from(b.get(name)!.compressed).equals(Buffer.from(a.get(name)!.compressed)), b.get(name)!.crc]).toEqual([name, true, a.get(name)!.crc]);
    }
  });

  it('leaves the edited sheet unchanged outside the edited cells', () => {
    const a = unzipText(original)['xl/worksheets/sheet1.xml'];
    const b = unzipText(patched)['xl/worksheets/sheet1.xml'];
    expect(withoutCells(b, ['E5', 'F5', 'A4', 'G1'])).toBe(withoutCells(a, ['E5', 'F5', 'G1']));
    expect(b).toContain('<row r="1" spans="1:7">');
    expect(XMLValidator.validate(b)).toBe(true);
  });

  it('writes values that read back in place, in column and row order', () => {
    const b = unzipText(patched)['xl/worksheets/sheet1.xml'];
    expect(b.indexOf('r="D5"')).toBeLessThan(b.indexOf('r="E5"'));
    expect(b.indexOf('r="E5"')).toBeLessThan(b.indexOf('r="F5"'));
    expect(b.indexOf('<row r="3"')).toBeLessThan(b.indexOf('<row r="4"'));
    expect(b.indexOf('<row r="4"')).toBeLessThan(b.indexOf('<row r="5"'));
    const dpa = readWorkbook(patched).sheets[0];
    expect(dpa.rows[4]![4]).toEqual({ t: 'n', v: 97181700 });
    expect(dpa.rows[4]![5]).toEqual({ t: 'n', v: 77.75, z: '0.00' });
    expect(dpa.rows[3]![0]).toEqual({ t: 's', v: 'Program Perlindungan dan Jaminan Sosial' });
    // Column G carries style 3 ("0.00%"): a new cell takes it, as Excel does.
    expect(dpa.rows[0]![6]).toEqual({ t: 's', v: 'Keterangan', z: '0.00%' });
    expect(dpa.rows[1]![5]!.f).toBe('ROUND(E2/D2*100,2)');
  });

  it('asks for a recalculation on open so totals over edited cells are fresh', () => {
    const wb = unzipText(patched)['xl/workbook.xml'];
    expect(wb).toContain('<calcPr calcId="191029" fullCalcOnLoad="1"/>');
    expect(wb.replace(' fullCalcOnLoad="1"', '')).toBe(unzipText(original)['xl/workbook.xml']);
  });

  it('gives a new cell the style of its column', () => {
    const out = patchWorkbook(original, [edit('DPA', 2, 6, 1)]);
    expect(unzipText(out)['xl/worksheets/sheet1.xml']).toContain('<c r="G3" s="3"><v>1</v></c>');
  });
});

describe('patchWorkbook: number formats clone the cell style', () => {
  const original = zipParts(bookParts(SPEC));

  it('keeps font, border and alignment of the cell and appends one xf with the format', () => {
    const out = patchWorkbook(original, [edit('DPA', 2, 5, 79.08, '0.00'), edit('DPA', 1, 5, 85.44, '0.00')]);
    const styles = unzipText(out)['xl/styles.xml'];
    // xf 4 has wrap alignment; its clone shows "0.00" (built-in id 2) and is shared by both cells.
    expect(styles).toContain('<cellXfs count="6">');
    expect(styles).toContain('<xf numFmtId="2" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1" applyNumberFormat="1"><alignment wrapText="1"/></xf></cellXfs>');
    const sheet = unzipText(out)['xl/worksheets/sheet1.xml'];
    expect(sheet).toContain('<c r="F2" s="5"><v>85.44</v></c>');
    expect(sheet).toContain('<c r="F3" s="5"><v>79.08</v></c>');
    expect(XMLValidator.validate(styles)).toBe(true);
  });

  it('reuses an identical custom number format and adds a new one from id 164 up', () => {
    const out = patchWorkbook(original, [edit('PK', 1, 0, 8054019520, '"Rp"\\ #,##0'), edit('PK', 1, 1, 78.625, '#,##0.000')]);
    const styles = unzipText(out)['xl/styles.xml'];
    expect(styles).toContain('<numFmts count="2"><numFmt numFmtId="164" formatCode="&quot;Rp&quot;\\ #,##0"/><numFmt numFmtId="165" formatCode="#,##0.000"/></numFmts>');
    const pk = readWorkbook(out).sheets[1];
    expect(pk.rows[1]).toEqual([
      { t: 'n', v: 8054019520, z: '"Rp"\\ #,##0' },
      { t: 'n', v: 78.625, z: '#,##0.000' },
    ]);
    // Running the same edits again adds nothing more.
    const again = unzipText(patchWorkbook(out, [edit('PK', 1, 0, 8054019520, '"Rp"\\ #,##0')]))['xl/styles.xml'];
    expect(again).toBe(styles);
  });
});

describe('patchWorkbook: text and formulas', () => {
  const original = zipParts(bookParts(SPEC));

  it('writes text as an escaped inline string, never as a formula', () => {
    const out = patchWorkbook(original, [edit('PK', 0, 2, '=SUM(A1:A3)'), edit('PK', 0, 3, 'Sarana & Prasarana <Kantor> "PMKS"'), edit('PK', 0, 4, ' 80,34 (A)\n')]);
    const xml = unzipText(out)['xl/worksheets/sheet2.xml'];
    expect(xml).toContain('<c r="C1" t="inlineStr"><is><t>=SUM(A1:A3)</t></is></c>');
    expect(xml).toContain('<t>Sarana &amp; Prasarana &lt;Kantor&gt; &quot;PMKS&quot;</t>');
    const pk = readWorkbook(out).sheets[1];
    expect(pk.rows[0]![2]).toEqual({ t: 's', v: '=SUM(A1:A3)' });
    expect(pk.rows[0]![3]).toEqual({ t: 's', v: 'Sarana & Prasarana <Kantor> "PMKS"' });
    expect(pk.rows[0]![4]).toEqual({ t: 's', v: ' 80,34 (A)\n' });
  });

  it('removes the formula of an overwritten cell and the calculation chain with it', () => {
    const out = patchWorkbook(original, [edit('PK', 0, 1, 3)]);
    const files = unzipText(out);
    expect(files['xl/worksheets/sheet2.xml']).toContain('<c r="B1"><v>3</v></c>');
    expect(files['xl/calcChain.xml']).toBeUndefined();
    expect(files['xl/_rels/workbook.xml.rels']).not.toContain('calcChain');
    expect(files['[Content_Types].xml']).not.toContain('calcChain');
    expect(readWorkbook(out).sheets[1].rows[0]![1]).toEqual({ t: 'n', v: 3 });
  });

  it('keeps the calculation chain when no formula is overwritten', () => {
    const out = patchWorkbook(original, [edit('PK', 5, 0, 1)]);
    expect(unzipText(out)['xl/calcChain.xml']).toBe(CALC_CHAIN);
  });

  it('gives the children of an overwritten shared-formula master their own formula', () => {
    const out = patchWorkbook(original, [edit('DPA', 1, 5, 85.44)]);
    const xml = unzipText(out)['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<c r="F2" s="4"><v>85.44</v></c>');
    expect(xml).toContain('<c r="F3" s="4"><f>ROUND(E3/D3*100,2)</f><v>79.08</v></c>');
    expect(readWorkbook(out).sheets[0].rows[2]![5]).toEqual({ t: 'n', v: 79.08, f: 'ROUND(E3/D3*100,2)' });
  });
});

describe('patchWorkbook refuses edits it must not make', () => {
  const original = zipParts(bookParts(SPEC));
  const fail = (edits: CellEdit[]) => {
    try {
      patchWorkbook(original, edits);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxError);
      return e as XlsxError;
    }
    throw new Error('accepted');
  };

  it('refuses to write into a protected sheet', () => {
    const e = fail([edit('Terkunci', 0, 0, 1)]);
    expect(e.code).toBe('protected');
    expect(e.message).toMatch(/diproteksi/);
  });

  it('refuses an unknown sheet and a number that is not finite', () => {
    expect(fail([edit('Tidak Ada', 0, 0, 1)]).message).toMatch(/tidak ditemukan/);
    expect(fail([edit('DPA', 0, 0, Infinity)]).code).toBe('invalid-edit');
  });
});

describe('patchWorkbook: sheets without r attributes and empty sheetData', () => {
  it('makes implicit positions explicit where it inserts', () => {
    const bytes = zipParts(bookParts({ sheets: [{ name: 'S', body: '<sheetData><row><c><v>1</v></c><c><v>3</v></c></row><row><c><v>4</v></c></row></sheetData>' }] }));
    const out = patchWorkbook(bytes, [edit('S', 0, 1, 2), edit('S', 0, 3, 9)]);
    expect(readWorkbook(out).sheets[0].rows).toEqual([
      [{ t: 'n', v: 1 }, { t: 'n', v: 2 }, undefined, { t: 'n', v: 9 }],
      [{ t: 'n', v: 4 }],
    ]);
  });

  it('fills a sheet whose sheetData is empty', () => {
    const bytes = zipParts(bookParts({ sheets: [{ name: 'S', body: '<sheetData/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' }] }));
    const out = patchWorkbook(bytes, [edit('S', 2, 1, 13174839520), edit('S', 0, 0, 'Jumlah')]);
    const xml = unzipText(out)['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Jumlah</t></is></c></row><row r="3"><c r="B3"><v>13174839520</v></c></row></sheetData><pageMargins');
  });
});

describe('patchSheetXml: an edited cell keeps its tag, whatever way the tag is written', () => {
  const sheet = (cells: string, p = '') =>
    `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData><${p}row r="73">${cells}</${p}row></${p}sheetData></${p}worksheet>`;
  const cellOf = (xml: string) => /<(?:x:)?row r="73">(.*)<\/(?:x:)?row>/.exec(xml)![1];
  const at = (value: number | string) => [{ row: 72, col: 8, value }];
  const styleTo = (xf: number) => () => xf;

  it.each([
    ['<c r="I73" s="9"/>', 12, 100, '<c r="I73" s="12"><v>100</v></c>'],
    ['<c r="I73" s="9"></c>', 12, 100, '<c r="I73" s="12"><v>100</v></c>'],
    ['<c r="I73" s="9"/>', 0, 100, '<c r="I73"><v>100</v></c>'],
    ['<c r="I73" s="9"/>', 12, '-', '<c r="I73" s="12" t="inlineStr"><is><t>-</t></is></c>'],
    // Other tags take the attribute edits: the type goes, other attributes stay in place.
    ['<c r="I73" s="9" t="s"><v>4</v></c>', 12, 100, '<c r="I73" s="12"><v>100</v></c>'],
    ['<c s="9" r="I73"/>', 12, 100, '<c s="12" r="I73"><v>100</v></c>'],
    ['<c r="I73" s="9" cm="1"><v>1</v></c>', 0, 100, '<c r="I73"><v>100</v></c>'],
  ])('%s with style %i and value %p → %s', (old, xf, value, expected) => {
    expect(cellOf(patchSheetXml(sheet(old), at(value), styleTo(xf)).xml)).toBe(expected);
  });

  it('keeps a namespace prefix on the rewritten tag', () => {
    const xml = patchSheetXml(sheet('<x:c r="I73" s="9"/>', 'x:'), at(5), styleTo(3)).xml;
    expect(cellOf(xml)).toBe('<x:c r="I73" s="3"><x:v>5</x:v></x:c>');
  });
});
