/**
 * A small .xlsx writer for tests: WorkbookGrid in, package bytes out, in
 * milliseconds (LibreOffice takes seconds). It writes what staff workbooks
 * carry and the engine must cope with: shared strings, formulas with cached
 * values (t="str" for text results), Excel errors (t="e"), dates (a date
 * number format), number formats, merges, hidden rows and columns, hidden
 * sheets, an inflated <dimension>, and on request a chart, a comment, a list
 * validation, a conditional format and defined names.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { Cell, SheetGrid, WorkbookGrid } from '../../src/grid/types';
import { a1, columnLetters } from '../../src/grid/address';

export interface SheetExtras {
  /** Written as <dimension ref>; e.g. "A1:XFD1048576" for a used range inflated to the last cell. */
  dimension?: string;
  /** A note on a cell. */
  comment?: { a1: string; text: string; author?: string };
  /** A list validation ("Positif,Negatif" or a range such as Referensi!$A$2:$A$3). */
  validation?: { sqref: string; list: string };
  /** A "less than" conditional format with a red font. */
  conditional?: { sqref: string; lessThan: number };
  /** A bar chart of one series. */
  chart?: { categories: string; values: string; title: string };
  /** Column widths in characters, by 0-based column. */
  widths?: Record<number, number>;
}

export interface WriterOptions {
  sheets?: Record<string, SheetExtras>;
  definedNames?: Array<{ name: string; ref: string }>;
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Number formats → cellXfs indexes (0 is General, 1 the built-in date format 14). */
class Styles {
  private readonly custom = new Map<string, number>();
  private readonly xfs: number[] = [0, 14];

  xf(cell: Cell): number {
    if (cell.z) {
      let id = this.custom.get(cell.z);
      if (id === undefined) {
        id = 164 + this.custom.size;
        this.custom.set(cell.z, id);
      }
      let i = this.xfs.indexOf(id);
      if (i < 0) i = this.xfs.push(id) - 1;
      return i;
    }
    return cell.t === 'd' ? 1 : 0;
  }

  xml(withDxf: boolean): string {
    const fmts = [...this.custom].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${esc(code)}"/>`).join('');
    const xfs = this.xfs
      .map((id) => `<xf numFmtId="${id}" fontId="0" fillId="0" borderId="0" xfId="0"${id ? ' applyNumberFormat="1"' : ''}/>`)
      .join('');
    return (
      XML_HEAD +
      `<styleSheet xmlns="${NS}">` +
      (fmts ? `<numFmts count="${this.custom.size}">${fmts}</numFmts>` : '') +
      '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      `<cellXfs count="${this.xfs.length}">${xfs}</cellXfs>` +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      (withDxf ? '<dxfs count="1"><dxf><font><color rgb="FFC00000"/></font></dxf></dxfs>' : '<dxfs count="0"/>') +
      '</styleSheet>'
    );
  }
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly list: string[] = [];
  count = 0;

  id(s: string): number {
    this.count++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.list.push(s) - 1;
      this.index.set(s, i);
    }
    return i;
  }

  xml(): string {
    const items = this.list
      .map((s) => `<si><t${/^\s|\s$|\n/.test(s) ? ' xml:space="preserve"' : ''}>${esc(s)}</t></si>`)
      .join('');
    return XML_HEAD + `<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.list.length}">${items}</sst>`;
  }
}

function cellXml(r: number, c: number, cell: Cell, styles: Styles, sst: SharedStrings): string {
  const xf = styles.xf(cell);
  const s = xf ? ` s="${xf}"` : '';
  const ref = a1(r, c);
  const f = cell.f !== undefined ? `<f>${esc(cell.f)}</f>` : '';
  switch (cell.t) {
    case 'n':
    case 'd':
      return `<c r="${ref}"${s}>${f}<v>${cell.v}</v></c>`;
    case 'b':
      return `<c r="${ref}"${s} t="b">${f}<v>${cell.v ? 1 : 0}</v></c>`;
    case 'e':
      return `<c r="${ref}"${s} t="e">${f}<v>${esc(cell.v)}</v></c>`;
    case 's':
      // A formula's text result is t="str"; plain text goes to the shared strings, as Excel does.
      if (cell.f !== undefined) return `<c r="${ref}"${s} t="str">${f}<v>${esc(cell.v)}</v></c>`;
      return `<c r="${ref}"${s} t="s"><v>${sst.id(cell.v)}</v></c>`;
  }
}

