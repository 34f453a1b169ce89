/**
 * The fast worksheet scanner reads every sheet exactly as the straightforward
 * scanner it replaced (kept in ./reference as the oracle): same cells field by
 * field and in the same key order (t, v, z, f), -0 kept, same sparse rows,
 * merges, hidden rows and columns, protection. Covered: the forms the fast path
 * reads in place and every form it hands to the general path.
 */
import type { SheetGrid } from '../../src/grid/types';
import { charCodes, plainNumber, readSheetXml, type SheetContext } from '../../src/xlsx/read-sheet';
import { readSharedStrings } from '../../src/xlsx/shared-strings';
import { readCellFormats } from '../../src/xlsx/styles';
import { readSheetXml as referenceSheetXml } from './reference/read-sheet-v1';
import { readSharedStrings as referenceSharedStrings } from './reference/shared-strings-v1';
import { DEFAULT_STYLES, NS, RNS, sheetXml } from './helpers';

const STRINGS = ['Program', '', 'Kegiatan &amp; Sub', 'a_x000D_b', '  spasi  '];
const SST = `<sst xmlns="${NS}">${STRINGS.map((s) => `<si><t xml:space="preserve">${s}</t></si>`).join('')}</sst>`;
const STYLES = `<styleSheet xmlns="${NS}">${DEFAULT_STYLES}</styleSheet>`;

function contexts(date1904: boolean): [SheetContext, SheetContext] {
  const formats = readCellFormats(STYLES);
  return [
    { sharedStrings: readSharedStrings(SST), formats, date1904 },
    { sharedStrings: referenceSharedStrings(SST), formats, date1904 },
  ];
}

/** Everything a sheet body holds, with key order, -0 and non-index array keys made visible. */
function canonical(body: Omit<SheetGrid, 'name' | 'state'>): unknown {
  const cell = (c: unknown) =>
    c === undefined ? '<none>' : Object.entries(c as object).map(([k, v]) => [k, typeof v, Object.is(v, -0) ? '-0' : v]);
  return {
    rows: Object.keys(body.rows).map((r) => [r, Object.keys(body.rows[r as never] ?? {}).map((c) => [c, cell((body.rows[r as never] as never)[c])]), (body.rows[r as never] as unknown[] | undefined)?.length]),
    length: body.rows.length,
    merges: body.merges,
    hiddenRows: [...body.hiddenRows],
    hiddenCols: [...body.hiddenCols],
    protected: body.protected,
  };
}

function expectSameAsReference(xml: string, date1904 = false): void {
  const [fast, reference] = contexts(date1904);
  const expected = canonical(referenceSheetXml(xml, reference));
  // Scanned over the text's code units, and over the part's UTF-8 bytes (used when every byte is one character).
  expect(canonical(readSheetXml(xml, fast))).toEqual(expected);
  expect(canonical(readSheetXml(xml, fast, new TextEncoder().encode(xml)))).toEqual(expected);
}

const sheet = (cells: string) => sheetXml(`<sheetData><row r="1">${cells}</row></sheetData>`);

