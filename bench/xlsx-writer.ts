/**
 * A small .xlsx writer for generated benchmark workbooks, shaped like Excel's
 * own output: shared strings, a styles part with custom number formats,
 * bordered blank cells, row spans, frozen panes, merges, formulas filled down
 * a column as shared formulas, cached formula values.
 * Node-free (fflate + strings) but only the benchmark uses it.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Cell, SheetGrid } from '../src/grid/types';
import { a1, columnLetters } from '../src/grid/address';
import { FormulaTemplate } from '../src/xlsx/formula-shift';

export interface CellStyle {
  font?: 'bold' | 'title';
  border?: boolean;
  fill?: boolean;
  wrap?: boolean;
  horizontal?: 'center' | 'left' | 'right';
  /** Used when the cell itself carries no number format (blank styled cells). */
  numFmt?: string;
}

export interface XlsxSheet {
  grid: SheetGrid;
  /** Columns written per row (blank cells get a style when `style` gives one). */
  columns: number;
  /** Style of a cell; called for every column of every row up to `columns`. */
  style?: (row: number, col: number, cell: Cell | undefined) => CellStyle | undefined;
  colWidths?: number[];
  freezeRows?: number;
}

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '@': 49,
};

const NS_MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const NS_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const NS_PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WS_NS =
  `xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
  'mc:Ignorable="x14ac xr xr2 xr3" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" ' +
  'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
  'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" ' +
  'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3"';

// eslint-disable-next-line no-control-regex
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

function esc(s: string): string {
  return s.replace(XML_SPECIAL, (ch) =>
    ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : '',
  );
}

/** Cell formats (xf records) registered on first use, deduplicated. */
class StyleTable {
  private readonly numFmts = new Map<string, number>();
  private readonly xfs = new Map<string, number>();
  private readonly xfXml: string[] = ['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'];

  constructor() {
    this.xfs.set('0|||||', 0);
  }

  index(style: CellStyle | undefined, z: string | undefined): number {
    const fmt = z ?? style?.numFmt ?? 'General';
    const font = style?.font === 'title' ? 2 : style?.font === 'bold' ? 1 : 0;
    const border = style?.border ? 1 : 0;
    const fill = style?.fill ? 2 : 0;
    const h = style?.horizontal ?? '';
    const wrap = style?.wrap ? 1 : 0;
    const fmtId = this.numFmtId(fmt);
    const key = `${fmtId}|${font}|${border}|${fill}|${h}|${wrap || ''}`;
    const hit = this.xfs.get(key);
    if (hit !== undefined) return hit;
    const applies =
      (fmtId ? ' applyNumberFormat="1"' : '') + (font ? ' applyFont="1"' : '') + (border ? ' applyBorder="1"' : '') + (fill ? ' applyFill="1"' : '');
    const align = h || wrap ? `<alignment${h ? ` horizontal="${h}"` : ''} vertical="center"${wrap ? ' wrapText="1"' : ''}/>` : '';
    const xml = `<xf numFmtId="${fmtId}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"${applies}${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`;
    const i = this.xfXml.length;
    this.xfXml.push(xml);
    this.xfs.set(key, i);
    return i;
  }

  private numFmtId(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.numFmts.get(code);
    if (id === undefined) {
      id = 164 + this.numFmts.size;
      this.numFmts.set(code, id);
    }
    return id;
  }

  xml(): string {
    const fmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<styleSheet xmlns="${NS_MAIN}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" ` +
      'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" ' +
      'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">' +
      (this.numFmts.size ? `<numFmts count="${this.numFmts.size}">${fmts}</numFmts>` : '') +
      '<fonts count="3" x14ac:knownFonts="1">' +
      '<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '<font><b/><sz val="14"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>' +
      '</fonts>' +
      '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E1F2"/><bgColor indexed="64"/></patternFill></fill></fills>' +
      '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>' +
      '<border><left style="thin"><color indexed="64"/></left><right style="thin"><color indexed="64"/></right>' +
      '<top style="thin"><color indexed="64"/></top><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfXml.length}">${this.xfXml.join('')}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      '</styleSheet>'
    );
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  add(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.length;
      this.list.push(s);
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list.map((s) => (/^\s|\s$/.test(s) ? `<si><t xml:space="preserve">${esc(s)}</t></si>` : `<si><t>${esc(s)}</t></si>`));
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
      `<sst xmlns="${NS_MAIN}" count="${this.count}" uniqueCount="${this.list.length}">${items.join('')}</sst>`
    );
  }
}

