/** Compares a fixture grid with the cells LibreOffice wrote for it. */
import { a1 } from '../../src/grid/address';
import type { SheetGrid } from '../../src/grid/types';
import type { RawCell } from './sheet-cells';

/** LibreOffice writes numbers with 15 significant digits. */
function digits15(v: unknown): unknown {
  return typeof v === 'number' ? Number(v.toPrecision(15)) : v;
}

/** Differences as "A1: expected … found …" lines; empty when the sheet holds the grid's values and number formats. */
export function gridDifferences(sheet: SheetGrid, cells: Map<string, RawCell>): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  sheet.rows.forEach((row, r) =>
    row?.forEach((cell, c) => {
      if (!cell) return;
      const ref = a1(r, c);
      seen.add(ref);
      const found = cells.get(ref);
      if (!found) out.push(`${sheet.name}!${ref}: expected ${JSON.stringify(cell.v)}, found nothing`);
      else if (digits15(found.v) !== digits15(cell.v)) out.push(`${sheet.name}!${ref}: expected ${JSON.stringify(cell.v)}, found ${JSON.stringify(found.v)}`);
      else if (cell.z && found.z !== cell.z) out.push(`${sheet.name}!${ref}: expected format ${cell.z}, found ${found.z}`);
    }),
  );
  for (const [ref, cell] of cells) if (!seen.has(ref)) out.push(`${sheet.name}!${ref}: unexpected ${JSON.stringify(cell.v)}`);
  return out;
}
