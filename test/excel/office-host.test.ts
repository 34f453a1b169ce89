import { HostError } from '../../src/host/types';
import { OfficeHost, toHostError } from '../../src/excel/office-host';
import { FakeExcel, FAKE_PAYLOAD_LIMIT } from './fake-excel';
import { capaianEdits, dpaEdits, dpaWorkbook, efisiensiTable, richWorkbook } from './workbooks';
import { MOJOKERTO, mojokertoWorkbook } from '../fixtures/mojokerto';

function setup(grid = richWorkbook(), opts: ConstructorParameters<typeof FakeExcel>[1] = {}, hostOpts = {}) {
  const excel = new FakeExcel(grid, opts);
  const host = new OfficeHost(excel.api(), { name: 'dinsos-2021.xlsx', ...hostOpts });
  return { excel, host, grid };
}

async function rejection(p: Promise<unknown>): Promise<HostError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(HostError);
    return e as HostError;
  }
  throw new Error('expected a HostError');
}

describe('OfficeHost.read', () => {
  it('gives back the workbook it was seeded with: values, formulas, formats, merges, hidden rows and columns, sheet states', async () => {
    const { host, grid } = setup();
    const read = await host.read();
    expect(read).toEqual(grid);
  });

  it('reads the Mojokerto workbook in three syncs', async () => {
    const { host, excel } = setup(mojokertoWorkbook());
    await host.read();
    expect(excel.syncs).toHaveLength(3);
  });

  it('takes the same number of syncs at 10 and at 10,000 rows', async () => {
    const small = setup(dpaWorkbook(10));
    const large = setup(dpaWorkbook(10_000));
    const a = await small.host.read();
    const b = await large.host.read();
    expect(a.sheets[0].rows).toHaveLength(12);
    expect(b.sheets[0].rows).toHaveLength(10_002);
    expect(large.excel.syncs.length).toBe(small.excel.syncs.length);
  });

  it('reads a sheet above the per-sync cell budget in row blocks, with the same result', async () => {
    const grid = dpaWorkbook(2_000);
    const whole = await setup(grid).host.read();
    const blocked = setup(grid, {}, { readCellsPerSync: 1_000 });
    const read = await blocked.host.read();
    expect(read).toEqual(whole);
    // 2,002 rows × 6 columns in blocks of 166 rows (≤ 1,000 cells): 13 data syncs after the 2 metadata syncs.
    expect(blocked.excel.syncs).toHaveLength(2 + 13);
    expect(blocked.excel.syncs.slice(2).every((s) => s.responseBytes < 60_000)).toBe(true);
  });

  it('halves its blocks when Excel on the web refuses a response above 5 MB', async () => {
    const { host, excel } = setup(dpaWorkbook(60_000), { enforceResponseLimit: true }, { readCellsPerSync: 1_000_000 });
    const read = await host.read();
    expect(read.sheets[0].rows).toHaveLength(60_002);
    const ok = excel.syncs.filter((s) => s.responseBytes <= FAKE_PAYLOAD_LIMIT);
    expect(ok.length).toBeLessThan(excel.syncs.length); // some attempts were refused …
    expect(excel.syncs[excel.syncs.length - 1].responseBytes).toBeLessThanOrEqual(FAKE_PAYLOAD_LIMIT); // … the last one fits
  });

  it('refuses to run on an Excel without the required API set, in Indonesian', async () => {
    const { host } = setup(mojokertoWorkbook(), { apiVersion: '1.12' });
    const err = await rejection(host.read());
    expect(err.code).toBe('unsupported');
    expect(err.message).toContain('ExcelApi 1.13');
    expect(err.message).toContain('aplikasi web');
  });

  it('waits for the user to leave cell edit mode instead of failing', async () => {
    const { host, excel } = setup(mojokertoWorkbook(), { cellEditMode: true });
    await expect(host.read()).resolves.toBeDefined();
    expect(excel.runs.every((r) => r.delayForCellEdit === true)).toBe(true);
  });

  it('turns Excel errors into Indonesian HostErrors', () => {
    expect(toHostError({ code: 'InvalidOperationInCellEditMode', message: 'x' }).code).toBe('cell-edit');
    expect(toHostError({ code: 'InvalidOperationInCellEditMode' }).message).toContain('mode edit sel');
    const other = toHostError(Object.assign(new Error('boom'), { code: 'GeneralException' }));
    expect(other.code).toBe('other');
    expect(other.message).toContain('Excel menolak permintaan (GeneralException)');
  });
});

