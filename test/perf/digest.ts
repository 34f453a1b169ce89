/**
 * A stable digest of everything the engine hands to the hosts (findings, fill
 * plan, report tables), so a performance change can prove it changed nothing.
 * Decimals serialise through their toJSON (a plain decimal string).
 */
import { createHash } from 'crypto';
import type { Cell, WorkbookGrid } from '../../src/grid/types';
import { analyse, reports } from '../../src/core/engine';
import { DPA_SHEET } from '../../bench/generate';

export function engineOutput(grid: WorkbookGrid, overwrite: boolean): string {
  const analysis = analyse(grid, { overwrite });
  const { tables, skipped } = reports(analysis, { tahun: 2024 });
  return JSON.stringify({
    layouts: analysis.layouts,
    findings: analysis.findings,
    plan: analysis.plan,
    tables,
    skipped,
  });
}

export function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Puts the kinds of trouble real sheets have into the generated DPA sheet, on
 * fixed rows, so the digest also covers mismatches, text numbers, fractions,
 * too-large values, blanks and percentages on the .5 boundary.
 */
export function perturb(grid: WorkbookGrid): WorkbookGrid {
  const sheet = grid.sheets.find((s) => s.name === DPA_SHEET)!;
  const set = (r: number, c: number, cell: Cell | undefined) => {
    const row = sheet.rows[r];
    if (row) row[c] = cell;
  };
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    if (!row) continue;
    const num = (c: number) => {
      const cell = row[c];
      return cell && cell.t === 'n' ? cell.v : undefined;
    };
    // Columns: 0 Kode, 1 Uraian, 2 Pagu, 3..6 TW I-IV, 7 Jumlah, 8 Sisa, 9 %.
    const pagu = num(2);
    if (pagu === undefined) continue;
    if (r % 37 === 0) set(r, 2, { t: 'n', v: pagu + 1000, z: row[2]?.z });
    if (r % 53 === 0) set(r, 3, { t: 's', v: '1.234.567,50' });
    if (r % 59 === 0) set(r, 4, { t: 's', v: 'Rp 2.500.000' });
    if (r % 61 === 0) set(r, 5, { t: 'n', v: 1234.5 });
    if (r % 67 === 0) set(r, 6, { t: 'n', v: 12345678901234567 });
    if (r % 71 === 0) set(r, 9, undefined);
    if (r % 73 === 0) set(r, 8, undefined);
    if (r % 79 === 0) set(r, 7, { t: 'n', v: (num(7) ?? 0) + 1 });
    if (r % 83 === 0) set(r, 3, { t: 'e', v: '#REF!' });
    if (r % 89 === 0) {
      const jumlah = num(7);
      if (jumlah !== undefined && pagu !== 0) set(r, 9, { t: 'n', v: Math.round((jumlah * 10000) / pagu) / 100 + 0.005 });
    }
    if (r % 97 === 0) set(r, 9, { t: 's', v: '45,5%' });
    if (r % 101 === 0) set(r, 2, { t: 'n', v: -pagu });
    if (r % 103 === 0) set(r, 8, { t: 'n', v: 0.5 });
    if (r % 107 === 0) set(r, 2, { t: 'n', v: 0 });
  }
  return grid;
}