/**
 * The <f> elements of formulas filled down a column, as Excel writes them: the
 * first cell of a run is the master (`t="shared"`, the run's range, the text),
 * each cell below whose formula is the master's moved down is a child that
 * names only the group. Keyed by `row * columns + col`.
 */
function sharedFormulas(grid: SheetGrid, columns: number): Map<number, string> {
  const out = new Map<number, string>();
  let si = 0;
  for (let c = 0; c < columns; c++) {
    let r = 0;
    while (r < grid.rows.length) {
      const f = grid.rows[r]?.[c]?.f;
      if (f === undefined) {
        r++;
        continue;
      }
      const template = FormulaTemplate.compile(f);
      let end = r + 1;
      while (end < grid.rows.length && grid.rows[end]?.[c]?.f === template.shift(end - r, 0)) end++;
      if (end - r > 1) {
        out.set(r * columns + c, `<f t="shared" ref="${a1(r, c)}:${a1(end - 1, c)}" si="${si}">${esc(f)}</f>`);
        for (let k = r + 1; k < end; k++) out.set(k * columns + c, `<f t="shared" si="${si}"/>`);
        si++;
      }
      r = end;
    }
  }
  return out;
}

/** A cell; `fx` is its <f> element when the formula is part of a shared group. */
function cellXml(ref: string, s: number, cell: Cell | undefined, sst: SharedStrings, fx?: string): string {
  const sAttr = s ? ` s="${s}"` : '';
  if (!cell) return `<c r="${ref}"${sAttr}/>`;
  const f = fx ?? (cell.f !== undefined ? `<f>${esc(cell.f)}</f>` : '');
  switch (cell.t) {
    case 'n':
    case 'd':
      return `<c r="${ref}"${sAttr}>${f}<v>${cell.v}</v></c>`;
    case 'b':
      return `<c r="${ref}"${sAttr} t="b">${f}<v>${cell.v ? 1 : 0}</v></c>`;
    case 'e':
      return `<c r="${ref}"${sAttr} t="e">${f}<v>${esc(cell.v)}</v></c>`;
    case 's':
      if (f) return `<c r="${ref}"${sAttr} t="str">${f}<v>${esc(cell.v)}</v></c>`;
      return `<c r="${ref}"${sAttr} t="s"><v>${sst.add(cell.v)}</v></c>`;
  }
}

function sheetXml(sheet: XlsxSheet, styles: StyleTable, sst: SharedStrings, selected: boolean): string {
  const { grid, columns } = sheet;
  const parts: string[] = [];
  const lastRow = Math.max(1, grid.rows.length);
  const lastCol = columnLetters(Math.max(0, columns - 1));
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${WS_NS} xr:uid="{00000000-0001-0000-0000-000000000000}">`);
  parts.push(`<dimension ref="A1:${lastCol}${lastRow}"/>`);
  const tab = selected ? ' tabSelected="1"' : '';
  if (sheet.freezeRows) {
    const top = `A${sheet.freezeRows + 1}`;
    parts.push(
      `<sheetViews><sheetView${tab} zoomScale="85" zoomScaleNormal="85" workbookViewId="0">` +
        `<pane ySplit="${sheet.freezeRows}" topLeftCell="${top}" activePane="bottomLeft" state="frozen"/>` +
        `<selection pane="bottomLeft" activeCell="${top}" sqref="${top}"/></sheetView></sheetViews>`,
    );
  } else {
    parts.push(`<sheetViews><sheetView${tab} workbookViewId="0"><selection activeCell="A1" sqref="A1"/></sheetView></sheetViews>`);
  }
  parts.push('<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>');
  if (sheet.colWidths?.length) {
    parts.push('<cols>');
    sheet.colWidths.forEach((w, i) => parts.push(`<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`));
    parts.push('</cols>');
  }
  parts.push('<sheetData>');
  const spans = `1:${columns}`;
  const shared = sharedFormulas(grid, columns);
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    const cells: string[] = [];
    for (let c = 0; c < columns; c++) {
      const cell = row?.[c];
      const style = sheet.style?.(r, c, cell);
      if (!cell && !style) continue;
      cells.push(cellXml(a1(r, c), styles.index(style, cell?.z), cell, sst, shared.get(r * columns + c)));
    }
    if (cells.length === 0) continue;
    const hidden = grid.hiddenRows.has(r) ? ' hidden="1"' : '';
    parts.push(`<row r="${r + 1}" spans="${spans}"${hidden} x14ac:dyDescent="0.25">${cells.join('')}</row>`);
  }
  parts.push('</sheetData>');
  if (grid.merges.length) {
    parts.push(`<mergeCells count="${grid.merges.length}">`);
    for (const m of grid.merges) parts.push(`<mergeCell ref="${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}"/>`);
    parts.push('</mergeCells>');
  }
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  parts.push('<pageSetup paperSize="9" scale="70" orientation="landscape"/>');
  parts.push('</worksheet>');
  return parts.join('');
}

function workbookXml(sheets: XlsxSheet[]): string {
  const list = sheets
    .map((s, i) => `<sheet name="${esc(s.grid.name)}" sheetId="${i + 1}"${s.grid.state !== 'visible' ? ` state="${s.grid.state}"` : ''} r:id="rId${i + 1}"/>`)
    .join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" ` +
    'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" ' +
    'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" ' +
    'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">' +
    '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/><workbookPr defaultThemeVersion="166925"/>' +
    '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/></bookViews>' +
    `<sheets>${list}</sheets><calcPr calcId="191029"/></workbook>`
  );
}

