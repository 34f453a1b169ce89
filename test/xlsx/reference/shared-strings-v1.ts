/** Shared-string item text and shared strings as read before the fast rewrite (commit 9ff5310): the oracle. */
import { decodeText, rootPrefix } from '../../../src/xlsx/xml';

/**
 * Text of a string item (`<si>` or `<is>` content): plain `<t>` or the `<t>` of
 * every rich-text run `<r>`; phonetic runs `<rPh>` (furigana) are not part of the text.
 */
export function itemText(inner: string, p: string): string {
  const tOpen = '<' + p + 't';
  const tClose = '</' + p + 't>';
  const phOpen = '<' + p + 'rPh';
  const phClose = '</' + p + 'rPh>';
  let out = '';
  let i = 0;
  for (;;) {
    const t = inner.indexOf(tOpen, i);
    if (t < 0) break;
    const ph = inner.indexOf(phOpen, i);
    if (ph >= 0 && ph < t) {
      const phEnd = inner.indexOf(phClose, ph);
      i = phEnd < 0 ? inner.length : phEnd + phClose.length;
      continue;
    }
    const ch = inner.charCodeAt(t + tOpen.length);
    const gt = inner.indexOf('>', t);
    if (gt < 0) break;
    if (ch !== 62 && ch !== 32 && ch !== 47 && ch !== 9 && ch !== 10 && ch !== 13) {
      i = gt + 1; // another element starting with "t"
      continue;
    }
    if (inner.charCodeAt(gt - 1) === 47) {
      i = gt + 1; // <t/>
      continue;
    }
    const end = inner.indexOf(tClose, gt);
    if (end < 0) break;
    out += inner.slice(gt + 1, end);
    i = end + tClose.length;
  }
  return decodeText(out);
}

export function readSharedStrings(xml: string | undefined): string[] {
  if (!xml) return [];
  const p = rootPrefix(xml, 'sst');
  const open = '<' + p + 'si';
  const close = '</' + p + 'si>';
  const out: string[] = [];
  let i = xml.indexOf(open);
  while (i >= 0) {
    const gt = xml.indexOf('>', i);
    if (gt < 0) break;
    if (xml.charCodeAt(gt - 1) === 47) {
      out.push(''); // <si/>
      i = xml.indexOf(open, gt + 1);
      continue;
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) break;
    out.push(itemText(xml.slice(gt + 1, end), p));
    i = xml.indexOf(open, end + close.length);
  }
  return out;
}
