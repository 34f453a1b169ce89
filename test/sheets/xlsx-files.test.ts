/**
 * The fixture workbooks as LibreOffice saved them: what the reader hands
 * over from a real file must be recognised like the grids they came from.
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { readWorkbook } from '../../src/xlsx';
import { detectLayouts } from '../../src/sheets';
import { mojokertoWorkbook } from '../fixtures/mojokerto';
import { featuresWorkbook } from '../fixtures/features';
import { analyse, num } from './helpers';

const file = (name: string) => readWorkbook(new Uint8Array(readFileSync(join(__dirname, '..', 'fixtures', name))));

describe('sheet recognition on saved .xlsx files', () => {
  it.each([
    ['mojokerto-2021-libreoffice.xlsx', mojokertoWorkbook],
    ['features.xlsx', featuresWorkbook],
  ])('recognises %s like the grid it was made from', (name, grid) => {
    const strip = (ls: ReturnType<typeof detectLayouts>) => ls.map((l) => ({ sheet: l.sheet, role: l.role, tables: l.tables }));
    expect(strip(detectLayouts(file(name)))).toEqual(strip(detectLayouts(grid())));
  });

  it('reads the Mojokerto figures from the saved file', () => {
    const { model, findings } = analyse(file('mojokerto-2021-libreoffice.xlsx'));
    expect(num(model.dpa[0].total?.pagu)).toBe('13174839520');
    expect(model.pk[0].indicators).toHaveLength(6);
    expect(findings).toEqual([]);
  });
});
