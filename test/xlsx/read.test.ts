import { patchWorkbook, readWorkbook } from '../../src/xlsx';
import { buildBook, row } from './helpers';

const PROGRAM_PENUNJANG = 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota';

describe('readWorkbook: cell values', () => {
  const bytes = buildBook({
    sharedStrings: [PROGRAM_PENUNJANG, 'Nilai SAKIP Perangkat Daerah', '64 (B)'],
    sheets: [
      {
        name: 'DPA 2021',
        body:
          '<sheetData>' +
          row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>8054019520</v></c><c r="C1" t="b"><v>1</v></c><c r="D1" t="e"><v>#DIV/0!</v></c>') +
          row(2, '<c r="A2" t="inlineStr"><is><t>1.06.01.2.01.0001</t></is></c><c r="B2" t="str"><f>TEXT(B1,"0")</f><v>8054019520</v></c><c r="C2" t="d"><v>2021-12-31T00:00:00Z</v></c><c r="D2" t="s"><v>2</v></c>') +
          row(3, '<c r="A3" s="2"><v>1965327337</v></c><c r="B3" s="3"><v>0.8544</v></c><c r="C3" s="1"><v>44561</v></c><c r="D3" s="4" t="s"><v>1</v></c>') +
          '</sheetData>',
      },
    ],
  });
  const sheet = readWorkbook(bytes).sheets[0];

  it('reads shared strings, numbers, booleans and Excel errors', () => {
    expect(sheet.name).toBe('DPA 2021');
    expect(sheet.rows[0]![0]).toEqual({ t: 's', v: PROGRAM_PENUNJANG });
    expect(sheet.rows[0]![1]).toEqual({ t: 'n', v: 8054019520 });
    expect(sheet.rows[0]![2]).toEqual({ t: 'b', v: true });
    expect(sheet.rows[0]![3]).toEqual({ t: 'e', v: '#DIV/0!' });
  });

  it('reads inline strings, formula strings with their formula, ISO dates and graded scores as text', () => {
    expect(sheet.rows[1]![0]).toEqual({ t: 's', v: '1.06.01.2.01.0001' });
    expect(sheet.rows[1]![1]).toEqual({ t: 's', v: '8054019520', f: 'TEXT(B1,"0")' });
    expect(sheet.rows[1]![2]).toEqual({ t: 'd', v: 44561 });
    expect(sheet.rows[1]![3]).toEqual({ t: 's', v: '64 (B)' });
  });

  it('attaches the number format code and turns date-formatted numbers into dates', () => {
    expect(sheet.rows[2]![0]).toEqual({ t: 'n', v: 1965327337, z: '"Rp"\\ #,##0' });
    expect(sheet.rows[2]![1]).toEqual({ t: 'n', v: 0.8544, z: '0.00%' });
    expect(sheet.rows[2]![2]).toEqual({ t: 'd', v: 44561, z: 'm/d/yyyy' });
    expect(sheet.rows[2]![3]).toEqual({ t: 's', v: 'Nilai SAKIP Perangkat Daerah' });
  });

  it('sizes rows by the data', () => {
    expect(sheet.rows.length).toBe(3);
    expect(sheet.rows[0]!.length).toBe(4);
  });
});

describe('readWorkbook: strings', () => {
  it('joins rich-text runs, keeps xml:space text, decodes entities and _x000D_, and skips phonetic runs', () => {
    const sst =
      '<si><r><rPr><b/></rPr><t>Program </t></r><r><t xml:space="preserve">Pemberdayaan  Sosial </t></r></si>' +
      '<si><t>Sarana &amp; Prasarana &lt;Kantor&gt; &#x2013; &#8220;PMKS&#8221;</t></si>' +
      '<si><t>Baris satu_x000D_\nBaris dua</t></si>' +
      '<si><t>kode_x005F_x0041_</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>' +
      '<si/>';
    const wb = readWorkbook(
      buildBook({
        sharedStrings: sst,
        sheets: [
          {
            name: 'Teks',
            body:
              '<sheetData>' +
              row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c>') +
              row(2, '<c r="A2" t="inlineStr"><is><r><t>Rp </t></r><r><rPr><i/></rPr><t>1.475.000.000</t></r></is></c>') +
              '</sheetData>',
          },
        ],
      }),
    );
    const r = wb.sheets[0].rows;
    expect(r[0]![0]!.v).toBe('Program Pemberdayaan  Sosial ');
    expect(r[0]![1]!.v).toBe('Sarana & Prasarana <Kantor> \u2013 \u201cPMKS\u201d');
    expect(r[0]![2]!.v).toBe('Baris satu\r\nBaris dua');
    expect(r[0]![3]!.v).toBe('kode_x0041_');
    // An empty string item is no value at all.
    expect(r[0]![4]).toBeUndefined();
    expect(r[1]![0]!.v).toBe('Rp 1.475.000.000');
  });
});