describe('OfficeHost.applyEdits', () => {
  it('writes numbers as numbers with en-US formats, and text that looks like a number as text', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    await host.applyEdits(capaianEdits(grid));
    const cells = excel.cellStates(MOJOKERTO.dpaSheet);
    expect(cells.H7).toEqual({ value: 100, type: 'Double', format: '0.00', quotePrefix: false });
    expect(cells.H9).toEqual({ value: 100, type: 'Double', format: '0.00', quotePrefix: false });
    expect(cells.H8).toEqual({ value: '87,14', type: 'String', format: 'General', quotePrefix: true });
    const tagana = `H${grid.sheets[1].rows.length - 1}`;
    expect(cells[tagana]).toEqual({ value: '-', type: 'String', format: 'General', quotePrefix: false });
    expect(excel.writtenCells).toBe(4 + 2); // four values, two formats; holes untouched
  });

  it('takes three syncs with calculation and screen updating suspended while writing', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    const before = excel.syncs.length;
    await host.applyEdits(capaianEdits(grid));
    expect(excel.syncs.length - before).toBe(3);
    expect(excel.suspended).toEqual({ calculation: 1, screen: 1 });
  });

  it('takes the same number of syncs for 10 and 10,000 rows of edits', async () => {
    const counts: number[] = [];
    for (const n of [10, 10_000]) {
      const { host, excel, grid } = setup(dpaWorkbook(n));
      const progress: Array<[number, number]> = [];
      await host.applyEdits(dpaEdits(grid), (d, t) => progress.push([d, t]));
      counts.push(excel.syncs.length);
      expect(progress[progress.length - 1][0]).toBe(progress[progress.length - 1][1]);
      const last = n + 1; // 0-based row of the last data row
      expect(excel.cellStates('DPA 2021')[`F${last + 1}`].format).toBe('0.00');
    }
    expect(counts[1]).toBe(counts[0]);
  });

  it('keeps every request under 5 MB at 100,000 rows', async () => {
    const { host, excel, grid } = setup(dpaWorkbook(100_000));
    await host.applyEdits(dpaEdits(grid));
    expect(excel.syncs.every((s) => s.requestBytes < FAKE_PAYLOAD_LIMIT)).toBe(true);
    expect(excel.syncs.length).toBeLessThanOrEqual(6);
    // 108.000.000 − 84.915.000 = 23.085.000 and 78,625 % → 78,63 on every Rapat Koordinasi row
    const cells = excel.cellStates('DPA 2021');
    expect(cells.E5).toEqual({ value: 23085000, type: 'Double', format: '#,##0', quotePrefix: false });
    expect(cells.F5.value).toBe(78.63);
    expect(cells[`F${100_002}`]).toBeDefined();
  });

  it('refuses with "changed" when a cell differs from what Periksa saw, and writes nothing', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    excel.sheet(MOJOKERTO.dpaSheet)!.ensure(8, 7).value = 95; // the user typed a capaian meanwhile
    excel.sheet(MOJOKERTO.dpaSheet)!.ensure(8, 7).type = 'Double';
    const before = excel.cellStates(MOJOKERTO.dpaSheet);
    const err = await rejection(host.applyEdits(capaianEdits(grid)));
    expect(err.code).toBe('changed');
    expect(err.message).toBe(
      `Buku kerja berubah sejak diperiksa: sel ${MOJOKERTO.dpaSheet}!H9 kini berisi 95. Jalankan Periksa lagi. Tidak ada yang diubah.`,
    );
    expect(excel.cellStates(MOJOKERTO.dpaSheet)).toEqual(before);
    expect(excel.writtenCells).toBe(0);
    expect(host.canUndo()).toBe(false);
  });

  it('refuses with "protected" on a protected sheet, and writes nothing', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    excel.sheet(MOJOKERTO.dpaSheet)!.protected_ = true;
    const err = await rejection(host.applyEdits(capaianEdits(grid)));
    expect(err.code).toBe('protected');
    expect(err.message).toContain(`Lembar "${MOJOKERTO.dpaSheet}" diproteksi`);
    expect(excel.writtenCells).toBe(0);
  });

  it('refuses with "changed" when the sheet was deleted or renamed', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    excel.sheet(MOJOKERTO.dpaSheet)!.name = 'Pengukuran (lama)';
    const err = await rejection(host.applyEdits(capaianEdits(grid)));
    expect(err.code).toBe('changed');
    expect(err.message).toContain('tidak ditemukan');
  });
});

