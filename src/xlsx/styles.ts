/** Reading styles.xml: the number format of every cell style (cellXfs index). */
import { BUILTIN_FORMATS, isDateFormat } from './numfmt';
import { attr, elements, rootPrefix, stripComments } from './xml';

export interface CellFormats {
  /** Format code per xf index ('General' when unknown). */
  codes: string[];
  /** Whether the xf shows dates/times. */
  isDate: boolean[];
}

export function parseNumFmts(xml: string, p: string): Map<number, string> {
  const custom = new Map<number, string>();
  for (const e of elements(xml, p + 'numFmt')) {
    const id = Number(attr(e.tag, 'numFmtId'));
    const code = attr(e.tag, 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  return custom;
}

/** The `<cellXfs>` section bounds (start of inner, end of inner), if present. */
export function sectionBounds(xml: string, qname: string): { start: number; innerStart: number; innerEnd: number; end: number } | undefined {
  const e = elements(xml, qname, 0, xml.length, 1)[0];
  if (!e) return undefined;
  const innerStart = e.start + e.tag.length;
  return { start: e.start, innerStart, innerEnd: innerStart + e.inner.length, end: e.end };
}

export function readCellFormats(stylesXml: string | undefined): CellFormats {
  const codes: string[] = [];
  const isDate: boolean[] = [];
  if (!stylesXml) return { codes, isDate };
  const xml = stripComments(stylesXml);
  const p = rootPrefix(xml, 'styleSheet');
  const custom = parseNumFmts(xml, p);
  const xfs = sectionBounds(xml, p + 'cellXfs');
  if (!xfs) return { codes, isDate };
  for (const e of elements(xml, p + 'xf', xfs.innerStart, xfs.innerEnd)) {
    const id = Number(attr(e.tag, 'numFmtId') ?? 0);
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? 'General';
    codes.push(code);
    isDate.push(isDateFormat(code));
  }
  return { codes, isDate };
}
