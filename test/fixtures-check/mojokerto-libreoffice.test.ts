import { MOJOKERTO, mojokertoWorkbook } from '../fixtures/mojokerto';
import { elements } from '../fixtures/features-check';
import { gridDifferences } from './grid-compare';
import { readCells, sheetPath } from './sheet-cells';
import { entries, entryText, fixtureBytes } from './zip-helpers';

const bytes = fixtureBytes('mojokerto-2021-libreoffice.xlsx');
const files = entries(bytes);

describe('mojokerto-2021-libreoffice.xlsx, the Mojokerto 2021 workbook as LibreOffice writes it', () => {
  it('was written by LibreOffice', () => {
    expect(entryText(bytes, 'docProps/app.xml')).toMatch(/<Application>LibreOffice/);
  });

  it('holds every value and number format of mojokertoWorkbook() (else rerun scripts/fixtures/build.ts, see test/fixtures/README.md)', () => {
    for (const sheet of mojokertoWorkbook().sheets) {
      expect(gridDifferences(sheet, readCells(bytes, sheet.name))).toEqual([]);
    }
  });

  it('keeps the merged cells of both sheets', () => {
    for (const sheet of mojokertoWorkbook().sheets) {
      const xml = entryText(bytes, sheetPath(files, sheet.name));
      const refs = elements(xml, 'mergeCell').map((m) => /ref="([^"]+)"/.exec(m)![1]);
      expect(refs).toHaveLength(sheet.merges.length);
    }
  });

  it('carries the published totals in the JUMLAH row: pagu 13.174.839.520, realisasi 9.268.118.489', () => {
    const grid = mojokertoWorkbook().sheets.find((s) => s.name === MOJOKERTO.dpaSheet)!;
    const row = grid.rows.findIndex((r) => r?.[0]?.v === 'JUMLAH') + 1;
    const dpa = readCells(bytes, MOJOKERTO.dpaSheet);
    expect(dpa.get(`I${row}`)).toMatchObject({ v: Number(MOJOKERTO.totalPagu), z: '#,##0' });
    expect(dpa.get(`J${row}`)).toMatchObject({ v: Number(MOJOKERTO.totalRealisasi), z: '#,##0' });
  });

  it('freezes the header and the Sasaran/Kode/Uraian columns of the pengukuran sheet', () => {
    expect(entryText(bytes, sheetPath(files, MOJOKERTO.dpaSheet))).toContain('<pane xSplit="3" ySplit="6" topLeftCell="D7" activePane="bottomRight" state="frozen"/>');
  });
});
