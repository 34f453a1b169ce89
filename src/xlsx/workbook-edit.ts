/**
 * workbook.xml edits for report sheets: drop the previously generated sheets,
 * append the new ones, and keep defined names and views pointing at the right
 * sheet indexes.
 */
import { MARKER_PREFIX, quoteSheet } from './generated';
import { attr, elements, escapeXml, rootPrefix, setAttr } from './xml';

export interface AddedSheet {
  name: string;
  rid: string;
  sheetId: number;
  /** 0-based inclusive header rows printed on every page. */
  printTitleRows?: [number, number];
}

const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];
const AFTER_CALC_PR = AFTER_DEFINED_NAMES.slice(1);
const REL_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];

/** Inserts `text` before the first present element among `followers`, else before the closing root tag. */
function insertBefore(xml: string, p: string, followers: string[], text: string): string {
  for (const f of followers) {
    const e = elements(xml, p + f, 0, xml.length, 1)[0];
    if (e) return xml.slice(0, e.start) + text + xml.slice(e.start);
  }
  const end = xml.lastIndexOf(`</${p}workbook>`);
  return xml.slice(0, end) + text + xml.slice(end);
}

/** The prefix bound to the relationships namespace, declaring `r` when there is none. */
function relPrefix(xml: string): { xml: string; prefix: string } {
  for (const ns of REL_NAMESPACES) {
    const m = new RegExp(`xmlns:([\\w.-]+)="${ns.replace(/[./]/g, '\\$&')}"`).exec(xml);
    if (m) return { xml, prefix: m[1] };
  }
  const root = /<([\w.-]+:)?workbook[\s>]/.exec(xml)!;
  const at = root.index + root[0].length - 1;
  return { xml: `${xml.slice(0, at)} xmlns:r="${REL_NAMESPACES[0]}"${xml.slice(at)}`, prefix: 'r' };
}

export function rewriteWorkbook(source: string, removed: Set<number>, sheetCount: number, added: AddedSheet[]): string {
  const p = rootPrefix(source, 'workbook');
  let { xml, prefix } = relPrefix(source);

  const newIndex: number[] = [];
  let k = 0;
  for (let i = 0; i < sheetCount; i++) newIndex.push(removed.has(i) ? -1 : k++);
  const survivors = k;

  // <sheets>
  const sheetsEl = elements(xml, p + 'sheets', 0, xml.length, 1)[0];
  const sheetEls = elements(xml, p + 'sheet', sheetsEl.start, sheetsEl.end);
  const kept = sheetEls.filter((_e, i) => !removed.has(i)).map((e) => xml.slice(e.start, e.end));
  const visible = sheetEls.map((e) => !/state="(hidden|veryHidden)"/.test(e.tag));
  for (const s of added) kept.push(`<${p}sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}" ${prefix}:id="${s.rid}"/>`);
  const sheetsOpen = sheetsEl.tag.endsWith('/>') ? sheetsEl.tag.replace(/\s*\/>$/, '>') : sheetsEl.tag;
  xml = xml.slice(0, sheetsEl.start) + sheetsOpen + kept.join('') + `</${p}sheets>` + xml.slice(sheetsEl.end);

  // <bookViews>: the active tab follows its sheet, or falls back to a visible one.
  // A removed active sheet hands over to the first new sheet (written with tabSelected), else to a visible one.
  const firstVisible = () => {
    if (added.length) return survivors;
    for (let i = 0; i < sheetCount; i++) if (!removed.has(i) && visible[i]) return newIndex[i];
    return 0;
  };
  const viewsEl = elements(xml, p + 'bookViews', 0, xml.length, 1)[0];
  if (viewsEl) {
    const views = elements(xml, p + 'workbookView', viewsEl.start, viewsEl.end);
    for (const v of views.reverse()) {
      let tag = v.tag;
      const active = Number(attr(tag, 'activeTab') ?? 0);
      const nextActive = active < sheetCount && newIndex[active] >= 0 ? newIndex[active] : firstVisible();
      if (nextActive !== active) tag = setAttr(tag, 'activeTab', String(nextActive));
      const first = attr(tag, 'firstSheet');
      if (first !== undefined) {
        const f = Number(first) < sheetCount && newIndex[Number(first)] >= 0 ? newIndex[Number(first)] : 0;
        const nextFirst = Math.min(f, nextActive);
        if (nextFirst !== Number(first)) tag = setAttr(tag, 'firstSheet', String(nextFirst));
      }
      xml = xml.slice(0, v.start) + tag + xml.slice(v.start + v.tag.length);
    }
  }

  // <definedNames>: markers are rewritten, names local to removed sheets dropped, the rest re-indexed.
  const namesEl = elements(xml, p + 'definedNames', 0, xml.length, 1)[0];
  const names: string[] = [];
  if (namesEl) {
    for (const d of elements(xml, p + 'definedName', namesEl.start, namesEl.end)) {
      const name = attr(d.tag, 'name') ?? '';
      const local = attr(d.tag, 'localSheetId');
      if (local === undefined && name.startsWith(MARKER_PREFIX)) continue;
      let raw = xml.slice(d.start, d.end);
      if (local !== undefined) {
        const i = Number(local);
        if (i < sheetCount && newIndex[i] < 0) continue;
        if (i < sheetCount && newIndex[i] !== i) raw = setAttr(d.tag, 'localSheetId', String(newIndex[i])) + raw.slice(d.tag.length);
      }
      names.push(raw);
    }
  }
  added.forEach((s, i) => {
    const sheetRef = quoteSheet(s.name);
    names.push(`<${p}definedName name="${MARKER_PREFIX}${i + 1}" hidden="1">${escapeXml(sheetRef)}!$A$1</${p}definedName>`);
    if (s.printTitleRows && s.printTitleRows[1] >= s.printTitleRows[0] && s.printTitleRows[0] >= 0) {
      const [a, b] = s.printTitleRows;
      names.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${survivors + i}">${escapeXml(sheetRef)}!$${a + 1}:$${b + 1}</${p}definedName>`);
    }
  });
  const namesXml = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
  if (namesEl) xml = xml.slice(0, namesEl.start) + namesXml + xml.slice(namesEl.end);
  else if (namesXml) xml = insertBefore(xml, p, AFTER_DEFINED_NAMES, namesXml);
  return xml;
}

/** Asks Excel and LibreOffice to recalculate on open, so formulas over edited cells show fresh totals. */
export function requestFullCalc(xml: string): string {
  const p = rootPrefix(xml, 'workbook');
  const calc = elements(xml, p + 'calcPr', 0, xml.length, 1)[0];
  if (calc) {
    if (attr(calc.tag, 'fullCalcOnLoad') === '1') return xml;
    return xml.slice(0, calc.start) + setAttr(calc.tag, 'fullCalcOnLoad', '1') + xml.slice(calc.start + calc.tag.length);
  }
  return insertBefore(xml, p, AFTER_CALC_PR, `<${p}calcPr fullCalcOnLoad="1"/>`);
}

/** The sheet index shown when the workbook opens (first workbookView). */
export function activeTab(xml: string): number {
  const p = rootPrefix(xml, 'workbook');
  const v = elements(xml, p + 'workbookView', 0, xml.length, 1)[0];
  return v ? Number(attr(v.tag, 'activeTab') ?? 0) : 0;
}