describe('fast scanner = reference scanner: cell values', () => {
  const numbers = [
    '0', '-0', '-0.0', '7', '007', '12.5', '-12.5', '69.24', '0.1', '0.30000000000000004', '123456789012345',
    '1234567890123456', '12345678901234567890', '9007199254740993', '1.0000000000000002', '0.000001', '-999999999999.99',
    '1E+3', '1e-7', '-2.5E10', '+5', ' 12', '12 ', '\n12\n', '\t', '', '.5', '5.', '1.2.3', '0x10', 'Infinity', '-Infinity',
    '33215221898.352138', '107908.51869112493', '3.3965110975781638', 'NaN', '1,5', '&#49;2', '12&#x33;', '--1', '-', '1-', '٣',
  ];
  it.each(numbers)('number text %j', (text) => {
    for (const s of ['', ' s="1"', ' s="2"', ' s="3"']) {
      expectSameAsReference(sheet(`<c r="A1"${s}><v>${text}</v></c><c r="B1"${s} t="n"><v>${text}</v></c>`));
      expectSameAsReference(sheet(`<c r="A1"${s}><v>${text}</v></c>`), true);
      expectSameAsReference(sheet(`<c r="A1"${s}><f>B1*2</f><v>${text}</v></c>`));
    }
  });

  it.each(['0', '1', '2', '3', '4', '5', '99', '', ' 1', '1 ', '01', '1.0', '1e0', '-1', '0x1', 'abc', '1234567890'])('shared string index %j', (text) => {
    expectSameAsReference(sheet(`<c r="A1" t="s"><v>${text}</v></c><c r="B1" t="s" s="2"><v>${text}</v></c><c r="C1" t="s"><f>X</f><v>${text}</v></c>`));
  });

  it('booleans, errors, formula strings and ISO dates', () => {
    expectSameAsReference(
      sheet(
        '<c r="A1" t="b"><v>1</v></c><c r="B1" t="b"><v>0</v></c><c r="C1" t="b"><v> true </v></c><c r="D1" t="b"><v>yes</v></c><c r="E1" t="b"/>' +
          '<c r="F1" t="b"><f>A1</f></c><c r="G1" t="e"><v>#DIV/0!</v></c><c r="H1" t="e"><f>1/0</f></c><c r="I1" t="e"><v>#N&amp;A</v></c>' +
          '<c r="J1" t="str"><f>B2&amp;"x"</f><v>a &lt; b_x000D_</v></c><c r="K1" t="str"><f>""</f></c><c r="L1" t="str"><v></v></c>' +
          '<c r="M1" t="d"><v>2021-12-31T00:00:00Z</v></c><c r="N1" t="d" s="1"><v>2024-02-30</v></c><c r="O1" t="d"><v>1899-12-31</v></c><c r="P1" t="d"/>',
      ),
    );
  });

  it('inline strings: plain, rich text, self-closing, with a <v> instead, empty', () => {
    expectSameAsReference(
      sheet(
        '<c r="A1" t="inlineStr"><is><t>1.06.01.2.01.0001</t></is></c><c r="B1" t="inlineStr"><is><r><t>Prog</t></r><r><rPr><b/></rPr><t xml:space="preserve">ram &amp; </t></r></is></c>' +
          '<c r="C1" t="inlineStr"><is/></c><c r="D1" t="inlineStr"><v>5</v></c><c r="E1" t="inlineStr"></c><c r="F1" t="inlineStr"><is><t></t></is></c>' +
          '<c r="G1" s="2" t="inlineStr"><is><t>x</t></is></c><c r="H1" t="inlineStr"><f>"a"</f><is><t>a</t></is></c>',
      ),
    );
  });

  it('t values other than the known ones, written oddly, read as numbers like before', () => {
    expectSameAsReference(
      sheet(
        '<c r="A1" t="S"><v>1</v></c><c r="B1" t="x"><v>2</v></c><c r="C1" t=""><v>3</v></c><c r="D1" t="&#115;"><v>0</v></c>' +
          '<c r="E1" t="strx"><v>4</v></c><c r="F1" t="inlineString"><v>5</v></c><c r="G1" t="n"><v>6</v></c><c r="H1" t="s" t="n"><v>1</v></c>',
      ),
    );
  });
});

describe('plainNumber: numbers read from char codes', () => {
  it('gives exactly what Number() gives for random decimals of up to 15 digits (signs, leading zeros, -0 included)', () => {
    let seed = 11;
    const next = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x80000000);
    for (let n = 0; n < 20_000; n++) {
      const digits = 1 + Math.floor(next() * 15);
      let text = '';
      for (let i = 0; i < digits; i++) text += Math.floor(next() * 10);
      const point = Math.floor(next() * digits);
      if (point > 0) text = text.slice(0, point) + '.' + text.slice(point);
      if (next() < 0.3) text = '-' + text;
      const read = plainNumber(charCodes(`<v>${text}</v>`), 3, 3 + text.length);
      expect([text, Object.is(read, -0) ? '-0' : read]).toEqual([text, Object.is(Number(text), -0) ? '-0' : Number(text)]);
    }
  });

  it('declines (NaN) what it does not read exactly, for Number() to read; an exponent or other tail is left to the caller, which sees no end tag', () => {
    for (const text of ['', '-', '.5', '-.5', '5.', '+5', ' 5', '1234567890123456', '0.1234567890123456', '12345678901234567890']) {
      expect([text, plainNumber(charCodes(text + '<'), 0, text.length)]).toEqual([text, NaN]);
    }
  });
});