function sheetXml(sheet: SheetGrid, extras: SheetExtras, styles: Styles, sst: SharedStrings, rels: { drawing?: string; legacy?: string }): string {
  const rows: string[] = [];
  let maxR = 0;
  let maxC = 0;
  // forEach skips the holes of sparse arrays: a stray cell at XFD1048576 costs one row.
  sheet.rows.forEach((row, r) => {
    const cells: string[] = [];
    row?.forEach((cell, c) => {
      if (!cell) return;
      cells.push(cellXml(r, c, cell, styles, sst));
      maxC = Math.max(maxC, c);
    });
    const hidden = sheet.hiddenRows.has(r) ? ' hidden="1"' : '';
    if (cells.length || hidden) rows.push(`<row r="${r + 1}"${hidden}>${cells.join('')}</row>`);
    maxR = Math.max(maxR, r);
  });
  // Hidden rows with no cell at all still need their row element.
  for (const r of [...sheet.hiddenRows].sort((a, b) => a - b)) {
    if (sheet.rows[r] === undefined && !rows.some((x) => x.startsWith(`<row r="${r + 1}"`))) {
      const at = rows.findIndex((x) => Number(/r="(\d+)"/.exec(x)![1]) > r + 1);
      rows.splice(at < 0 ? rows.length : at, 0, `<row r="${r + 1}" hidden="1"/>`);
    }
  }
  const widths = extras.widths ?? {};
  const colSet = new Set([...Object.keys(widths).map(Number), ...sheet.hiddenCols]);
  const cols = [...colSet]
    .sort((a, b) => a - b)
    .map((c) => `<col min="${c + 1}" max="${c + 1}" width="${widths[c] ?? 9.14}"${sheet.hiddenCols.has(c) ? ' hidden="1"' : ''} customWidth="1"/>`)
    .join('');
  const dim = extras.dimension ?? `A1:${columnLetters(maxC)}${maxR + 1}`;
  const out: string[] = [XML_HEAD, `<worksheet xmlns="${NS}" xmlns:r="${REL}">`];
  out.push(`<dimension ref="${dim}"/>`, '<sheetViews><sheetView workbookViewId="0"/></sheetViews>', '<sheetFormatPr defaultRowHeight="15"/>');
  if (cols) out.push(`<cols>${cols}</cols>`);
  out.push(rows.length ? `<sheetData>${rows.join('')}</sheetData>` : '<sheetData/>');
  if (sheet.protected) out.push('<sheetProtection sheet="1" objects="1" scenarios="1"/>');
  if (sheet.merges.length) {
    out.push(`<mergeCells count="${sheet.merges.length}">`);
    for (const m of sheet.merges) out.push(`<mergeCell ref="${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}"/>`);
    out.push('</mergeCells>');
  }
  if (extras.conditional) {
    out.push(
      `<conditionalFormatting sqref="${extras.conditional.sqref}"><cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>${extras.conditional.lessThan}</formula></cfRule></conditionalFormatting>`,
    );
  }
  if (extras.validation) {
    const list = extras.validation.list.includes('!') ? extras.validation.list : `"${extras.validation.list}"`;
    out.push(
      `<dataValidations count="1"><dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="Polaritas" error="Pilih dari daftar." sqref="${extras.validation.sqref}"><formula1>${esc(list)}</formula1></dataValidation></dataValidations>`,
    );
  }
  out.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (rels.drawing) out.push(`<drawing r:id="${rels.drawing}"/>`);
  if (rels.legacy) out.push(`<legacyDrawing r:id="${rels.legacy}"/>`);
  out.push('</worksheet>');
  return out.join('');
}

function relsXml(list: Array<{ id: string; type: string; target: string }>): string {
  return (
    XML_HEAD +
    `<Relationships xmlns="${PKG_REL}">` +
    list.map((r) => `<Relationship Id="${r.id}" Type="${REL}/${r.type}" Target="${r.target}"/>`).join('') +
    '</Relationships>'
  );
}

function commentsXml(c: NonNullable<SheetExtras['comment']>): string {
  return (
    XML_HEAD +
    `<comments xmlns="${NS}"><authors><author>${esc(c.author ?? 'Subbag Perencanaan dan Keuangan')}</author></authors>` +
    `<commentList><comment ref="${c.a1}" authorId="0"><text><r><t xml:space="preserve">${esc(c.text)}</t></r></text></comment></commentList></comments>`
  );
}

function vmlXml(cellA1: string): string {
  const m = /^([A-Z]+)(\d+)$/.exec(cellA1)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return (
    '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
    '<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="1"/></o:shapelayout>' +
    '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>' +
    '<v:shape id="_x0000_s1025" type="#_x0000_t202" style="position:absolute;margin-left:59.25pt;margin-top:1.5pt;width:108pt;height:59.25pt;z-index:1;visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">' +
    `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/><x:AutoFill>False</x:AutoFill><x:Row>${Number(m[2]) - 1}</x:Row><x:Column>${col - 1}</x:Column></x:ClientData>` +
    '</v:shape></xml>'
  );
}

function drawingXml(): string {
  return (
    XML_HEAD +
    '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    '<xdr:twoCellAnchor><xdr:from><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>' +
    '<xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>' +
    '<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="Grafik 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>' +
    '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${REL}" r:id="rId1"/></a:graphicData></a:graphic>` +
    '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>'
  );
}

