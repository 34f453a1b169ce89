/** Small text edits of package parts: [Content_Types].xml and .rels files. */
import { escapeXml } from './xml';

export function addOverride(ct: string, partName: string, contentType: string): string {
  const el = `<Override PartName="/${escapeXml(partName)}" ContentType="${contentType}"/>`;
  const end = ct.lastIndexOf('</');
  return ct.slice(0, end) + el + ct.slice(end);
}

export function removeOverride(ct: string, partName: string): string {
  const re = new RegExp(`<(?:\\w+:)?Override\\s[^>]*PartName="/${partName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`, 'i');
  return ct.replace(re, '');
}

export function addRel(rels: string, id: string, type: string, target: string): string {
  const el = `<Relationship Id="${id}" Type="${type}" Target="${escapeXml(target)}"/>`;
  const end = rels.lastIndexOf('</');
  return rels.slice(0, end) + el + rels.slice(end);
}

export function removeRel(rels: string, id: string): string {
  const re = new RegExp(`<(?:\\w+:)?Relationship\\s[^>]*Id="${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"[^>]*/>`);
  return rels.replace(re, '');
}

/** An unused rId. */
export function freshRelId(used: Iterable<string>): string {
  let max = 0;
  for (const id of used) {
    const m = /^rId(\d+)$/.exec(id);
    if (m && Number(m[1]) > max) max = Number(m[1]);
  }
  return `rId${max + 1}`;
}