describe('fast scanner = reference scanner: tags and structure', () => {
  it('style attributes in any form', () => {
    for (const s of ['s="0"', 's="3"', 's=""', 's=" 3"', 's="3 "', 's="1.5"', 's="-1"', 's="03"', 's="9999999999"', "s='2'", 's = "2"', 's="x"']) {
      expectSameAsReference(sheet(`<c r="A1" ${s}><v>44561</v></c><c r="B1" ${s} t="s"><v>0</v></c><c r="C1" ${s}><f>A1</f></c>`));
    }
  });

  it('attribute order, quotes, spacing, references without r and odd references', () => {
    expectSameAsReference(
      sheet(
        `<c t="s" s="2" r="C1"><v>0</v></c><c><v>1</v></c><c   r = 'F1'   ><v>2</v></c><c r="$G$1"><v>3</v></c><c r="h1"><v>4</v></c>` +
          `<c r="AA1"><v>5</v></c><c r="1"><v>6</v></c><c r=""><v>7</v></c><c\nr="AC1"\ns="2"\n><v>8</v></c><c r="AD1" xr:uid="{1}" cm="1"><v>9</v></c>`,
      ),
    );
  });

  it('children with whitespace, self-closing children, missing end tags', () => {
    expectSameAsReference(
      sheet(
        '<c r="A1">\n  <f>SUM(B1:C1)</f>\n  <v>3</v>\n</c><c r="B1"><v/></c><c r="C1"><v /></c><c r="D1"><f/><v>1</v></c><c r="E1"><f /></c>' +
          '<c r="F1"><v>1</v><extLst/></c><c r="G1"></c><c r="H1"> </c><c r="I1"/><c r="J1" s="2"/>',
      ),
    );
    expectSameAsReference(sheetXml('<sheetData><row r="1"><c r="A1"><v>1</v>'));
    expectSameAsReference(sheetXml('<sheetData><row r="1"><c r="A1"><v>1</v></row><row r="2"><c r="A2"><v>2</v></c></row></sheetData>'));
    expectSameAsReference(sheetXml('<sheetData><row r="1"><c r="A1"><f>A'));
  });

  it('formulas: entities, shared masters before and after their children, missing masters, data tables, array formulas', () => {
    expectSameAsReference(
      sheetXml(
        '<sheetData>' +
          '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="0">B1&amp;"&lt;x&gt;"</f><v>1</v></c><c r="B1"><f t="shared" si="7"/><v>2</v></c></row>' +
          '<row r="2"><c r="A2"><f t="shared" si="0"/><v>1</v></c><c r="B2"><f t="shared" si="9"></f><v>5</v></c><c r="C2"><f t="dataTable" ref="C2:D3" dt2D="1" r1="A1" r2="B1"/><v>4</v></c></row>' +
          '<row r="3"><c r="A3"><f t="shared" si="0"></f><v>1</v></c><c r="B3"><f t="shared" ref="B3:B4" si="7">C3+1</f><v>3</v></c><c r="C3"><f t="array" ref="C3">{1,2}</f><v>1</v></c></row>' +
          '<row r="4"><c r="B4" t="s"><f t="shared" si="7"/><v>0</v></c><c r="C4"><f t="dataTable" r1="A1"/></c><c r="D4"><f aca="false">1+1</f><v>2</v></c></row>' +
          '</sheetData>',
      ),
    );
  });

  it('shared formula tags in every spelling: the in-place reading of Excel\'s form and the general one agree', () => {
    const masters = ['<f t="shared" ref="A1:A9" si="0">B1*2</f>', '<f si="0" t="shared" ref="A1:A9">B1*2</f>', '<f ref="A1:A9" t="shared" si="0">B1*2</f>', '<f t="shared" si="00">B1*2</f>', "<f t='shared' si='0'>B1*2</f>", '<f t="shared"  si="0">B1*2</f>', '<f t="shared" ref="A1&amp;" si="0">B1*2</f>', '<f t="shared" si="0" aca="false">B1*2</f>', '<f t="shared" si="">B1*2</f>', '<f t="shared" si="1234567890">B1*2</f>'];
    const children = ['<f t="shared" si="0"/>', '<f si="0" t="shared"/>', '<f t="shared" si="0" />', '<f t="shared" si="0"></f>', '<f t="shared" si="00"/>', '<f t="shared" si=""/>', '<f t = "shared" si="0"/>', '<f t="shared" si="0" ref="A2"/>', '<f ref="A1 t=\'x\'" t="shared" si="0"/>', '<f ref="$A$2:A9" t="shared" si="0"/>', '<f t="sharedx" si="0"/>', '<f t="shared" si="0x"/>', '<f t="shared" t="shared" si="0"/>', '<f t="shared" si="1234567890"/>', '<f si="0"/>'];
    for (const m of masters) {
      const rows = children.map((ch, k) => `<row r="${k + 2}"><c r="A${k + 2}">${ch}<v>${k}</v></c></row>`).join('');
      // Master first, and the children before their master (orphans).
      expectSameAsReference(sheetXml(`<sheetData><row r="1"><c r="A1">${m}<v>1</v></c></row>${rows}</sheetData>`));
      expectSameAsReference(sheetXml(`<sheetData>${rows}<row r="20"><c r="B20">${m}<v>1</v></c></row></sheetData>`));
    }
  });

  it('rows: no r, r="0", odd r forms, hidden flags, self-closing rows, gaps, whitespace between cells', () => {
    expectSameAsReference(
      sheetXml(
        '<sheetData>' +
          '<row><c r="A1"><v>1</v></c></row><row><c><v>2</v></c></row>' +
          '<row r="5" hidden="1"><c r="B5"><v>3</v></c></row><row r="6" hidden="0"><c r="A6"><v>4</v></c></row><row r="7" hidden="true"/>' +
          '<row spans="1:2" r="9"><c r="A9"><v>5</v></c></row><row r = "10"><c r="A10"><v>6</v></c></row><row r=\'11\'><c r="A11"><v>7</v></c></row>' +
          '<row r="12" customHeight="1" ht="0" hidden="1" x14ac:dyDescent="0.25">\n  <c r="A12"><v>8</v></c>\n  <c r="C12"><v>9</v></c>\n</row>' +
          '<row r="0"><c r="A0"><v>10</v></c></row><row r="14x"><c r="A14"><v>11</v></c></row><row r=""><c r="A15"><v>12</v></c></row>' +
          '<row r="16" hiddenx="1"><c r="A16"><v>13</v></c></row>' +
          '</sheetData>',
      ),
    );
  });

  it('namespace prefixes, merges, hidden columns and protection', () => {
    expectSameAsReference(
      `<x:worksheet xmlns:x="${NS}" xmlns:r="${RNS}"><x:cols><x:col min="2" max="3" hidden="1"/><x:col min="5" max="16384" hidden="1"/></x:cols><x:sheetData>` +
        '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:f>A1</x:f><x:v>1.5</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>i</x:t></x:is></x:c></x:row>' +
        '<x:row r="2"><x:c r="E2" s="2"><x:v>7</x:v></x:c><x:c r="F2"><x:v>-0</x:v></x:c></x:row>' +
        '</x:sheetData><x:sheetProtection sheet="1"/><x:mergeCells><x:mergeCell ref="A1:B1"/><x:mergeCell ref="C2"/></x:mergeCells></x:worksheet>',
    );
    expectSameAsReference(sheetXml('<cols><col min="1" max="1" hidden="1"/></cols><sheetData/>'));
    expectSameAsReference(sheetXml('<sheetPr/>'));
  });
});

