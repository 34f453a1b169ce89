import { XMLValidator } from 'fast-xml-parser';
import { gridToFods, serialToIso } from '../fixtures/make/fods';
import { toOpenFormula } from '../fixtures/make/formula';
import { paragraphs } from '../fixtures/make/xml';
import { featuresFodsOptions, featuresWorkbook } from '../fixtures/features';
import { merge, sheet, workbook } from '../fixtures/grid-builder';
import { mojokertoWorkbook } from '../fixtures/mojokerto';
import { mojokertoFodsOptions } from '../fixtures/make/mojokerto-options';

function table(fods: string, name: string): string {
  const m = new RegExp(`<table:table table:name="${name}"[\\s\\S]*?</table:table>(?=<table:table |<table:named|</office)`).exec(fods);
  if (!m) throw new Error(`table ${name} not found`);
  return m[0];
}

describe('gridToFods', () => {
  it('writes well-formed flat ODF for the fixture workbooks', () => {
    expect(XMLValidator.validate(gridToFods(featuresWorkbook(), featuresFodsOptions()))).toBe(true);
    expect(XMLValidator.validate(gridToFods(mojokertoWorkbook(), mojokertoFodsOptions()))).toBe(true);
  });

  it('writes text and numbers with their types, Rupiah as #,##0 and percentages as 0.00', () => {
    const fods = gridToFods(
      workbook(sheet({ name: 'DPA', rows: [['Pagu', 'Persen'], [2300170000, 85.44]], formats: { 0: '#,##0', 1: '0.00' } })),
    );
    expect(fods).toContain('<number:number-style style:name="N1"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/></number:number-style>');
    expect(fods).toContain('<number:number-style style:name="N2"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/></number:number-style>');
    expect(fods).toContain('<table:table-cell table:style-name="ce1" office:value-type="float" office:value="2300170000"><text:p>2300170000</text:p></table:table-cell>');
    expect(fods).toContain('<table:table-cell table:style-name="ce2" office:value-type="float" office:value="85.44">');
    expect(fods).toContain('<table:table-cell office:value-type="string"><text:p>Pagu</text:p></table:table-cell>');
  });

  it('writes a 0.00% cell as a percentage and refuses number formats it does not know', () => {
    const pct = gridToFods(workbook(sheet({ name: 'S', rows: [[{ t: 'n', v: 0.7835, z: '0.00%' }]] })));
    expect(pct).toContain('number:percentage-style');
    expect(pct).toContain('office:value-type="percentage" office:value="0.7835"');
    expect(() => gridToFods(workbook(sheet({ name: 'S', rows: [[{ t: 'n', v: 1, z: '[$Rp-421]#,##0' }]] })))).toThrow(/not supported/);
  });

  it('spans merged cells and covers the cells under them', () => {
    const fods = gridToFods(
      workbook(sheet({ name: 'PK', rows: [['PERJANJIAN KINERJA'], [], [1, 'Sasaran', 'Indikator A'], [null, null, 'Indikator B']], merges: [merge(0, 0, 0, 3), merge(2, 0, 3, 0), merge(2, 1, 3, 1)] })),
    );
    expect(fods).toContain('<table:table-cell table:number-columns-spanned="4" office:value-type="string"><text:p>PERJANJIAN KINERJA</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="3"/>');
    expect(fods).toContain('<table:table-cell table:number-rows-spanned="2" office:value-type="float" office:value="1">');
    expect(fods).toContain('<table:table-row><table:covered-table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>Indikator B</text:p></table:table-cell>');
  });

  it('hides rows, columns and sheets, and marks protected sheets', () => {
    const fods = gridToFods(
      workbook(
        sheet({ name: 'DPA', rows: [['a'], ['tersembunyi'], ['c', 'x', 'y']], hiddenRows: [1], hiddenCols: [1] }),
        sheet({ name: 'Referensi', rows: [['Positif']], state: 'hidden', protected: true }),
      ),
    );
    expect(table(fods, 'DPA')).toContain('<table:table-row table:visibility="collapse"><table:table-cell office:value-type="string"><text:p>tersembunyi</text:p>');
    expect(table(fods, 'DPA')).toMatch(/<table:table-column table:style-name="co\d+" table:visibility="collapse"/);
    expect(fods).toContain('<table:table table:name="Referensi" table:style-name="ta2" table:protected="true">');
    expect(fods).toContain('<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"');
  });

  it('sets column widths and bold header rows', () => {
    const fods = gridToFods(workbook(sheet({ name: 'PK', rows: [['No', 'Sasaran'], [1, 'x']] })), {
      sheets: { PK: { columnWidthsCm: [1.2, 6], boldRows: [0] } },
    });
    expect(fods).toContain('style:column-width="1.2cm"');
    expect(fods).toContain('style:column-width="6cm"');
    expect(fods).toMatch(/<style:style style:name="ce1" [^>]*><style:text-properties fo:font-weight="bold"/);
    expect(fods).toContain('<table:table-cell table:style-name="ce1" office:value-type="string"><text:p>No</text:p>');
  });

  it('writes formulas as OpenFormula with the cached value', () => {
    const fods = gridToFods(workbook(sheet({ name: 'DPA', rows: [[50000000, 45598100, { t: 'n', v: 4401900, f: 'A1-B1' }]] })));
    expect(fods).toContain('table:formula="of:=[.A1]-[.B1]" office:value-type="float" office:value="4401900"');
  });

  it('keeps repeated, leading and trailing spaces, tabs and line breaks of typed text', () => {
    expect(paragraphs('521. 909.250')).toBe('<text:p>521. 909.250</text:p>');
    expect(paragraphs('848.146..988,00  ')).toBe('<text:p>848.146..988,00<text:s text:c="2"/></text:p>');
    expect(paragraphs(' 85,44 %')).toBe('<text:p><text:s/>85,44 %</text:p>');
    expect(paragraphs('Orang\tKK')).toBe('<text:p>Orang<text:tab/>KK</text:p>');
    expect(paragraphs('100, 2\n16 70 5')).toBe('<text:p>100, 2</text:p><text:p>16 70 5</text:p>');
    expect(paragraphs('a < b & c')).toBe('<text:p>a &lt; b &amp; c</text:p>');
  });

  it('writes error values through a formula that produces them, and refuses ones it cannot produce', () => {
    const fods = gridToFods(workbook(sheet({ name: 'S', rows: [[{ t: 'e', v: '#DIV/0!' }, { t: 'e', v: '#N/A' }]] })));
    expect(fods).toContain('table:formula="of:=1/0"');
    expect(fods).toContain('table:formula="of:=NA()"');
    expect(() => gridToFods(workbook(sheet({ name: 'S', rows: [[{ t: 'e', v: '#REF!' }]] })))).toThrow(/needs a formula/);
  });

  it('writes booleans and dates (31/12/2021 is serial 44561)', () => {
    const fods = gridToFods(workbook(sheet({ name: 'S', rows: [[true, { t: 'd', v: 44561 }]] })));
    expect(fods).toContain('office:value-type="boolean" office:boolean-value="true"');
    expect(fods).toContain('office:value-type="date" office:date-value="2021-12-31"');
    expect(fods).toContain('<number:date-style');
  });

  it('writes notes, list validations, conditional formats, charts, defined names and frozen panes', () => {
    const fods = gridToFods(featuresWorkbook(), featuresFodsOptions());
    expect(fods).toContain('<office:annotation office:display="false"><dc:creator>Subbag Perencanaan dan Keuangan</dc:creator>');
    expect(fods).toContain('table:condition="of:cell-content-is-in-list([$Referensi.$A$2:.$A$3])"');
    expect(table(fods, 'PK').match(/table:content-validation-name="val1"/g)).toHaveLength(6);
    expect(fods).toContain(`<calcext:conditional-format calcext:target-range-address="'DPA 2021'.F6:'DPA 2021'.F17"><calcext:condition calcext:apply-style-name="Kondisi2" calcext:value="&lt;50"`);
    expect(fods).toContain(`chart:values-cell-range-address="'DPA 2021'.C8:'DPA 2021'.C11" chart:label-cell-address="'DPA 2021'.C4"`);
    expect(fods).toContain(`<table:named-range table:name="PaguDPA" table:base-cell-address="$'DPA 2021'.$C$6" table:cell-range-address="$'DPA 2021'.$C$6:.$C$17"/>`);
    expect(fods).toContain('<config:config-item-map-entry config:name="DPA 2021"><config:config-item config:name="HorizontalSplitMode" config:type="short">2</config:config-item>');
  });

  it('refuses duplicate sheet names and options for a sheet that does not exist', () => {
    expect(() => gridToFods(workbook(sheet({ name: 'PK', rows: [] }), sheet({ name: 'PK', rows: [] })))).toThrow(/Duplicate/);
    expect(() => gridToFods(workbook(sheet({ name: 'PK', rows: [] })), { sheets: { DPA: {} } })).toThrow(/unknown sheet DPA/);
  });
});

