import { FEATURES, featuresWorkbook } from '../fixtures/features';
import { elements } from '../fixtures/features-check';
import { gridDifferences } from './grid-compare';
import { readCells, sheetPath } from './sheet-cells';
import { entries, entryText, fixtureBytes } from './zip-helpers';

const bytes = fixtureBytes('features.xlsx');
const files = entries(bytes);
const workbookXml = entryText(bytes, 'xl/workbook.xml');
const pkXml = entryText(bytes, sheetPath(files, FEATURES.pkSheet));
const dpaXml = entryText(bytes, sheetPath(files, FEATURES.dpaSheet));

describe('features.xlsx, the workbook that carries everything a staff workbook may', () => {
  it('was written by LibreOffice, not by our own writer', () => {
    expect(entryText(bytes, 'docProps/app.xml')).toMatch(/<Application>LibreOffice/);
  });

  it('has a bar chart over the DPA pagu and realisasi of the Pemberdayaan Sosial sub kegiatan, linked to the cells', () => {
    const chart = entryText(bytes, 'xl/charts/chart1.xml');
    expect(chart).toContain('<c:barChart>');
    const refs = (chart.match(/<c:f>[^<]*<\/c:f>/g) ?? []).map((f) => f.replace(/<\/?c:f>/g, '').replace(/&apos;/g, "'"));
    expect(refs).toEqual(expect.arrayContaining(["'DPA 2021'!$C$8:$C$11", "'DPA 2021'!$D$8:$D$11", "'DPA 2021'!$A$8:$A$11"]));
    expect(entryText(bytes, 'xl/drawings/_rels/drawing1.xml.rels')).toContain('../charts/chart1.xml');
    expect(dpaXml).toMatch(/<drawing r:id="rId\d+"\/>/);
  });

  it('has a note on the Keterangan cell of the refocused sub kegiatan', () => {
    const comments = Object.keys(files).filter((p) => /^xl\/comments\d*\.xml$/.test(p));
    expect(comments).toHaveLength(1);
    const xml = entryText(bytes, comments[0]);
    expect(xml).toContain('ref="G17"');
    expect(xml).toContain('Kegiatan terkena refocusing dampak Covid-19, realisasi Rp 0.');
    expect(dpaXml).toMatch(/<legacyDrawing r:id="rId\d+"\/>/);
  });

  it('has a list validation on the Polaritas column fed by the hidden Referensi sheet', () => {
    const [v] = elements(pkXml, 'dataValidation');
    expect(v).toMatch(/type="list"/);
    expect(v).toMatch(/sqref="E6:E11"/);
    expect(v).toContain('<formula1>Referensi!$A$2:$A$3</formula1>');
  });

  it('has conditional formats colouring capaian and % below 50', () => {
    expect(elements(pkXml, 'conditionalFormatting')).toEqual([expect.stringMatching(/sqref="H6:H11".*operator="lessThan".*<formula>50<\/formula>/)]);
    expect(elements(dpaXml, 'conditionalFormatting')).toEqual([expect.stringMatching(/sqref="F6:F17".*operator="lessThan".*<formula>50<\/formula>/)]);
    expect(elements(entryText(bytes, 'xl/styles.xml'), 'dxf')).toHaveLength(2);
  });

  it('has the defined name PaguDPA over the DPA pagu column', () => {
    expect(workbookXml).toMatch(/<definedName [^>]*name="PaguDPA"[^>]*>&apos;DPA 2021&apos;!\$C\$6:\$C\$17<\/definedName>/);
  });

  it('has a hidden sheet', () => {
    expect(workbookXml).toMatch(/<sheet name="Referensi" [^>]*state="hidden"/);
    expect(workbookXml).toMatch(/<sheet name="PK" [^>]*state="visible"/);
  });

  it('has frozen panes on the DPA sheet below the header and right of Kode/Uraian', () => {
    expect(dpaXml).toContain('<pane xSplit="2" ySplit="5" topLeftCell="C6" activePane="bottomRight" state="frozen"/>');
  });

  it('has custom column widths on both data sheets', () => {
    for (const xml of [pkXml, dpaXml]) {
      const cols = elements(xml, 'col');
      expect(cols.length).toBeGreaterThan(3);
      expect(cols.every((c) => c.includes('customWidth="true"'))).toBe(true);
    }
  });

  it('has formulas with their cached results: Jumlah, kegiatan sums, sisa and capaian', () => {
    const dpa = readCells(bytes, FEATURES.dpaSheet);
    expect(dpa.get('C18')).toMatchObject({ f: 'SUM(C6,C12)', v: FEATURES.totalPagu });
    expect(dpa.get('D18')).toMatchObject({ f: 'SUM(D6,D12)', v: FEATURES.totalRealisasi });
    expect(dpa.get('C7')).toMatchObject({ f: 'SUM(C8:C11)', v: 2300170000 });
    expect(dpa.get('E6')).toMatchObject({ f: 'C6-D6', v: 334842663 });
    expect(dpa.get('F6')).toMatchObject({ f: 'IF(C6=0,"-",D6/C6*100)', z: '0.00' });
    expect(dpa.get('F6')!.v as number).toBeCloseTo(85.4427, 4);
    const pk = readCells(bytes, FEATURES.pkSheet);
    expect(pk.get('H6')).toMatchObject({ f: 'IF(F6=0,"-",G6/F6*100)', v: 100 });
    expect(pk.get('D19')).toMatchObject({ f: 'SUM(D14:D18)', v: 13174839520, z: '#,##0' });
  });

  it('leaves the capaian, sisa and % cells empty that the engine is to fill', () => {
    const pk = readCells(bytes, FEATURES.pkSheet);
    const dpa = readCells(bytes, FEATURES.dpaSheet);
    for (const ref of FEATURES.emptyCapaian) expect(pk.get(ref)).toBeUndefined();
    for (const ref of [...FEATURES.emptySisa, ...FEATURES.emptyPersen]) expect(dpa.get(ref)).toBeUndefined();
  });

  it('holds exactly the values and number formats of the featuresWorkbook() grid it was made from', () => {
    for (const sheet of featuresWorkbook().sheets) expect(gridDifferences(sheet, readCells(bytes, sheet.name))).toEqual([]);
  });

  it('keeps the merged title, sasaran and Jumlah cells', () => {
    expect(elements(pkXml, 'mergeCell').map((m) => /ref="([^"]+)"/.exec(m)![1])).toEqual(['A1:H1', 'A2:H2', 'A6:A9', 'B6:B9', 'A10:A11', 'B10:B11', 'A19:B19']);
    expect(elements(dpaXml, 'mergeCell').map((m) => /ref="([^"]+)"/.exec(m)![1])).toEqual(['A1:G1', 'A2:G2', 'A18:B18']);
  });
});
