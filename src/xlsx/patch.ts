/**
 * patchWorkbook: applies cell edits and (re)writes the generated report
 * sheets. Only the parts that must change are rewritten; every other zip
 * entry keeps its exact bytes.
 */
import type { CellEdit } from '../core/fill/types';
import type { ReportTable } from '../core/report/types';
import { a1 } from '../grid/address';
import { badValue, MESSAGES, notWritable, sheetMissing, sheetProtected, XlsxError } from './errors';
import { generatedSheetNames } from './generated';
import { addOverride, addRel, freshRelId, removeOverride, removeRel } from './package-edit';
import { readPackage, relKind, relsPathFor, resolveTarget, type WorkbookPackage } from './opc';
import { patchSheetXml, type SheetEdit } from './patch-cells';
import { nextTag } from './read-sheet';
import { MINIMAL_STYLES, StyleBook } from './style-writer';
import { reportSheetXml } from './write-report';
import { activeTab, requestFullCalc, rewriteWorkbook, type AddedSheet } from './workbook-edit';
import { attr, isTrue, rootPrefix, text, utf8 } from './xml';
import { Archive } from './zip';

const WORKSHEET_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const REL_BASE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const INVALID_SHEET_CHARS = /[[\]:*?/\\]/g;

/** Mutable text of the package parts patching may touch. */
interface Work {
  entries: Archive;
  pkg: WorkbookPackage;
  workbook: string;
  rels: string;
  contentTypes: string;
  changed: Set<'workbook' | 'rels' | 'contentTypes'>;
}

function sheetIsProtected(xml: string): boolean {
  const p = rootPrefix(xml, 'worksheet');
  const i = nextTag(xml, `<${p}sheetProtection`, 0, xml.length);
  return i >= 0 && isTrue(attr(xml.slice(i, xml.indexOf('>', i) + 1), 'sheet'));
}

function applyEdits(w: Work, edits: CellEdit[], styles: StyleBook): void {
  const bySheet = new Map<string, SheetEdit[]>();
  for (const e of edits) {
    if (typeof e.value === 'number' && !Number.isFinite(e.value)) throw badValue(e.sheet, a1(e.row, e.col));
    const list = bySheet.get(e.sheet) ?? [];
    list.push({ row: e.row, col: e.col, value: e.value, format: e.format });
    bySheet.set(e.sheet, list);
  }
  let formulaRemoved = false;
  for (const [name, list] of bySheet) {
    const sheet = w.pkg.sheets.find((s) => s.name === name);
    if (!sheet) throw sheetMissing(name);
    if (sheet.kind !== 'worksheet') throw notWritable(name);
    const bytes = sheet.path ? w.entries.get(sheet.path) : undefined;
    if (!bytes || !sheet.path) throw new XlsxError('damaged', MESSAGES.damaged);
    const xml = text(bytes);
    if (sheetIsProtected(xml)) throw sheetProtected(name);
    const res = patchSheetXml(xml, list, (xf, format) => (format ? styles.withNumFmt(xf, format) : xf));
    w.entries.set(sheet.path, utf8(res.xml));
    formulaRemoved ||= res.formulaRemoved;
  }
  if (formulaRemoved) dropCalcChain(w);
  if (edits.length && anyFormula(w, new Set(bySheet.keys()))) {
    w.workbook = requestFullCalc(w.workbook);
    w.changed.add('workbook');
  }
}

/** Excel rebuilds a missing calcChain silently; a stale entry for a cell without formula makes it repair the file. */
function dropCalcChain(w: Work): void {
  const rel = w.pkg.rels.find((r) => relKind(r.type) === 'calcChain' && !r.external);
  if (!rel) return;
  const path = resolveTarget(w.pkg.workbookPath, rel.target);
  w.entries.delete(path);
  w.rels = removeRel(w.rels, rel.id);
  w.contentTypes = removeOverride(w.contentTypes, path);
  w.changed.add('rels').add('contentTypes');
}

/** Whether any worksheet holds a formula: a calcChain says so at once, else sheets are searched (edited ones first, already inflated). */
function anyFormula(w: Work, edited: Set<string>): boolean {
  if (w.pkg.rels.some((r) => relKind(r.type) === 'calcChain')) return true;
  const sheets = [...w.pkg.sheets].sort((a, b) => Number(edited.has(b.name)) - Number(edited.has(a.name)));
  for (const s of sheets) {
    const b = s.path && s.kind === 'worksheet' ? w.entries.get(s.path) : undefined;
    if (b && hasFormulaTag(b)) return true;
  }
  return false;
}

/** Finds "<f" or "<x:f" followed by space, ">" or "/" in UTF-8 bytes without decoding them. */
function hasFormulaTag(b: Uint8Array): boolean {
  for (let i = b.indexOf(0x3c); i >= 0 && i < b.length - 2; i = b.indexOf(0x3c, i + 1)) {
    let j = i + 1;
    if (b[j] !== 0x66) {
      // optional prefix: letters then ":"
      while (j < b.length && ((b[j] >= 0x61 && b[j] <= 0x7a) || (b[j] >= 0x41 && b[j] <= 0x5a) || (b[j] >= 0x30 && b[j] <= 0x39))) j++;
      if (b[j] !== 0x3a || j === i + 1) continue;
      j++;
      if (b[j] !== 0x66) continue;
    }
    const d = b[j + 1];
    if (d === 0x20 || d === 0x3e || d === 0x2f || d === 0x09 || d === 0x0a || d === 0x0d) return true;
  }
  return false;
}

