/**
 * Adds number formats, fonts, fills, borders and cell styles to styles.xml
 * without disturbing what is there: sections are edited in place, counts fixed,
 * identical entries reused (so repeated runs do not grow the file).
 */
import type { CellStyle } from '../core/report/types';
import { REPORT_FORMATS } from '../core/report/types';
import { builtinId } from './numfmt';
import { parseNumFmts, sectionBounds } from './styles';
import { attr, elements, escapeXml, rootPrefix, setAttr } from './xml';

const SECTION_ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs';
const ITEM: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' };


const FILL_COLORS: Record<NonNullable<CellStyle['fill']>, string> = {
  header: 'FFDDEBF7',
  total: 'FFF2F2F2',
  numbering: 'FFEDEDED',
};

export const MINIMAL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

export class StyleBook {
  private readonly p: string;
  private readonly items: Record<Section, string[]>;
  private readonly index: Record<Section, Map<string, number>>;
  private readonly added: Record<Section, number>;
  private readonly custom: Map<number, string>;
  private readonly reportCache = new Map<string, number>();
  /** Report cells share their style objects: most lookups end here, without building the key. */
  private readonly reportByObject = new WeakMap<CellStyle, number>();
  private readonly cloneCache = new Map<string, number>();

  constructor(private readonly xml: string) {
    this.p = rootPrefix(xml, 'styleSheet');
    this.custom = parseNumFmts(xml, this.p);
    this.items = {} as Record<Section, string[]>;
    this.index = {} as Record<Section, Map<string, number>>;
    this.added = {} as Record<Section, number>;
    for (const s of Object.keys(ITEM) as Section[]) {
      const b = sectionBounds(xml, this.p + s);
      const list = b ? elements(xml, this.p + ITEM[s], b.innerStart, b.innerEnd).map((e) => xml.slice(e.start, e.end)) : [];
      this.items[s] = list;
      this.index[s] = new Map();
      list.forEach((x, i) => {
        if (!this.index[s].has(x)) this.index[s].set(x, i);
      });
      this.added[s] = 0;
    }
  }

  get changed(): boolean {
    return Object.values(this.added).some((n) => n > 0);
  }

  private add(s: Section, item: string): number {
    const hit = this.index[s].get(item);
    if (hit !== undefined) return hit;
    this.items[s].push(item);
    const i = this.items[s].length - 1;
    this.index[s].set(item, i);
    this.added[s]++;
    return i;
  }

  /** Built-in id, an existing custom id with the same code, or a new id ≥ 164. */
  numFmtId(code: string): number {
    const b = builtinId(code);
    if (b !== undefined) return b;
    for (const [id, c] of this.custom) if (c === code) return id;
    let id = 163;
    for (const k of this.custom.keys()) if (k > id) id = k;
    id++;
    this.custom.set(id, code);
    this.add('numFmts', `<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** A copy of cell style `xf` (font, fill, border, alignment kept) showing `code`. */
  withNumFmt(xf: number, code: string): number {
    const key = `${xf}\u0000${code}`;
    let hit = this.cloneCache.get(key);
    if (hit === undefined) {
      hit = this.cloneWithNumFmt(xf, code);
      this.cloneCache.set(key, hit);
    }
    return hit;
  }

  private cloneWithNumFmt(xf: number, code: string): number {
    const base = this.items.cellXfs[xf] ?? this.items.cellXfs[0] ?? `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`;
    const id = this.numFmtId(code);
    if (Number(attr(base, 'numFmtId') ?? 0) === id && xf < this.items.cellXfs.length) return xf;
    const gt = base.indexOf('>');
    let tag = base.slice(0, gt + 1);
    tag = setAttr(tag, 'numFmtId', String(id));
    tag = setAttr(tag, 'applyNumberFormat', '1');
    return this.add('cellXfs', tag + base.slice(gt + 1));
  }

  /** The cell style for a report cell. */
  reportXf(style: CellStyle | undefined): number {
    if (!style) return 0;
    const same = this.reportByObject.get(style);
    if (same !== undefined) return same;
    const key = JSON.stringify(style);
    const hit = this.reportCache.get(key);
    if (hit !== undefined) {
      this.reportByObject.set(style, hit);
      return hit;
    }
    const p = this.p;
    const numFmtId = this.numFmtId(REPORT_FORMATS[style.format ?? 'general']);
    const fontId = style.bold || style.italic || style.size ? this.font(style) : 0;
    const fillId = style.fill
      ? this.add('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${FILL_COLORS[style.fill]}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const side = (n: string) => `<${p}${n} style="thin"><${p}color auto="1"/></${p}${n}>`;
    const borderId = style.border
      ? this.add('borders', `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`)
      : 0;
    let align = '';
    const horizontal = style.horizontal ?? (style.indent ? 'left' : undefined);
    if (horizontal) align += ` horizontal="${horizontal}"`;
    if (style.vertical) align += ` vertical="${style.vertical}"`;
    if (style.wrap) align += ' wrapText="1"';
    if (style.indent) align += ` indent="${Math.max(0, Math.min(15, Math.round(style.indent)))}"`;
    let xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"`;
    if (numFmtId) xf += ' applyNumberFormat="1"';
    if (fontId) xf += ' applyFont="1"';
    if (fillId) xf += ' applyFill="1"';
    if (borderId) xf += ' applyBorder="1"';
    xf += align ? ` applyAlignment="1"><${p}alignment${align}/></${p}xf>` : '/>';
    const id = this.add('cellXfs', xf);
    this.reportCache.set(key, id);
    this.reportByObject.set(style, id);
    return id;
  }

  private font(style: CellStyle): number {
    const p = this.p;
    const base = this.items.fonts[0] ?? '';
    const val = (n: string) => {
      const e = elements(base, p + n, 0, base.length, 1)[0];
      return e ? attr(e.tag, 'val') : undefined;
    };
    const name = val('name') ?? 'Calibri';
    const family = val('family');
    const sz = style.size ?? Number(val('sz') ?? 11);
    return this.add(
      'fonts',
      `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}<${p}sz val="${sz}"/><${p}name val="${escapeXml(name)}"/>${family ? `<${p}family val="${family}"/>` : ''}</${p}font>`,
    );
  }

  /** styles.xml with the additions; the original text when nothing was added. */
  toXml(): string {
    if (!this.changed) return this.xml;
    let xml = this.xml;
    for (const s of Object.keys(ITEM) as Section[]) {
      if (this.added[s] === 0) continue;
      const list = this.items[s];
      const b = sectionBounds(xml, this.p + s);
      if (b) {
        const startTag = setAttr(xml.slice(b.start, b.innerStart).replace(/\/>$/, '>'), 'count', String(list.length));
        const wasEmpty = xml.slice(b.start, b.innerStart).endsWith('/>');
        xml = xml.slice(0, b.start) + startTag + list.join('') + `</${this.p}${s}>` + xml.slice(wasEmpty ? b.innerStart : b.end);
      } else {
        xml = insertSection(xml, this.p, s, `<${this.p}${s} count="${list.length}">${list.join('')}</${this.p}${s}>`);
      }
    }
    return xml;
  }
}

/** Inserts a missing section before the first section that must follow it. */
function insertSection(xml: string, p: string, s: Section, text: string): string {
  const after = SECTION_ORDER.slice(SECTION_ORDER.indexOf(s) + 1);
  for (const next of after) {
    const b = sectionBounds(xml, p + next);
    if (b) return xml.slice(0, b.start) + text + xml.slice(b.start);
  }
  const end = xml.lastIndexOf(`</${p}styleSheet>`);
  return xml.slice(0, end) + text + xml.slice(end);
}