function workbookRels(n: number): string {
  const sheets = Array.from({ length: n }, (_, i) =>
    `<Relationship Id="rId${i + 1}" Type="${NS_REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  ).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">${sheets}` +
    `<Relationship Id="rId${n + 1}" Type="${NS_REL}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId${n + 2}" Type="${NS_REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>`
  );
}

function contentTypes(n: number): string {
  const ml = 'application/vnd.openxmlformats-officedocument';
  const sheets = Array.from({ length: n }, (_, i) =>
    `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${ml}.spreadsheetml.worksheet+xml"/>`,
  ).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${ml}.spreadsheetml.sheet.main+xml"/>${sheets}` +
    `<Override PartName="/xl/styles.xml" ContentType="${ml}.spreadsheetml.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${ml}.spreadsheetml.sharedStrings+xml"/>` +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    `<Override PartName="/docProps/app.xml" ContentType="${ml}.extended-properties+xml"/></Types>`
  );
}

const ROOT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
  `<Relationship Id="rId3" Type="${NS_REL}/extended-properties" Target="docProps/app.xml"/>` +
  '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
  `<Relationship Id="rId1" Type="${NS_REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

function coreXml(creator: string, modified: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:creator>${esc(creator)}</dc:creator><cp:lastModifiedBy>${esc(creator)}</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${modified}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${modified}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

function appXml(names: string[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${names.map((n) => `<vt:lpstr>${esc(n)}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>` +
    '<AppVersion>16.0300</AppVersion></Properties>'
  );
}

export interface WriteOptions {
  creator?: string;
  /** ISO timestamp stored in docProps/core.xml; fixed so output bytes are deterministic. */
  modified?: string;
}

/** Sheets → .xlsx bytes. The same input gives the same bytes (fixed timestamps in the zip and core.xml). */
export function writeXlsx(sheets: XlsxSheet[], opts: WriteOptions = {}): Uint8Array {
  const styles = new StyleTable();
  const sst = new SharedStrings();
  // Zip entries carry a modification time; a fixed one keeps the bytes reproducible.
  const mtime = new Date(Date.UTC(2024, 0, 15, 8, 0, 0));
  const files: Zippable = {};
  const put = (name: string, xml: string) => {
    files[name] = [strToU8(xml), { mtime }];
  };
  const sheetParts = sheets.map((s, i) => sheetXml(s, styles, sst, i === 0));
  put('[Content_Types].xml', contentTypes(sheets.length));
  put('_rels/.rels', ROOT_RELS);
  put('docProps/app.xml', appXml(sheets.map((s) => s.grid.name)));
  put('docProps/core.xml', coreXml(opts.creator ?? 'Subbag Perencanaan dan Keuangan', opts.modified ?? '2024-01-15T08:00:00Z'));
  put('xl/workbook.xml', workbookXml(sheets));
  put('xl/_rels/workbook.xml.rels', workbookRels(sheets.length));
  sheetParts.forEach((xml, i) => put(`xl/worksheets/sheet${i + 1}.xml`, xml));
  put('xl/styles.xml', styles.xml());
  put('xl/sharedStrings.xml', sst.xml());
  return zipSync(files, { level: 6 });
}
