/** Package structure: relationships, part paths, workbook.xml sheets and defined names. */
import { MESSAGES, XlsxError } from './errors';
import { attr, elements, isTrue, rootPrefix, stripComments, text, unescapeXml } from './xml';
import type { PartSource as Entries } from './zip';

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export interface SheetEntry {
  name: string;
  sheetId: number;
  state: 'visible' | 'hidden' | 'veryHidden';
  rid: string;
  /** Zip path of the sheet part (undefined when the relationship is missing). */
  path?: string;
  kind: 'worksheet' | 'chartsheet' | 'other';
}

export interface DefinedName {
  name: string;
  localSheetId?: number;
  hidden: boolean;
  /** Formula text, decoded. */
  formula: string;
}

export interface WorkbookPackage {
  workbookPath: string;
  workbookXml: string;
  relsPath: string;
  rels: Rel[];
  sheets: SheetEntry[];
  definedNames: DefinedName[];
  stylesPath?: string;
  sharedStringsPath?: string;
  date1904: boolean;
}

/** The `.rels` part that holds the relationships of a part. */
export function relsPathFor(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** Resolves a relationship target (relative to the source part's folder, or absolute). */
export function resolveTarget(sourcePart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const base = sourcePart.slice(0, sourcePart.lastIndexOf('/') + 1);
  const parts = (base + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

export function parseRels(xml: string): Rel[] {
  const p = rootPrefix(xml, 'Relationships');
  return elements(stripComments(xml), p + 'Relationship').map((e) => ({
    id: attr(e.tag, 'Id') ?? '',
    type: attr(e.tag, 'Type') ?? '',
    target: attr(e.tag, 'Target') ?? '',
    external: attr(e.tag, 'TargetMode') === 'External',
  }));
}

/** Relationship types are matched by their last segment so Strict OOXML files work too. */
export function relKind(type: string): string {
  return type.slice(type.lastIndexOf('/') + 1);
}

function entryText(entries: Entries, path: string): string | undefined {
  const b = entries.get(path);
  return b ? text(b) : undefined;
}

/** Finds the workbook part through the package relationships; falls back to xl/workbook.xml. */
export function findWorkbookPath(entries: Entries, names: string[]): string {
  const root = entryText(entries, '_rels/.rels');
  if (root) {
    const rel = parseRels(root).find((r) => relKind(r.type) === 'officeDocument' && !r.external);
    if (rel) {
      const path = resolveTarget('', rel.target);
      if (entries.has(path)) return path;
    }
  }
  if (entries.has('xl/workbook.xml')) return 'xl/workbook.xml';
  if (names.includes('xl/workbook.bin')) throw new XlsxError('not-zip', MESSAGES.xlsb);
  if (names.includes('mimetype') && names.includes('content.xml')) throw new XlsxError('not-zip', MESSAGES.ods);
  if (names.some((n) => n.startsWith('word/') || n.startsWith('ppt/'))) throw new XlsxError('not-zip', MESSAGES.docx);
  throw new XlsxError('damaged', MESSAGES.damaged);
}

export function parseDefinedNames(workbookXml: string): DefinedName[] {
  const p = rootPrefix(workbookXml, 'workbook');
  return elements(workbookXml, p + 'definedName').map((e) => {
    const local = attr(e.tag, 'localSheetId');
    return {
      name: attr(e.tag, 'name') ?? '',
      localSheetId: local === undefined ? undefined : Number(local),
      hidden: isTrue(attr(e.tag, 'hidden')),
      formula: unescapeXml(e.inner),
    };
  });
}

/** Reads the package skeleton every reader and writer needs. */
export function readPackage(entries: Entries, names: string[]): WorkbookPackage {
  const workbookPath = findWorkbookPath(entries, names);
  const workbookXml = stripComments(entryText(entries, workbookPath) ?? '');
  const relsPath = relsPathFor(workbookPath);
  const rels = parseRels(entryText(entries, relsPath) ?? '');
  const relById = new Map(rels.map((r) => [r.id, r]));
  const p = rootPrefix(workbookXml, 'workbook');
  if (!/<([\w.-]+:)?workbook[\s>]/.test(workbookXml)) throw new XlsxError('damaged', MESSAGES.damaged);

  const sheets: SheetEntry[] = elements(workbookXml, p + 'sheet').map((e) => {
    // The relationship id attribute is namespaced (r:id, or another prefix).
    const ridMatch = /\s[\w.-]+:id\s*=\s*"([^"]*)"/.exec(e.tag);
    const rid = ridMatch ? ridMatch[1] : '';
    const rel = relById.get(rid);
    const state = attr(e.tag, 'state');
    const kind = rel ? relKind(rel.type) : '';
    return {
      name: attr(e.tag, 'name') ?? '',
      sheetId: Number(attr(e.tag, 'sheetId') ?? 0),
      state: state === 'hidden' || state === 'veryHidden' ? state : 'visible',
      rid,
      path: rel && !rel.external ? resolveTarget(workbookPath, rel.target) : undefined,
      kind: kind === 'worksheet' ? 'worksheet' : kind === 'chartsheet' ? 'chartsheet' : 'other',
    };
  });

  const find = (k: string) => {
    const r = rels.find((x) => relKind(x.type) === k && !x.external);
    return r ? resolveTarget(workbookPath, r.target) : undefined;
  };
  const pr = elements(workbookXml, p + 'workbookPr', 0, workbookXml.length, 1)[0];
  return {
    workbookPath,
    workbookXml,
    relsPath,
    rels,
    sheets,
    definedNames: parseDefinedNames(workbookXml),
    stylesPath: find('styles'),
    sharedStringsPath: find('sharedStrings'),
    date1904: pr ? isTrue(attr(pr.tag, 'date1904')) : false,
  };
}