describe('toOpenFormula', () => {
  it('brackets references and separates arguments with semicolons', () => {
    expect(toOpenFormula('SUM(C8:C11)')).toBe('of:=SUM([.C8:.C11])');
    expect(toOpenFormula('SUM(C6,C12)')).toBe('of:=SUM([.C6];[.C12])');
    expect(toOpenFormula('IF(C6=0,"-",D6/C6*100)')).toBe('of:=IF([.C6]=0;"-";[.D6]/[.C6]*100)');
    expect(toOpenFormula('ROUND($D$6/$C$6*100,2)')).toBe('of:=ROUND([.$D$6]/[.$C$6]*100;2)');
  });

  it('qualifies references to other sheets, quoting names with spaces', () => {
    expect(toOpenFormula("'DPA 2021'!C6+PK!$D$19")).toBe("of:=[$'DPA 2021'.C6]+[$PK.$D$19]");
    expect(toOpenFormula("SUM('DPA 2021'!C8:C11)")).toBe("of:=SUM([$'DPA 2021'.C8:$'DPA 2021'.C11])");
  });

  it('leaves string literals and function names that look like references alone', () => {
    expect(toOpenFormula('IF(A1="B2, C3",LOG10(A1),0)')).toBe('of:=IF([.A1]="B2, C3";LOG10([.A1]);0)');
  });
});

describe('serialToIso', () => {
  it('follows the Excel 1900 system around its phantom 29 February 1900', () => {
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(44197)).toBe('2021-01-01');
    expect(serialToIso(44561.5)).toBe('2021-12-31T12:00:00');
  });
});
