/**
 * How generated report sheets are marked: one hidden workbook-level defined
 * name per sheet, `_LAKIP_GEN_<n>`, referring to `'Sheet name'!$A$1`. Excel
 * rewrites the reference when the user renames the sheet, so a later run
 * still finds it; a sheet the user deleted leaves `#REF!`, which is ignored.
 */
import type { DefinedName } from './opc';

export const MARKER_PREFIX = '_LAKIP_GEN_';

/** Quotes a sheet name for a formula: 'Name', with ' doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** The sheet name a marker formula points at, if it still points at one. */
export function markedSheet(formula: string): string | undefined {
  const f = formula.trim().replace(/^=/, '');
  const quoted = /^'((?:[^']|'')+)'!/.exec(f);
  if (quoted) return quoted[1].replace(/''/g, "'");
  const bare = /^([^'!#][^!]*)!/.exec(f);
  return bare ? bare[1] : undefined;
}

export function isMarker(d: DefinedName): boolean {
  return d.name.startsWith(MARKER_PREFIX) && d.localSheetId === undefined;
}

/** Names of the sheets marked as generated (only those that exist). */
export function generatedSheetNames(names: DefinedName[], sheetNames: string[]): string[] {
  const out: string[] = [];
  for (const d of names) {
    if (!isMarker(d)) continue;
    const s = markedSheet(d.formula);
    if (s !== undefined && sheetNames.includes(s) && !out.includes(s)) out.push(s);
  }
  return out;
}