describe('OfficeHost.undo', () => {
  it('restores values, formulas and number formats of every changed cell exactly', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    const before = excel.cellStates(MOJOKERTO.dpaSheet);
    const notesBefore = excel.cellStates("Catatan 'Keuangan'");
    const dpa = grid.sheets[1];
    const last = dpa.rows.length - 1;
    const notes = grid.sheets[2];
    await host.applyEdits([
      ...capaianEdits(grid),
      // overwrite the Jumlah formula with its value
      { sheet: dpa.name, row: last, col: 8, value: 13174839520, format: '#,##0', kind: 'pagu', old: dpa.rows[last]![8] },
      // text in a Text-formatted cell, replaced by a number with another format
      { sheet: notes.name, row: 0, col: 1, value: 12, format: '0.00', kind: 'header', old: notes.rows[0]![1] },
      // the error formula replaced by a number
      { sheet: notes.name, row: 1, col: 1, value: 0, kind: 'capaian', old: notes.rows[1]![1] },
    ]);
    expect(excel.cellStates(MOJOKERTO.dpaSheet)).not.toEqual(before);
    expect(host.canUndo()).toBe(true);
    await host.undo();
    expect(excel.cellStates(MOJOKERTO.dpaSheet)).toEqual(before);
    expect(excel.cellStates("Catatan 'Keuangan'")).toEqual(notesBefore);
    expect(host.canUndo()).toBe(false);
    await expect(host.undo()).rejects.toThrow('Tidak ada langkah yang bisa dibatalkan.');
  });

  it('does not overwrite a cell the user changed after the edit', async () => {
    const { host, excel } = setup();
    const grid = await host.read();
    await host.applyEdits(capaianEdits(grid));
    Object.assign(excel.sheet(MOJOKERTO.dpaSheet)!.ensure(6, 7), { value: 99, type: 'Double' });
    const err = await rejection(host.undo());
    expect(err.code).toBe('changed');
    expect(err.message).toContain('H7');
    expect(host.canUndo()).toBe(true);
  });
});

