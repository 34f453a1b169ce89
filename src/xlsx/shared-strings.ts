/** Linear scanner for sharedStrings.xml (can hold 100,000+ items). */
import { decodeText, isDelim, rootPrefix } from './xml';

interface ItemTags {
  tOpen: string;
  tClose: string;
  phOpen: string;
  phClose: string;
}

/** The tag texts of a string item for a namespace prefix, built once per prefix. */
const tagsByPrefix = new Map<string, ItemTags>();
function itemTags(p: string): ItemTags {
  let tags = tagsByPrefix.get(p);
  if (!tags) {
    tags = { tOpen: '<' + p + 't', tClose: '</' + p + 't>', phOpen: '<' + p + 'rPh', phClose: '</' + p + 'rPh>' };
    tagsByPrefix.set(p, tags);
  }
  return tags;
}

/**
 * Text of a string item (`<si>` or `<is>` content): plain `<t>` or the `<t>` of
 * every rich-text run `<r>`; phonetic runs `<rPh>` (furigana) are not part of the text.
 */
export function itemText(inner: string, p: string): string {
  const { tOpen, tClose, phOpen, phClose } = itemTags(p);
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
    if (!isDelim(ch)) {
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
  const { tOpen, tClose } = itemTags(p);
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
    // The usual item, <si><t …>text</t></si>, read in place: its text holds no "<".
    if (xml.startsWith(tOpen, gt + 1) && isDelim(xml.charCodeAt(gt + 1 + tOpen.length))) {
      const tgt = xml.indexOf('>', gt + 1);
      // The first "<" after <t: past the start tag, it ends the text.
      const lt = xml.indexOf('<', gt + 2);
      if (tgt > 0 && lt > tgt && xml.charCodeAt(tgt - 1) !== 47) {
        if (xml.startsWith(tClose, lt) && xml.startsWith(close, lt + tClose.length)) {
          out.push(decodeText(xml.slice(tgt + 1, lt)));
          i = xml.indexOf(open, lt + tClose.length + close.length);
          continue;
        }
      }
    }
    const end = xml.indexOf(close, gt);
    if (end < 0) break;
    out.push(itemText(xml.slice(gt + 1, end), p));
    i = xml.indexOf(open, end + close.length);
  }
  return out;
}