function chartXml(ch: NonNullable<SheetExtras['chart']>): string {
  return (
    XML_HEAD +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">' +
    `<c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>${esc(ch.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    '<c:plotArea><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/>' +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>${esc(ch.categories)}</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>${esc(ch.values)}</c:f></c:numRef></c:val></c:ser>` +
    '<c:axId val="1"/><c:axId val="2"/></c:barChart>' +
    '<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>' +
    '<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>' +
    '</c:plotArea></c:chart></c:chartSpace>'
  );
}

/** Writes the workbook as an .xlsx package. */
export function writeXlsx(wb: WorkbookGrid, opts: WriterOptions = {}): Uint8Array {
  const styles = new Styles();
  const sst = new SharedStrings();
  const files: Zippable = {};
  const overrides: string[] = [];
  const wbRels: Array<{ id: string; type: string; target: string }> = [];
  let withDxf = false;
  let drawings = 0;
  let comments = 0;
  let needsVml = false;

  const sheetsXml = wb.sheets.map((sheet, i) => {
    const n = i + 1;
    const extras = opts.sheets?.[sheet.name] ?? {};
    const sheetRels: Array<{ id: string; type: string; target: string }> = [];
    const rels: { drawing?: string; legacy?: string } = {};
    if (extras.conditional) withDxf = true;
    if (extras.chart) {
      const d = ++drawings;
      rels.drawing = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: rels.drawing, type: 'drawing', target: `../drawings/drawing${d}.xml` });
      files[`xl/drawings/drawing${d}.xml`] = strToU8(drawingXml());
      files[`xl/drawings/_rels/drawing${d}.xml.rels`] = strToU8(relsXml([{ id: 'rId1', type: 'chart', target: `../charts/chart${d}.xml` }]));
      files[`xl/charts/chart${d}.xml`] = strToU8(chartXml(extras.chart));
      overrides.push(
        `<Override PartName="/xl/drawings/drawing${d}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
        `<Override PartName="/xl/charts/chart${d}.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
      );
    }
    if (extras.comment) {
      const k = ++comments;
      needsVml = true;
      sheetRels.push({ id: `rId${sheetRels.length + 1}`, type: 'comments', target: `../comments${k}.xml` });
      rels.legacy = `rId${sheetRels.length + 1}`;
      sheetRels.push({ id: rels.legacy, type: 'vmlDrawing', target: `../drawings/vmlDrawing${k}.vml` });
      files[`xl/comments${k}.xml`] = strToU8(commentsXml(extras.comment));
      files[`xl/drawings/vmlDrawing${k}.vml`] = strToU8(vmlXml(extras.comment.a1));
      overrides.push(`<Override PartName="/xl/comments${k}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/>`);
    }
    files[`xl/worksheets/sheet${n}.xml`] = strToU8(sheetXml(sheet, extras, styles, sst, rels));
    if (sheetRels.length) files[`xl/worksheets/_rels/sheet${n}.xml.rels`] = strToU8(relsXml(sheetRels));
    overrides.push(`<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`);
    wbRels.push({ id: `rId${n}`, type: 'worksheet', target: `worksheets/sheet${n}.xml` });
    const state = sheet.state !== 'visible' ? ` state="${sheet.state}"` : '';
    return `<sheet name="${esc(sheet.name)}" sheetId="${n}"${state} r:id="rId${n}"/>`;
  });

  const k = wb.sheets.length;
  wbRels.push({ id: `rId${k + 1}`, type: 'styles', target: 'styles.xml' }, { id: `rId${k + 2}`, type: 'sharedStrings', target: 'sharedStrings.xml' });
  const names = (opts.definedNames ?? []).map((d) => `<definedName name="${esc(d.name)}">${esc(d.ref)}</definedName>`).join('');
  const firstVisible = Math.max(0, wb.sheets.findIndex((s) => s.state === 'visible'));
  const workbookXml =
    XML_HEAD +
    `<workbook xmlns="${NS}" xmlns:r="${REL}"><workbookPr/><bookViews><workbookView activeTab="${firstVisible}"/></bookViews>` +
    `<sheets>${sheetsXml.join('')}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '<calcPr calcId="191029"/></workbook>';

  files['xl/workbook.xml'] = strToU8(workbookXml);
  files['xl/_rels/workbook.xml.rels'] = strToU8(relsXml(wbRels));
  files['xl/styles.xml'] = strToU8(styles.xml(withDxf));
  files['xl/sharedStrings.xml'] = strToU8(sst.xml());
  files['_rels/.rels'] = strToU8(
    XML_HEAD +
      `<Relationships xmlns="${PKG_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const contentTypes =
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    (needsVml ? '<Default Extension="vml" ContentType="application/vnd.openxmlformats-officedocument.vmlDrawing"/>' : '') +
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
    '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
    '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
    overrides.join('') +
    '</Types>';
  // [Content_Types].xml first, as Office writes it.
  const ordered: Zippable = { '[Content_Types].xml': strToU8(contentTypes), ...files };
  return zipSync(ordered, { level: 6 });
}