describe('OfficeHost.addReportSheets', () => {
  it('adds a formatted, print-ready report sheet marked as generated', async () => {
    const { host, excel } = setup(mojokertoWorkbook());
    await host.addReportSheets([efisiensiTable()]);
    expect(excel.syncs).toHaveLength(2);
    const s = excel.sheet('Tabel Efisiensi')!;
    const cells = excel.cellStates('Tabel Efisiensi');
    expect(cells.G4).toEqual({ value: 2300170000, type: 'Double', format: '#,##0', quotePrefix: false });
    expect(cells.I4).toEqual({ value: 85.44, type: 'Double', format: '0.00', quotePrefix: false });
    // Excel would type "1." as the number 1: the numbering stays text through a leading apostrophe.
    expect(cells.A4).toEqual({ value: '1.', type: 'String', format: 'General', quotePrefix: true });
    expect(s.merges).toEqual(efisiensiTable().merges);
    expect(s.colWidths.get(2)).toBe(213.75); // 40 characters
    expect(s.frozenRows).toBe(3);
    expect(s.page).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: '$2:$3',
    });
    expect(s.styles.get('1:3')).toMatchObject({ bold: true, fill: '#D9E1F2', horizontal: 'Center', wrap: true });
    expect(s.styles.get('3:6')?.borders).toEqual(['EdgeBottom', 'EdgeLeft', 'EdgeRight', 'EdgeTop', 'InsideHorizontal', 'InsideVertical']);
    expect(excel.names.map((n) => [n.name, n.formula, n.visible])).toEqual([['_LAKIP_GEN_1', "='Tabel Efisiensi'!$A$1", false]]);
    const read = await host.read();
    expect(read.generatedSheets).toEqual(['Tabel Efisiensi']);
  });

  it('replaces the sheets of an earlier run, never a user sheet, and undo brings the earlier ones back', async () => {
    const grid = mojokertoWorkbook();
    grid.sheets.push({ ...grid.sheets[0], name: 'Tabel Efisiensi', rows: [[{ t: 's', v: 'catatan saya' }]], merges: [] });
    const { host, excel } = setup(grid);
    await host.addReportSheets([efisiensiTable()]);
    expect(excel.sheet('Tabel Efisiensi (2)')).toBeDefined(); // the user's sheet keeps its name
    const first = excel.cellStates('Tabel Efisiensi (2)');

    const second = efisiensiTable();
    second.rows[3][8] = { value: 85.45, style: { format: 'percent' } };
    await host.addReportSheets([second]);
    let read = await host.read();
    expect(read.sheets.map((s) => s.name)).toEqual([MOJOKERTO.pkSheet, MOJOKERTO.dpaSheet, 'Tabel Efisiensi', 'Tabel Efisiensi (2)']);
    expect(read.generatedSheets).toEqual(['Tabel Efisiensi (2)']);
    expect(excel.cellStates('Tabel Efisiensi (2)').I4.value).toBe(85.45);
    expect(excel.cellStates('Tabel Efisiensi').A1.value).toBe('catatan saya');

    await host.undo();
    read = await host.read();
    expect(read.sheets.map((s) => s.name)).toEqual([MOJOKERTO.pkSheet, MOJOKERTO.dpaSheet, 'Tabel Efisiensi', 'Tabel Efisiensi (2)']);
    expect(excel.cellStates('Tabel Efisiensi (2)')).toEqual(first);
    expect(excel.sheet('Tabel Efisiensi (2)')!.visibility).toBe('Visible');
    expect(read.generatedSheets).toEqual(['Tabel Efisiensi (2)']);

    await host.undo();
    read = await host.read();
    expect(read.sheets.map((s) => s.name)).toEqual([MOJOKERTO.pkSheet, MOJOKERTO.dpaSheet, 'Tabel Efisiensi']);
    expect(read.generatedSheets).toEqual([]);
    expect(excel.names).toEqual([]);
  });

  it('removes backups a previous session left behind at the next run', async () => {
    const { excel, host } = setup(mojokertoWorkbook());
    await host.addReportSheets([efisiensiTable()]);
    await host.addReportSheets([efisiensiTable()]); // first sheet kept as a backup for undo
    expect(excel.sheets).toHaveLength(4);
    const nextSession = new OfficeHost(excel.api(), { name: 'dinsos-2021.xlsx' });
    expect((await nextSession.read()).sheets).toHaveLength(3); // the backup is never read as data
    await nextSession.addReportSheets([efisiensiTable()]);
    // the old backup is deleted, the current report moved aside, the new report added
    expect(excel.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [MOJOKERTO.pkSheet, 'Visible'],
      [MOJOKERTO.dpaSheet, 'Visible'],
      ['LAKIP cadangan 4', 'VeryHidden'],
      ['Tabel Efisiensi', 'Visible'],
    ]);
  });
});

describe('OfficeHost.selectCell', () => {
  it('activates the sheet and selects the cell', async () => {
    const { host, excel } = setup();
    await host.selectCell(MOJOKERTO.dpaSheet, 'H9');
    expect(excel.activeSheet).toBe(MOJOKERTO.dpaSheet);
    expect(excel.selection).toEqual({ sheet: MOJOKERTO.dpaSheet, address: 'H9' });
    const err = await rejection(host.selectCell('Tidak Ada', 'A1'));
    expect(err.code).toBe('changed');
  });

  it('takes its name from the workbook when created from Excel', async () => {
    const excel = new FakeExcel(mojokertoWorkbook(), { workbookName: 'LAKIP Dinsos 2021.xlsx' });
    const host = await OfficeHost.create(excel.api());
    expect(host.name).toBe('LAKIP Dinsos 2021.xlsx');
    expect(host.kind).toBe('office');
  });
});
