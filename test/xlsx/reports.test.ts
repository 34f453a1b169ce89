import { XMLValidator } from 'fast-xml-parser';
import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { bookParts, row, unzipRaw, unzipText, zipParts } from './helpers';
import { efisiensiTable, ROWS } from './report-fixture';

const userBook = (names: string[], workbookTail = '') =>
  zipParts(
    bookParts({
      sheets: names.map((name) => ({ name, body: '<sheetData>' + row(1, '<c r="A1" t="inlineStr"><is><t>Kode</t></is></c>') + '</sheetData>' })),
      workbookTail,
    }),
  );

/** Child elements of <worksheet> must follow the CT_Worksheet sequence. */
const WORKSHEET_ORDER = ['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'sheetCalcPr', 'sheetProtection', 'protectedRanges', 'scenarios', 'autoFilter', 'sortState', 'dataConsolidate', 'customSheetViews', 'mergeCells', 'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter', 'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing', 'legacyDrawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst'];

function topLevelChildren(xml: string): string[] {
  const inner = xml.slice(xml.indexOf('>', xml.indexOf('<worksheet')) + 1, xml.lastIndexOf('</worksheet>'));
  const names: string[] = [];
  let depth = 0;
  for (const m of inner.matchAll(/<(\/?)([A-Za-z]+)[^>]*?(\/?)>/g)) {
    if (m[1]) depth--;
    else {
      if (depth === 0) names.push(m[2]);
      if (!m[3]) depth++;
    }
  }
  return names;
}

describe('patchWorkbook: report sheets', () => {
  const original = userBook(['PK 2021', 'DPA 2021']);
  const out = patchWorkbook(original, [], [efisiensiTable(), efisiensiTable('Realisasi Anggaran')]);
  const files = unzipText(out);

  it('adds one sheet per table after the existing sheets, marked as generated', () => {
    const wb = readWorkbook(out);
    expect(wb.sheets.map((s) => s.name)).toEqual(['PK 2021', 'DPA 2021', 'Efisiensi Anggaran', 'Realisasi Anggaran']);
    expect(wb.generatedSheets).toEqual(['Efisiensi Anggaran', 'Realisasi Anggaran']);
  });

  it('writes values that read back: numbers as numbers, text as text, with formats', () => {
    const sheet = readWorkbook(out).sheets[2];
    expect(sheet.rows[0]![0]).toEqual({ t: 's', v: 'PENCAPAIAN KINERJA DAN ANGGARAN TAHUN 2021' });
    ROWS.forEach(([ind, pagu, real, pct], i) => {
      const r = sheet.rows[6 + i]!;
      expect(r[0]).toEqual({ t: 'n', v: i + 1 });
      expect(r[1]).toEqual({ t: 's', v: ind });
      expect(r[2]).toEqual({ t: 'n', v: pagu, z: '#,##0' });
      expect(r[3]).toEqual({ t: 'n', v: real, z: '#,##0' });
      expect(r[4]).toEqual({ t: 'n', v: pct, z: '0.00' });
    });
    expect(sheet.rows[10]![0]).toEqual({ t: 's', v: 'Jumlah', z: '@' });
    expect(sheet.rows[10]![2]).toEqual({ t: 'n', v: 5120820000, z: '#,##0' });
    expect(sheet.merges).toEqual(efisiensiTable().merges);
  });

  it('writes styles: bold, italic, indent, wrap, borders, fills', () => {
    const styles = files['xl/styles.xml'];
    expect(styles).toMatch(/<font><b\/><sz val="12"\/><name val="Calibri"\/><family val="2"\/><\/font>/);
    expect(styles).toMatch(/<font><i\/><sz val="11"\/>/);
    expect(styles).toContain('<patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/>');
    expect(styles).toContain('<left style="thin"><color auto="1"/></left>');
    expect(styles).toMatch(/<alignment horizontal="left" vertical="top" wrapText="1" indent="1"\/>/);
    for (const section of ['fonts', 'fills', 'borders', 'cellXfs']) {
      const m = new RegExp(`<${section} count="(\\d+)">([\\s\\S]*?)</${section}>`).exec(styles)!;
      const item = { fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' }[section]!;
      expect([section, Number(m[1])]).toEqual([section, (m[2].match(new RegExp(`<${item}[ >/]`, 'g')) ?? []).length]);
    }
  });

  it('lays out the sheet for printing: widths, frozen header, A4 landscape fit to width, print titles', () => {
    const xml = files['xl/worksheets/sheet3.xml'];
    expect(XMLValidator.validate(xml)).toBe(true);
    const children = topLevelChildren(xml);
    expect(children).toEqual(['sheetPr', 'dimension', 'sheetViews', 'sheetFormatPr', 'cols', 'sheetData', 'mergeCells', 'pageMargins', 'pageSetup']);
    const order = children.map((c) => WORKSHEET_ORDER.indexOf(c));
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toContain('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
    expect(xml).toContain('<pane ySplit="6" topLeftCell="A7" activePane="bottomLeft" state="frozen"/>');
    expect(xml).toContain('<col min="2" max="2" width="60.7109375" customWidth="1"/>');
    expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
    const wb = files['xl/workbook.xml'];
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="2">'Efisiensi Anggaran'!$4:$6</definedName>`);
    expect(wb).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="3">'Realisasi Anggaran'!$4:$6</definedName>`);
  });

  it('registers the sheets in workbook.xml, its relationships and content types, all well-formed', () => {
    expect(files['[Content_Types].xml']).toContain('<Override PartName="/xl/worksheets/sheet3.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>');
    expect(files['xl/_rels/workbook.xml.rels']).toContain('Target="worksheets/sheet4.xml"');
    expect(files['xl/workbook.xml']).toContain('<sheet name="Realisasi Anggaran" sheetId="4" r:id="rId5"/>');
    for (const [name, xml] of Object.entries(files)) if (/\.(xml|rels)$/.test(name)) expect([name, XMLValidator.validate(xml)]).toEqual([name, true]);
  });

  it('replaces the generated sheets on a second run, leaving user sheets and other parts alone', () => {
    const second = patchWorkbook(out, [], [efisiensiTable()]);
    const wb = readWorkbook(second);
    expect(wb.sheets.map((s) => s.name)).toEqual(['PK 2021', 'DPA 2021', 'Efisiensi Anggaran']);
    expect(wb.generatedSheets).toEqual(['Efisiensi Anggaran']);
    const text = unzipText(second);
    expect(text['xl/worksheets/sheet4.xml']).toBeUndefined();
    expect(text['[Content_Types].xml']).not.toContain('sheet4.xml');
    expect(text['xl/_rels/workbook.xml.rels']).not.toContain('sheet4.xml');
    expect(text['xl/workbook.xml'].match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    expect(text['xl/workbook.xml'].match(/_LAKIP_GEN_/g)).toHaveLength(1);
    const a = unzipRaw(original);
    const b = unzipRaw(second);
    for (const name of ['xl/worksheets/sheet1.xml', 'xl/worksheets/sheet2.xml', '_rels/.rels']) expect(Buffer.from(b[name]).equals(Buffer.from(a[name]))).toBe(true);
    // Styles are reused, not duplicated.
    expect(unzipText(second)['xl/styles.xml']).toBe(files['xl/styles.xml']);
  });

  it('finds a generated sheet the user renamed, and never touches a sheet the user made', () => {
    const renamed = zipParts(
      Object.fromEntries(
        Object.entries(unzipRaw(out)).map(([k, v]) => [
          k,
          k === 'xl/workbook.xml' ? Buffer.from(v).toString('utf8').replace(/Efisiensi Anggaran/g, 'Analisis Efisiensi') : v,
        ]),
      ),
    );
    expect(readWorkbook(renamed).generatedSheets).toEqual(['Analisis Efisiensi', 'Realisasi Anggaran']);
    const next = readWorkbook(patchWorkbook(renamed, [], [efisiensiTable()]));
    expect(next.sheets.map((s) => s.name)).toEqual(['PK 2021', 'DPA 2021', 'Efisiensi Anggaran']);
  });

  it('appends " (2)" when a user sheet already has the name, within 31 characters', () => {
    const book = userBook(['Efisiensi Anggaran', 'Pengukuran Pencapaian Sasaran21']);
    const wb = readWorkbook(patchWorkbook(book, [], [efisiensiTable(), efisiensiTable('pengukuran pencapaian sasaran21')]));
    expect(wb.sheets.map((s) => s.name)).toEqual(['Efisiensi Anggaran', 'Pengukuran Pencapaian Sasaran21', 'Efisiensi Anggaran (2)', 'pengukuran pencapaian sasar (2)']);
    expect(wb.sheets[3].name.length).toBeLessThanOrEqual(31);
    expect(wb.generatedSheets).toEqual(['Efisiensi Anggaran (2)', 'pengukuran pencapaian sasar (2)']);
    expect(wb.sheets[0].rows[0]![0]).toEqual({ t: 's', v: 'Kode' });
  });

  it('re-indexes sheet-local names and the active tab when a generated sheet in the middle is removed', () => {
    const first = patchWorkbook(userBook(['PK']), [], [efisiensiTable()]);
    // The user adds a sheet after the generated one, with a print area, and leaves it active.
    const parts = unzipRaw(first);
    const t = (k: string) => Buffer.from(parts[k]).toString('utf8');
    const wbXml = t('xl/workbook.xml')
      .replace('</sheets>', '<sheet name="Catatan" sheetId="9" r:id="rId99"/></sheets>')
      .replace('<definedNames>', '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">Catatan!$A$1:$B$2</definedName><definedName name="Lokal" localSheetId="1">\'Efisiensi Anggaran\'!$A$1</definedName>')
      .replace(/<workbookView[^>]*>/, '<workbookView activeTab="2"/>');
    const edited = zipParts({
      ...Object.fromEntries(Object.entries(parts)),
      'xl/workbook.xml': wbXml,
      'xl/_rels/workbook.xml.rels': t('xl/_rels/workbook.xml.rels').replace('</Relationships>', '<Relationship Id="rId99" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/catatan.xml"/></Relationships>'),
      'xl/worksheets/catatan.xml': '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
    });
    const out2 = patchWorkbook(edited, [], [efisiensiTable()]);
    const xml = unzipText(out2)['xl/workbook.xml'];
    expect(readWorkbook(out2).sheets.map((s) => s.name)).toEqual(['PK', 'Catatan', 'Efisiensi Anggaran']);
    expect(xml).toContain('<definedName name="_xlnm.Print_Area" localSheetId="1">Catatan!$A$1:$B$2</definedName>');
    expect(xml).not.toContain('name="Lokal"');
    expect(xml).toContain('<definedName name="_xlnm.Print_Titles" localSheetId="2">');
    expect(xml).toContain('<workbookView activeTab="1"/>');
  });

  it('applies cell edits and reports in one pass', () => {
    const both = patchWorkbook(original, [{ sheet: 'DPA 2021', row: 0, col: 1, value: 'Uraian', kind: 'header', old: undefined }], [efisiensiTable()]);
    const wb = readWorkbook(both);
    expect(wb.sheets[1].rows[0]![1]).toEqual({ t: 's', v: 'Uraian' });
    expect(wb.generatedSheets).toEqual(['Efisiensi Anggaran']);
  });

  it('removes the generated sheets when an empty report list is passed', () => {
    const wb = readWorkbook(patchWorkbook(out, [], []));
    expect(wb.sheets.map((s) => s.name)).toEqual(['PK 2021', 'DPA 2021']);
    expect(wb.generatedSheets).toEqual([]);
    expect(unzipText(patchWorkbook(out, [], []))['xl/workbook.xml']).not.toContain('definedName');
  });

  it('hands the active tab to the new report sheet when the active one was a generated sheet', () => {
    const parts = unzipRaw(out);
    const wbXml = Buffer.from(parts['xl/workbook.xml']).toString('utf8').replace(/<workbookView[^>]*>/, '<workbookView activeTab="3"/>');
    const activeOnReport = zipParts({ ...parts, 'xl/workbook.xml': wbXml });
    const next = unzipText(patchWorkbook(activeOnReport, [], [efisiensiTable()]));
    expect(next['xl/workbook.xml']).toContain('<workbookView activeTab="2"/>');
    expect(next['xl/worksheets/sheet3.xml']).toContain('<sheetView tabSelected="1" workbookViewId="0">');
  });

  it('places definedNames before calcPr in a workbook that has calculation settings', () => {
    const book = zipParts(bookParts({ sheets: [{ name: 'PK', body: '<sheetData/>' }], workbookTail: '<calcPr calcId="191029"/><extLst/>' }));
    const wb = unzipText(patchWorkbook(book, [], [efisiensiTable()]))['xl/workbook.xml'];
    expect(wb.indexOf('<definedNames>')).toBeGreaterThan(wb.indexOf('</sheets>'));
    expect(wb.indexOf('</definedNames>')).toBeLessThan(wb.indexOf('<calcPr'));
    expect(XMLValidator.validate(wb)).toBe(true);
  });
  it('quotes sheet names with ampersands and apostrophes in workbook.xml and in the marker', () => {
    // Inner apostrophes are allowed (a trailing one is not, and is dropped).
    const name = "Capaian & Anggaran 'TW' IV";
    const result = patchWorkbook(original, [], [efisiensiTable(name)]);
    const wb = unzipText(result)['xl/workbook.xml'];
    expect(wb).toContain(`<sheet name="Capaian &amp; Anggaran 'TW' IV"`);
    expect(wb).toContain(`<definedName name="_LAKIP_GEN_1" hidden="1">'Capaian &amp; Anggaran ''TW'' IV'!$A$1</definedName>`);
    expect(readWorkbook(result).generatedSheets).toEqual([name]);
    expect(readWorkbook(patchWorkbook(result, [], [efisiensiTable()])).sheets.map((s) => s.name)).toEqual(['PK 2021', 'DPA 2021', 'Efisiensi Anggaran']);
  });
});

describe('report sheets stay valid when a table carries bad merges', () => {
  it('drops one-cell merges and merges overlapping an earlier one', () => {
    const table = efisiensiTable();
    table.merges = [...table.merges, { r0: 6, c0: 0, r1: 6, c1: 0 }, { r0: 0, c0: 3, r1: 1, c1: 4 }];
    const out = patchWorkbook(userBook(['PK']), [], [table]);
    expect(readWorkbook(out).sheets[1].merges).toEqual(efisiensiTable().merges);
  });
});

describe('report row heights', () => {
  it('writes the table model row heights as custom row heights', () => {
    const { readFileSync } = require('fs') as typeof import('fs');
    const { unzipSync, strFromU8 } = require('fflate') as typeof import('fflate');
    const { patchWorkbook: patch } = require('../../src/xlsx') as typeof import('../../src/xlsx');
    const base = new Uint8Array(readFileSync(require('path').join(__dirname, '..', 'fixtures', 'features.xlsx')));
    const table = {
      id: 'pengukuran-kinerja' as const,
      sheetName: 'T2 Pengukuran Kinerja',
      rows: [[{ value: 'judul' }], [{ value: 'indikator panjang', style: { wrap: true } }]],
      merges: [],
      colWidths: [20],
      rowHeights: [undefined, 45],
      freezeRows: 1,
      printTitleRows: [0, 0] as [number, number],
      print: { orientation: 'landscape' as const, paper: 'A4' as const, fitToWidth: true as const },
    };
    const files = unzipSync(patch(base, [], [table]));
    const sheetXml = Object.entries(files)
      .filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
      .map(([, data]) => strFromU8(data))
      .find((xml) => xml.includes('indikator panjang'))!;
    expect(sheetXml).toContain('<row r="2" ht="45" customHeight="1">');
    expect(sheetXml).toMatch(/<row r="1">/);
  });
});
