import { strToU8, unzipSync, zipSync } from 'fflate';
import { assertFeaturesPreserved, featureDifferences } from '../fixtures/features-check';
import { FEATURES } from '../fixtures/features';
import { fixtureBytes, withEntry } from './zip-helpers';

const DPA_PART = 'xl/worksheets/sheet2.xml';
const original = fixtureBytes('features.xlsx');
/** A rezipped copy: same entries, different compressed bytes, as any writer produces. */
const rezipped = zipSync(unzipSync(original));

/** Writes a number into an empty DPA cell (Sisa of row 9), the way a fill would. */
function fillE9(xml: string): string {
  return xml.replace(/(<c r="D9" [^>]*>.*?<\/c>)/, '$1<c r="E9" s="8" t="n"><v>3129900</v></c>');
}

describe('assertFeaturesPreserved', () => {
  it('accepts a package compared with itself and with a rezipped copy of it', () => {
    expect(() => assertFeaturesPreserved(original, original, [])).not.toThrow();
    expect(() => assertFeaturesPreserved(original, rezipped, [])).not.toThrow();
  });

  it('accepts a fill that writes only the declared cells (sisa 102.000.000 − 98.870.100 into E9)', () => {
    const filled = withEntry(original, DPA_PART, fillE9);
    expect(featureDifferences(original, filled, [{ sheet: FEATURES.dpaSheet, a1: 'E9' }])).toEqual([]);
  });

  it('rejects a cell written that was not declared as edited', () => {
    const filled = withEntry(original, DPA_PART, fillE9);
    expect(() => assertFeaturesPreserved(original, filled, [])).toThrow(/xl\/worksheets\/sheet2\.xml: entry changed/);
    expect(featureDifferences(original, filled, [{ sheet: FEATURES.dpaSheet, a1: 'E10' }])).toEqual([
      expect.stringMatching(/^DPA 2021!E9: cell appeared/),
    ]);
  });

  it('rejects a changed neighbour of an edited cell (realisasi D9 retyped)', () => {
    const tampered = withEntry(original, DPA_PART, (x) => fillE9(x).replace('<v>98870100</v>', '<v>98870000</v>'));
    const problems = featureDifferences(original, tampered, [{ sheet: FEATURES.dpaSheet, a1: 'E9' }]);
    expect(problems).toEqual([expect.stringMatching(/^DPA 2021!D9: cell changed/)]);
  });

  it('rejects an edited sheet that lost its frozen pane, validation or conditional format', () => {
    const edited = [{ sheet: FEATURES.dpaSheet, a1: 'E9' }];
    const noPane = withEntry(original, DPA_PART, (x) => fillE9(x).replace(/<pane [^>]*\/>/, ''));
    expect(featureDifferences(original, noPane, edited).join('\n')).toMatch(/<sheetViews> changed/);
    const noFormat = withEntry(original, DPA_PART, (x) => fillE9(x).replace(/<conditionalFormatting[\s\S]*?<\/conditionalFormatting>/, ''));
    expect(featureDifferences(original, noFormat, edited).join('\n')).toMatch(/<conditionalFormatting> changed/);
    const pkEdited = [{ sheet: FEATURES.pkSheet, a1: 'H7' }];
    const noValidation = withEntry(original, 'xl/worksheets/sheet1.xml', (x) => x.replace(/<dataValidations[\s\S]*?<\/dataValidations>/, ''));
    expect(featureDifferences(original, noValidation, pkEdited).join('\n')).toMatch(/<dataValidations> changed/);
    const narrower = withEntry(original, 'xl/worksheets/sheet1.xml', (x) => x.replace('width="35.71"', 'width="10"'));
    expect(featureDifferences(original, narrower, pkEdited).join('\n')).toMatch(/<cols> changed/);
  });

  it('rejects a touched chart, comment or drawing part', () => {
    const chart = withEntry(original, 'xl/charts/chart1.xml', (x) => x.replace('<c:barDir val="col"/>', '<c:barDir val="bar"/>'));
    expect(featureDifferences(original, chart, [])).toEqual(['xl/charts/chart1.xml: entry changed']);
    const files = unzipSync(original);
    delete files['xl/comments2.xml'];
    expect(featureDifferences(original, zipSync(files), [])).toContain('xl/comments2.xml: entry removed');
  });

  it('rejects a workbook.xml that unhid the hidden sheet or dropped the defined name', () => {
    const shown = withEntry(original, 'xl/workbook.xml', (x) => x.replace('state="hidden"', 'state="visible"'));
    expect(featureDifferences(original, shown, []).join('\n')).toMatch(/workbook\.xml sheet: lost or changed <sheet name="Referensi"/);
    const unnamed = withEntry(original, 'xl/workbook.xml', (x) => x.replace(/<definedNames>[\s\S]*<\/definedNames>/, ''));
    expect(featureDifferences(original, unnamed, []).join('\n')).toMatch(/definedName: lost or changed .*PaguDPA/);
  });

  it('lets workbook.xml gain a sheet and a name, and sharedStrings grow at the end', () => {
    const grown = withEntry(
      withEntry(original, 'xl/workbook.xml', (x) =>
        x
          .replace('</sheets>', '<sheet name="Tabel 3.1.1" sheetId="4" state="visible" r:id="rId9"/></sheets>')
          .replace('</definedNames>', '<definedName name="_LAKIP_GEN_1">\'Tabel 3.1.1\'!$A$1</definedName></definedNames>'),
      ),
      'xl/sharedStrings.xml',
      (x) => x.replace('</sst>', '<si><t>Capaian Kinerja</t></si></sst>'),
    );
    expect(featureDifferences(original, grown, [])).toEqual([]);
    const renumbered = withEntry(original, 'xl/sharedStrings.xml', (x) => x.replace('<si>', '<si><t>Baru</t></si><si>'));
    expect(featureDifferences(original, renumbered, []).join('\n')).toMatch(/sharedStrings\.xml si\[0\]/);
  });

  it('rejects a cell style record that moved, since cells point at styles by index', () => {
    const restyled = withEntry(original, 'xl/styles.xml', (x) => x.replace(/<cellXfs count="(\d+)">/, '<cellXfs count="$1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>'));
    expect(featureDifferences(original, restyled, []).join('\n')).toMatch(/styles\.xml cellXfs\[0\]/);
  });

  it('reports an edited cell on a sheet the workbook does not have', () => {
    expect(featureDifferences(original, original, [{ sheet: 'Tidak Ada', a1: 'A1' }])).toEqual(['edited cell on unknown sheet Tidak Ada']);
  });

  it('lists what was lost in the thrown message', () => {
    const files = unzipSync(original);
    files['xl/charts/chart1.xml'] = strToU8('<c:chartSpace/>');
    expect(() => assertFeaturesPreserved(original, zipSync(files), [])).toThrow(/lost or changed 1 thing\(s\)[\s\S]*chart1\.xml: entry changed/);
  });
});