describe('readWorkbook: formulas', () => {
  it('gives shared-formula children the master formula moved to their own cell', () => {
    const wb = readWorkbook(
      buildBook({
        sheets: [
          {
            name: 'DPA',
            body:
              '<sheetData>' +
              row(2, '<c r="D2"><v>2300170000</v></c><c r="E2"><v>1965327337</v></c><c r="F2"><f t="shared" ref="F2:F4" si="0">ROUND(E2/D2*100,2)</f><v>85.44</v></c>') +
              row(3, '<c r="D3"><v>1370650000</v></c><c r="E3"><v>1083945988</v></c><c r="F3"><f t="shared" si="0"/><v>79.08</v></c>') +
              row(4, '<c r="D4"><v>1325000000</v></c><c r="E4"><v>1010470350</v></c><c r="F4"><f t="shared" si="0"/><v>76.26</v></c><c r="G4"><f>SUM($D$2:D4)+\'Sheet 2\'!A1&amp;"A1"</f><v>1</v></c>') +
              '</sheetData>',
          },
        ],
      }),
    );
    const r = wb.sheets[0].rows;
    expect(r[1]![5]).toEqual({ t: 'n', v: 85.44, f: 'ROUND(E2/D2*100,2)' });
    expect(r[2]![5]).toEqual({ t: 'n', v: 79.08, f: 'ROUND(E3/D3*100,2)' });
    expect(r[3]![5]).toEqual({ t: 'n', v: 76.26, f: 'ROUND(E4/D4*100,2)' });
    expect(r[3]![6]!.f).toBe('SUM($D$2:D4)+\'Sheet 2\'!A1&"A1"');
  });

  it('keeps a formula whose cached value is missing', () => {
    const wb = readWorkbook(buildBook({ sheets: [{ name: 'S', body: '<sheetData>' + row(1, '<c r="A1"><f>1+1</f></c>') + '</sheetData>' }] }));
    expect(wb.sheets[0].rows[0]![0]).toEqual({ t: 's', v: '', f: '1+1' });
  });
});

describe('readWorkbook: sheet structure', () => {
  const wb = readWorkbook(
    buildBook({
      sheets: [
        {
          name: 'PK',
          body:
            '<dimension ref="A1:D5"/><cols><col min="2" max="3" width="0" hidden="1" customWidth="1"/><col min="5" max="16384" hidden="1"/></cols>' +
            '<sheetData>' +
            row(1, '<c r="A1"><v>1</v></c><c r="D1"><v>4</v></c>') +
            row(2, '<c r="A2"><v>2</v></c>', ' hidden="1"') +
            '<row r="3" hidden="true"/>' +
            row(5, '<c r="A5" s="1"/><c r="B5"><v>5</v></c>') +
            '</sheetData>' +
            '<sheetProtection sheet="1" objects="1" scenarios="1"/>' +
            '<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="D1:D2"/></mergeCells>',
        },
        { name: 'Rahasia', state: 'veryHidden', body: '<sheetData/><sheetProtection password="CC3D" sheet="0"/>' },
        { name: 'Cadangan', state: 'hidden', body: '<sheetData></sheetData>' },
      ],
    }),
  );

  it('keeps sheet order, names and visibility', () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ['PK', 'visible'],
      ['Rahasia', 'veryHidden'],
      ['Cadangan', 'hidden'],
    ]);
    expect(wb.generatedSheets).toEqual([]);
  });

  it('reads merges, hidden rows and hidden columns (within the data), and protection', () => {
    const pk = wb.sheets[0];
    expect(pk.merges).toEqual([
      { r0: 0, c0: 0, r1: 0, c1: 2 },
      { r0: 0, c0: 3, r1: 1, c1: 3 },
    ]);
    expect([...pk.hiddenRows].sort()).toEqual([1, 2]);
    expect([...pk.hiddenCols].sort()).toEqual([1, 2]);
    expect(pk.protected).toBe(true);
    expect(wb.sheets[1].protected).toBe(false);
  });

  it('ignores cells holding only a style and rows holding nothing', () => {
    const pk = wb.sheets[0];
    expect(pk.rows.length).toBe(5);
    expect(pk.rows[2]).toBeUndefined();
    expect(pk.rows[4]![0]).toBeUndefined();
    expect(pk.rows[4]![1]).toEqual({ t: 'n', v: 5 });
    expect(wb.sheets[1].rows).toEqual([]);
  });
});

