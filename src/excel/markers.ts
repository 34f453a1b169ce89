/**
 * How generated report sheets are recognised: a hidden workbook-scoped
 * defined name `_LAKIP_GEN_<n>` refers to cell A1 of each generated sheet
 * (Excel keeps the reference right when the user renames the sheet, and a
 * name survives save/reopen in .xlsx). The sheet a name points at is parsed
 * from its formula, e.g. `='Tabel 2.1'!$A$1`.
 *
 * While an undo step can still bring back the report sheets a new run
 * replaced, those sheets are kept very hidden and marked `_LAKIP_BAK_<n>`;
 * backups no undo step refers to (left by an earlier session) are deleted at
 * the next report run and never read as data.
 */
import { unquoteSheet } from './read';

export const GEN_PREFIX = '_LAKIP_GEN_';
export const BAK_PREFIX = '_LAKIP_BAK_';
/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

export interface NameEntry {
  name: string;
  formula: string;
}

/** `='My sheet'!$A$1` → "My sheet"; undefined for a broken (#REF!) or non-sheet reference. */
export function sheetOfFormula(formula: string): string | undefined {
  const f = formula.startsWith('=') ? formula.slice(1) : formula;
  const bang = f.lastIndexOf('!');
  if (bang <= 0 || f.includes('#REF!')) return undefined;
  return unquoteSheet(f.slice(0, bang));
}

export interface Markers {
  /** generated sheet name → marker name */
  generated: Map<string, string>;
  /** backup sheet name → marker name */
  backups: Map<string, string>;
  /** markers whose sheet no longer exists */
  stale: string[];
  /** highest number used by any marker, so new markers get fresh numbers */
  maxNumber: number;
}

export function readMarkers(names: NameEntry[], existingSheets: ReadonlySet<string>): Markers {
  const out: Markers = { generated: new Map(), backups: new Map(), stale: [], maxNumber: 0 };
  for (const n of names) {
    const upper = n.name.toUpperCase();
    const prefix = upper.startsWith(GEN_PREFIX) ? GEN_PREFIX : upper.startsWith(BAK_PREFIX) ? BAK_PREFIX : undefined;
    if (!prefix) continue;
    const num = Number(upper.slice(prefix.length));
    if (Number.isInteger(num) && num > out.maxNumber) out.maxNumber = num;
    const sheet = sheetOfFormula(n.formula);
    if (sheet === undefined || !existingSheets.has(sheet)) {
      out.stale.push(n.name);
      continue;
    }
    (prefix === GEN_PREFIX ? out.generated : out.backups).set(sheet, n.name);
  }
  return out;
}

/** `base`, or `base (2)`, `base (3)`… cut to 31 characters, not in `taken` (case-insensitive like Excel). */
export function uniqueSheetName(base: string, taken: ReadonlySet<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  const clean = base.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, MAX_SHEET_NAME) || 'Laporan';
  if (!lower.has(clean.toLowerCase())) return clean;
  for (let i = 2; ; i++) {
    const suffix = ` (${i})`;
    const name = clean.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(name.toLowerCase())) return name;
  }
}