describe('fast scanner = reference scanner: generated sheets', () => {
  /** Small deterministic generator (mulberry32). */
  function rng(seed: number): () => number {
    return () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  const VALUES = ['0', '-0', '12', '-7.25', '69.24', '1E+3', ' 4', '', '123456789012345678', '0.1', '&#50;', '44561', '1.'];
  const TYPES = ['', ' t="s"', ' t="n"', ' t="b"', ' t="e"', ' t="str"', ' t="d"', ' t="inlineStr"', ' t="x"'];
  const STYLE = ['', ' s="0"', ' s="1"', ' s="2"', ' s="3"', ' s="4"', ' s="7"'];
  const FORMULAS = ['', '<f>SUM(A1:B1)</f>', '<f/>', '<f t="shared" ref="A1:A9" si="1">A1+1</f>', '<f t="shared" si="1"/>', '<f t="shared" si="2"/>', '<f>A1&amp;B1</f>', '<f t="shared" ref="B2:B9" si="2">$A1*B$2</f>', '<f si="01" t="shared"/>', "<f t='shared' si='1'/>"];

  it.each([1, 2, 3, 4, 5, 6, 7, 8])('seed %i', (seed) => {
    const r = rng(seed);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    let body = '<sheetData>';
    for (let row = 1; row <= 60; row++) {
      if (r() < 0.1) continue;
      body += `<row${r() < 0.9 ? ` r="${row}"` : ''}${r() < 0.05 ? ' hidden="1"' : ''}>`;
      for (let col = 0; col < 8; col++) {
        if (r() < 0.2) continue;
        const ref = r() < 0.9 ? ` r="${String.fromCharCode(65 + col)}${row}"` : '';
        const t = pick(TYPES);
        if (r() < 0.1) {
          body += `<c${ref}${pick(STYLE)}${t}/>`;
          continue;
        }
        const value = t === ' t="inlineStr"' ? `<is><t>${pick(VALUES)}</t></is>` : r() < 0.9 ? `<v>${t === ' t="s"' ? pick(['0', '2', '3', '9', ' 1', '']) : pick(VALUES)}</v>` : '';
        body += `<c${ref}${pick(STYLE)}${t}>${pick(FORMULAS)}${value}</c>`;
      }
      body += '</row>';
    }
    body += '</sheetData>';
    expectSameAsReference(sheetXml(body), seed % 2 === 0);
  });
});

describe('fast shared strings = reference shared strings', () => {
  const items = [
    '<si><t>Program</t></si>',
    '<si><t xml:space="preserve">  spasi  </t></si>',
    '<si><t>Sarana &amp; Prasarana &lt;Kantor&gt; &#x2013; &#8220;PMKS&#8221;</t></si>',
    '<si><t>Baris satu_x000D_\r\nBaris dua\r</t></si>',
    '<si><t>kode_x005F_x0041_</t><rPh sb="0" eb="1"><t>ふりがな</t></rPh></si>',
    '<si><r><rPr><b/></rPr><t>Program </t></r><r><t xml:space="preserve">Pemberdayaan  Sosial </t></r></si>',
    '<si/>', '<si></si>', '<si><t/></si>', '<si><t></t></si>', '<si> <t>a</t></si>', '<si><t>a</t> </si>', '<si><t>a</t><t>b</t></si>',
    '<si><tx>a</tx></si>', '<si><t a=">">b</t></si>', '<si><t\nxml:space="preserve">c</t></si>', '<si><t>d</t></si >',
    '<si><rPh><t>x</t></rPh><t>y</t></si>', '<si><phoneticPr fontId="1"/><t>z</t></si>',
    // Not well-formed ("<" in an attribute value), read the same all the same.
    '<si><t a="</t></si>">e</t></si>', '<si><t a="<">f</t></si>', '<si><t a=">" b="</t></si>">g</t></si>',
  ];
  it.each(items)('%j', (item) => {
    const sst = `<sst xmlns="${NS}">${item}<si><t>next</t></si></sst>`;
    expect(readSharedStrings(sst)).toEqual(referenceSharedStrings(sst));
  });

  it('all of them in one part, with and without a namespace prefix', () => {
    const sst = `<sst xmlns="${NS}" count="${items.length}">${items.join('')}</sst>`;
    expect(readSharedStrings(sst)).toEqual(referenceSharedStrings(sst));
    const prefixed = `<x:sst xmlns:x="${NS}">${items.join('').replace(/<(\/?)(si|t|r|rPr|rPh|b|tx|phoneticPr)\b/g, '<$1x:$2')}</x:sst>`;
    expect(readSharedStrings(prefixed)).toEqual(referenceSharedStrings(prefixed));
    expect(readSharedStrings(prefixed)).toContain('Program');
  });

  it('an unfinished part', () => {
    for (const sst of [`<sst xmlns="${NS}"><si><t>a</t></si><si><t>b`, `<sst xmlns="${NS}"><si><t>a</t></si><si><t>b</t>`, `<sst xmlns="${NS}"><si><t`]) {
      expect(readSharedStrings(sst)).toEqual(referenceSharedStrings(sst));
    }
  });
});