/** A valid, unused sheet name: forbidden characters replaced, " (2)" appended on a clash, ≤ 31 characters. */
export function uniqueSheetName(wanted: string, taken: string[]): string {
  let base = wanted.replace(INVALID_SHEET_CHARS, '-').replace(/^'+|'+$/g, '').trim() || 'Laporan';
  base = base.slice(0, 31);
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length).trimEnd() + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

function writeReports(w: Work, reports: ReportTable[], styles: StyleBook): void {
  const { pkg, entries } = w;
  const generated = new Set(generatedSheetNames(pkg.definedNames, pkg.sheets.map((s) => s.name)));
  const removed = new Set<number>();
  pkg.sheets.forEach((s, i) => {
    if (!generated.has(s.name)) return;
    removed.add(i);
    if (s.path) {
      entries.delete(s.path);
      entries.delete(relsPathFor(s.path));
      w.contentTypes = removeOverride(w.contentTypes, s.path);
    }
    w.rels = removeRel(w.rels, s.rid);
  });

  const strict = w.workbook.includes('purl.oclc.org/ooxml/spreadsheetml/main');
  const ns = strict
    ? { main: 'http://purl.oclc.org/ooxml/spreadsheetml/main', rel: 'http://purl.oclc.org/ooxml/officeDocument/relationships' }
    : undefined;
  const wsRelType = pkg.rels.find((r) => relKind(r.type) === 'worksheet')?.type ?? REL_BASE + 'worksheet';
  const taken = pkg.sheets.filter((_s, i) => !removed.has(i)).map((s) => s.name);
  const relIds = pkg.rels.map((r) => r.id);
  let sheetId = Math.max(0, ...pkg.sheets.map((s) => s.sheetId));
  const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
  const added: AddedSheet[] = [];
  const activeRemoved = removed.has(activeTab(w.workbook));
  for (const table of reports) {
    const name = uniqueSheetName(table.sheetName, taken);
    taken.push(name);
    let n = 1;
    while (entries.has(`${dir}worksheets/sheet${n}.xml`)) n++;
    const path = `${dir}worksheets/sheet${n}.xml`;
    const rid = freshRelId(relIds);
    relIds.push(rid);
    entries.set(path, utf8(reportSheetXml(table, styles, { ns, selected: activeRemoved && added.length === 0 })));
    w.rels = addRel(w.rels, rid, wsRelType, `worksheets/sheet${n}.xml`);
    w.contentTypes = addOverride(w.contentTypes, path, WORKSHEET_CT);
    added.push({ name, rid, sheetId: ++sheetId, printTitleRows: table.printTitleRows });
  }
  if (removed.size === 0 && added.length === 0) return;
  w.workbook = rewriteWorkbook(w.workbook, removed, pkg.sheets.length, added);
  w.changed.add('workbook').add('rels').add('contentTypes');
}

export function patchWorkbook(bytes: Uint8Array, edits: CellEdit[], reports?: ReportTable[]): Uint8Array {
  const entries = new Archive(bytes);
  try {
    const pkg = readPackage(entries, entries.names());
    if (pkg.sheets.length === 0) throw new XlsxError('empty', MESSAGES.empty);
    const ctBytes = entries.get('[Content_Types].xml');
    const relsBytes = entries.get(pkg.relsPath);
    if (!ctBytes || !relsBytes) throw new XlsxError('damaged', MESSAGES.damaged);
    const w: Work = { entries, pkg, workbook: pkg.workbookXml, rels: text(relsBytes), contentTypes: text(ctBytes), changed: new Set() };
    const stylesBytes = pkg.stylesPath ? entries.get(pkg.stylesPath) : undefined;
    const styles = new StyleBook(stylesBytes ? text(stylesBytes) : MINIMAL_STYLES);

    applyEdits(w, edits, styles);
    if (reports) writeReports(w, reports, styles);

    if (styles.changed) {
      let path = pkg.stylesPath && stylesBytes ? pkg.stylesPath : undefined;
      if (!path) {
        // A workbook without styles.xml gets one (some generators omit it).
        const dir = pkg.workbookPath.slice(0, pkg.workbookPath.lastIndexOf('/') + 1);
        path = `${dir}styles.xml`;
        w.rels = addRel(w.rels, freshRelId(pkg.rels.map((r) => r.id).concat([...w.rels.matchAll(/Id="(rId\d+)"/g)].map((m) => m[1]))), REL_BASE + 'styles', 'styles.xml');
        w.contentTypes = addOverride(w.contentTypes, path, STYLES_CT);
        w.changed.add('rels').add('contentTypes');
      }
      entries.set(path, utf8(styles.toXml()));
    }
    if (w.changed.has('workbook')) entries.set(pkg.workbookPath, utf8(w.workbook));
    if (w.changed.has('rels')) entries.set(pkg.relsPath, utf8(w.rels));
    if (w.changed.has('contentTypes')) entries.set('[Content_Types].xml', utf8(w.contentTypes));
    return entries.toZip();
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw new XlsxError('damaged', MESSAGES.damaged);
  }
}
