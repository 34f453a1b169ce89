/**
 * Minimal XML helpers for OOXML parts: entity decoding, escaping, attribute
 * reading and a tiny element scanner. Hand-written because worksheets are
 * scanned linearly for speed and the small parts do not need a DOM.
 */

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Where the entity read by the last entityAt() call ended (one past its ";"). */
let entityEnd = 0;

/**
 * The text of the entity `&#xHEX;`, `&#DEC;` or `&name;` at s[amp] (the match
 * itself for numbers beyond Unicode and unknown names), or undefined when no
 * entity starts there (a bare "&").
 */
function entityAt(s: string, amp: number): string | undefined {
  const n = s.length;
  let k = amp + 1;
  let kind: 16 | 10 | 0;
  if (s.charCodeAt(k) === 35 /* # */) {
    kind = s.charCodeAt(k + 1) === 120 /* x */ ? 16 : 10;
    k += kind === 16 ? 2 : 1;
  } else kind = 0;
  const start = k;
  for (; k < n; k++) {
    const c = s.charCodeAt(k);
    const ok =
      kind === 10
        ? c >= 48 && c <= 57
        : kind === 16
          ? (c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102)
          : (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!ok) break;
  }
  if (k === start || s.charCodeAt(k) !== 59 /* ; */) return undefined;
  entityEnd = k + 1;
  if (kind === 0) return NAMED[s.slice(start, k)] ?? s.slice(amp, k + 1);
  const code = parseInt(s.slice(start, k), kind);
  return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : s.slice(amp, k + 1);
}

/** Decodes XML entities (named and numeric) and normalises line ends the way an XML parser does. */
export function unescapeXml(s: string): string {
  let amp = s.indexOf('&');
  if (amp >= 0) {
    let out = '';
    let last = 0;
    while (amp >= 0) {
      const text = entityAt(s, amp);
      if (text === undefined) {
        amp = s.indexOf('&', amp + 1);
        continue;
      }
      out += s.slice(last, amp) + text;
      last = entityEnd;
      amp = s.indexOf('&', last);
    }
    s = last === 0 ? s : out + s.slice(last);
  }
  // XML parsers turn a literal CR LF (or lone CR) into LF; Excel writes real CRs as _x000D_.
  if (s.indexOf('\r') >= 0) s = s.replace(/\r\n?/g, '\n');
  return s;
}

/** Decodes the OOXML ST_Xstring escapes `_xHHHH_` (e.g. `_x000D_` for CR). */
export function decodeXstring(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9a-fA-F]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16)));
}

/** Text content of a string item: entities first, then `_xHHHH_`. */
export function decodeText(raw: string): string {
  return decodeXstring(unescapeXml(raw));
}

/** Escapes text for element content or a double-quoted attribute. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Encodes a cell text as ST_Xstring: a literal `_xHHHH_` is protected by
 * escaping its underscore, characters XML 1.0 cannot carry become `_xHHHH_`,
 * then the result is XML-escaped.
 */
export function encodeXstring(s: string): string {
  let out = s.replace(/_(x[0-9a-fA-F]{4}_)/g, '_x005F_$1');
  // eslint-disable-next-line no-control-regex
  out = out.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (c) =>
    '_x' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0') + '_',
  );
  out = out.replace(/\r/g, '_x000D_');
  return escapeXml(out);
}

/** Reads one attribute from the text of a start tag (`<c r="A1" s="2">`). Value is entity-decoded. */
export function attr(tag: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const i = tag.indexOf(name + '=', from);
    if (i < 0) return undefined;
    const before = tag.charCodeAt(i - 1);
    // The name must stand alone (" r=" not "ref=" matching "f=").
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      const q = tag[i + name.length + 1];
      if (q === '"' || q === "'") {
        const end = tag.indexOf(q, i + name.length + 2);
        if (end < 0) return undefined;
        const v = tag.slice(i + name.length + 2, end);
        return v.indexOf('&') >= 0 ? unescapeXml(v) : v;
      }
    }
    from = i + name.length + 1;
  }
}

