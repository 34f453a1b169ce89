/**
 * A deliberately small reader of the cells LibreOffice writes, so the
 * fixture checks do not depend on src/xlsx (whose reader they help test).
 */
import { strFromU8, unzipSync } from 'fflate';
import { elements } from '../fixtures/features-check';

export interface RawCell {
  /** 'n' number, 's' text (shared or formula string), 'b', 'e'. */
  t: 'n' | 's' | 'b' | 'e';
  v: number | string | boolean;
  f?: string;
  /** Number format code of the cell's style ("General" when none). */
  z: string;
}

const BUILTIN: Record<number, string> = { 0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 9: '0%', 10: '0.00%', 49: '@' };

function decode(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, d) => String.fromCharCode(Number(d)))
    .replace(/&amp;/g, '&');
}

function inner(el: string): string {
  const m = /^<[^>]*[^/]>([\s\S]*)<\/[^>]+>$/.exec(el);
  return m ? m[1] : '';
}

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

export function sheetPath(files: Record<string, Uint8Array>, sheet: string): string {
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const s = elements(wb, 'sheet').find((e) => decode(attr(e, 'name') ?? '') === sheet);
  if (!s) throw new Error(`No sheet ${sheet}`);
  const rel = elements(rels, 'Relationship').find((r) => attr(r, 'Id') === attr(s, 'r:id'));
  return 'xl/' + attr(rel ?? '', 'Target');
}

/** Cells of one sheet by A1 address. */
export function readCells(bytes: Uint8Array, sheet: string): Map<string, RawCell> {
  const files = unzipSync(bytes);
  const shared = elements(strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array()), 'si').map((si) =>
    elements(si, 't').map((t) => decode(inner(t))).join(''),
  );
  const styles = strFromU8(files['xl/styles.xml']);
  const formats = new Map<number, string>(Object.entries(BUILTIN).map(([k, v]) => [Number(k), v]));
  for (const nf of elements(styles, 'numFmt')) formats.set(Number(attr(nf, 'numFmtId')), decode(attr(nf, 'formatCode') ?? ''));
  const xfs = elements(elements(styles, 'cellXfs')[0] ?? '', 'xf').map((xf) => formats.get(Number(attr(xf, 'numFmtId') ?? 0)) ?? '?');

  const out = new Map<string, RawCell>();
  const xml = strFromU8(files[sheetPath(files, sheet)]);
  for (const c of elements(elements(xml, 'sheetData')[0] ?? '', 'c')) {
    const ref = attr(c, 'r')!;
    const v = elements(c, 'v')[0];
    if (v === undefined) continue;
    const text = decode(inner(v));
    const f = elements(c, 'f')[0];
    const z = xfs[Number(attr(c, 's') ?? 0)] ?? 'General';
    const cell: RawCell = { t: 'n', v: Number(text), z };
    switch (attr(c, 't')) {
      case 's':
        Object.assign(cell, { t: 's', v: shared[Number(text)] });
        break;
      case 'str':
      case 'inlineStr':
        Object.assign(cell, { t: 's', v: text });
        break;
      case 'b':
        Object.assign(cell, { t: 'b', v: text === '1' });
        break;
      case 'e':
        Object.assign(cell, { t: 'e', v: text });
        break;
    }
    if (f) cell.f = decode(inner(f));
    out.set(ref, cell);
  }
  return out;
}