describe('readWorkbook: size follows the data, not the grid', () => {
  it('reads a stray value at XFD1048576 without allocating a million rows', () => {
    const wb = readWorkbook(
      buildBook({
        sheets: [
          {
            name: 'DPA',
            body:
              '<dimension ref="A1:XFD1048576"/><sheetData>' +
              row(1, '<c r="A1" t="inlineStr"><is><t>Uraian</t></is></c>') +
              row(1048576, '<c r="XFD1048576"><v>1</v></c>') +
              '</sheetData>',
          },
        ],
      }),
    );
    const rows = wb.sheets[0].rows;
    // rows.length is one past the last value, by contract; the array itself stays sparse.
    expect(rows.length).toBe(1048576);
    expect(Object.keys(rows)).toEqual(['0', '1048575']);
    expect(Object.keys(rows[1048575]!)).toEqual(['16383']);
    expect(rows[1048575]![16383]).toEqual({ t: 'n', v: 1 });
    let visited = 0;
    rows.forEach(() => visited++);
    expect(visited).toBe(2);
  });

  it('reads implicit positions when cells and rows carry no r attribute', () => {
    const wb = readWorkbook(
      buildBook({ sheets: [{ name: 'S', body: '<sheetData><row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row></sheetData>' }] }),
    );
    expect(wb.sheets[0].rows).toEqual([
      [{ t: 'n', v: 1 }, { t: 'n', v: 2 }],
      [undefined, { t: 'n', v: 3 }, { t: 'n', v: 4 }],
    ]);
  });

  it('reads worksheets written with a namespace prefix', () => {
    const body = '<x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Jumlah</x:t></x:is></x:c><x:c r="B1"><x:v>13174839520</x:v></x:c></x:row></x:sheetData>';
    const bytes = buildBook({ sheets: [{ name: 'S', body: '' }], extra: {} });
    const { unzipSync, zipSync, strToU8 } = jest.requireActual('fflate');
    const files = unzipSync(bytes);
    files['xl/worksheets/sheet1.xml'] = strToU8(`<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${body}</x:worksheet>`);
    const wb = readWorkbook(zipSync(files));
    expect(wb.sheets[0].rows[0]).toEqual([{ t: 's', v: 'Jumlah' }, { t: 'n', v: 13174839520 }]);
    // Patching keeps the prefix on what it writes.
    const out = patchWorkbook(zipSync(files), [
      { sheet: 'S', row: 0, col: 2, value: 'APBD', kind: 'header', old: undefined },
      { sheet: 'S', row: 2, col: 0, value: 8054019520, kind: 'pagu', old: undefined },
    ]);
    const { strFromU8 } = jest.requireActual('fflate');
    const xml: string = strFromU8(unzipSync(out)['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<x:c r="C1" t="inlineStr"><x:is><x:t>APBD</x:t></x:is></x:c></x:row><x:row r="3"><x:c r="A3"><x:v>8054019520</x:v></x:c></x:row></x:sheetData>');
    expect(readWorkbook(out).sheets[0].rows[2]).toEqual([{ t: 'n', v: 8054019520 }]);
  });

  it('converts 1904-system dates to 1900-system serials', () => {
    const wb = readWorkbook(
      buildBook({ workbookPr: ' date1904="1"', sheets: [{ name: 'S', body: '<sheetData>' + row(1, '<c r="A1" s="1"><v>43099</v></c>') + '</sheetData>' }] }),
    );
    expect(wb.sheets[0].rows[0]![0]).toEqual({ t: 'd', v: 44561, z: 'm/d/yyyy' });
  });
});

describe('readWorkbook: pretty-printed worksheets', () => {
  it('reads cells separated by newlines and indentation, and patches them in place', () => {
    const body = `
  <sheetData>
    <row r="1">
      <c r="A1" t="inlineStr">
        <is><t>Program Rehabilitasi Sosial</t></is>
      </c>
      <c r="B1">
        <f>SUM(C1:D1)</f>
        <v>1370650000</v>
      </c>
      <c r="C1" s="0"/>
    </row>
  </sheetData>
`;
    const bytes = buildBook({ sheets: [{ name: 'S', body }] });
    const r = readWorkbook(bytes).sheets[0].rows;
    expect(r[0]).toEqual([{ t: 's', v: 'Program Rehabilitasi Sosial' }, { t: 'n', v: 1370650000, f: 'SUM(C1:D1)' }]);
    const out = patchWorkbook(bytes, [{ sheet: 'S', row: 0, col: 2, value: 1083945988, kind: 'realisasi', old: undefined }]);
    expect(readWorkbook(out).sheets[0].rows[0]![2]).toEqual({ t: 'n', v: 1083945988 });
  });
});