/** Every attribute of a start tag, in order (names keep their prefix). */
export function attrs(tag: string): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const re = /([A-Za-z_][\w:.-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
  // Skip the element name.
  const start = tag.search(/[\s/>]/);
  re.lastIndex = start < 0 ? tag.length : start;
  let m: RegExpExecArray | null;
  while ((m = re.exec(tag))) out.push([m[1], unescapeXml(m[3] ?? m[4] ?? '')]);
  return out;
}

/** The pattern of one attribute, built once per name (the patcher sets and removes a few names on every edited cell). */
const attrPatterns = new Map<string, RegExp>();
function attrPattern(name: string, keepPrefix: boolean): RegExp {
  const key = (keepPrefix ? '+' : '-') + name;
  let re = attrPatterns.get(key);
  if (!re) {
    const n = name.replace(/[.:]/g, '\\$&');
    // Not global: test() and replace() keep no state between calls.
    re = keepPrefix ? new RegExp(`(\\s${n}\\s*=\\s*)("[^"]*"|'[^']*')`) : new RegExp(`\\s${n}\\s*=\\s*("[^"]*"|'[^']*')`);
    attrPatterns.set(key, re);
  }
  return re;
}

/** Sets (or adds) an attribute on a start tag; value is escaped. */
export function setAttr(tag: string, name: string, value: string): string {
  const re = attrPattern(name, true);
  const v = `"${escapeXml(value)}"`;
  if (re.test(tag)) return tag.replace(re, (_m, p: string) => p + v);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${v}${tag.slice(close)}`;
}

/** Removes an attribute from a start tag when present. */
export function removeAttr(tag: string, name: string): string {
  const re = attrPattern(name, false);
  return tag.replace(re, '');
}

/** The char after a tag name in `<name…`: space, tab, line break, ">" or "/" (so "<t" is not "<tr"). */
export function isDelim(ch: number): boolean {
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/** The namespace prefix of the root element ("" or "x:"), so scanners can match `<x:row`. */
export function rootPrefix(xml: string, localName: string): string {
  const m = new RegExp(`<([A-Za-z_][\\w.-]*:)?${localName}[\\s>/]`).exec(xml);
  return m && m[1] ? m[1] : '';
}

export interface XmlElement {
  /** The start tag text, `<name ...>` or `<name .../>`. */
  tag: string;
  /** Inner text between start and end tag ("" when self-closing). */
  inner: string;
  /** Offset of "<" of the start tag. */
  start: number;
  /** Offset one past the end of the element. */
  end: number;
}

/**
 * Finds elements `<prefix+name ...>` in [from, to) without nesting of the same
 * name (true for every element this module scans: sheet, xf, numFmt, c, row…).
 */
export function elements(xml: string, qname: string, from = 0, to = xml.length, limit = Infinity): XmlElement[] {
  const out: XmlElement[] = [];
  const open = '<' + qname;
  const close = '</' + qname + '>';
  // Start tags are looked for only where one can begin (before `to`): a scan of a
  // worksheet's head does not read through its cells. Tags and content may run past `to`.
  const starts = to + open.length < xml.length ? xml.slice(0, to + open.length) : xml;
  let i = starts.indexOf(open, from);
  while (i >= 0 && i < to && out.length < limit) {
    const ch = xml.charCodeAt(i + open.length);
    // Require a delimiter so "<sheet" does not match "<sheets".
    if (ch !== 32 && ch !== 62 && ch !== 47 && ch !== 9 && ch !== 10 && ch !== 13) {
      i = starts.indexOf(open, i + open.length);
      continue;
    }
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    const tag = xml.slice(i, gt + 1);
    if (xml.charCodeAt(gt - 1) === 47 /* / */) {
      out.push({ tag, inner: '', start: i, end: gt + 1 });
      i = starts.indexOf(open, gt + 1);
    } else {
      const e = xml.indexOf(close, gt + 1);
      if (e < 0) break;
      out.push({ tag, inner: xml.slice(gt + 1, e), start: i, end: e + close.length });
      i = starts.indexOf(open, e + close.length);
    }
  }
  return out;
}

/** The first element with that qualified name, if any. */
export function firstElement(xml: string, qname: string, from = 0): XmlElement | undefined {
  return elements(xml, qname, from, xml.length, 1)[0];
}

/** Removes XML comments, which the small-part scanners would otherwise misread. */
export function stripComments(xml: string): string {
  return xml.indexOf('<!--') < 0 ? xml : xml.replace(/<!--[\s\S]*?-->/g, '');
}

export function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

const enc = new TextEncoder();
const dec = new TextDecoder('utf-8');

export function utf8(s: string): Uint8Array {
  return enc.encode(s);
}

/** Decodes a part as UTF-8 (BOM dropped); UTF-16 parts, which some tools write, are detected by BOM. */
export function text(bytes: Uint8Array): string {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const s = dec.decode(bytes);
  return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
}
