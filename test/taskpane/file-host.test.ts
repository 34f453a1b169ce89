import { FileHost, downloadName, sameContent, type XlsxIo } from '../../src/host/file-host';
import { HostError } from '../../src/host/types';
import type { CellEdit } from '../../src/core/fill/types';
import type { WorkbookGrid } from '../../src/grid/types';
import { mojokertoGrid } from './fakes';

/** A stand-in for src/xlsx: each "file" is a byte tag mapping to a grid; patching makes a new tag. */
function fakeIo(grid: WorkbookGrid) {
  const grids = new Map<number, WorkbookGrid>([[1, grid]]);
  let next = 2;
  const io: XlsxIo & { patches: Array<{ from: number; edits: CellEdit[]; reports?: number }> } = {
    patches: [],
    readWorkbook: (bytes) => {
      const g = grids.get(bytes[0]);
      if (!g) throw new Error('unknown bytes');
      return g;
    },
    patchWorkbook: (bytes, edits, reports) => {
      io.patches.push({ from: bytes[0], edits, reports: reports?.length });
      const tag = next++;
      grids.set(tag, grid);
      return new Uint8Array([tag]);
    },
  };
  return io;
}

const SISA: CellEdit = { sheet: 'DPA 2021', row: 2, col: 4, value: 23085000, format: '#,##0', kind: 'sisa', old: undefined };
const PERSEN: CellEdit = { sheet: 'DPA 2021', row: 2, col: 5, value: 78.63, format: '0.00', kind: 'persen', old: { t: 'n', v: 78 } };

describe('FileHost', () => {
  it('patches the file with the edits and keeps the previous bytes for undo', async () => {
    const io = fakeIo(mojokertoGrid());
    const host = new FileHost(new Uint8Array([1]), 'dinsos-2021.xlsx', io);
    const progress: Array<[number, number]> = [];
    await host.applyEdits([SISA, PERSEN], (d, t) => progress.push([d, t]));
    expect(io.patches).toEqual([{ from: 1, edits: [SISA, PERSEN], reports: undefined }]);
    expect(host.bytes).toEqual(new Uint8Array([2]));
    expect(progress.at(-1)).toEqual([2, 2]);
    expect(host.canUndo()).toBe(true);
    await host.undo();
    expect(host.bytes).toEqual(new Uint8Array([1]));
    expect(host.canUndo()).toBe(false);
  });

  it('writes nothing when a cell no longer holds what the plan saw', async () => {
    const grid = mojokertoGrid();
    grid.sheets[1].rows[2]![5] = { t: 'n', v: 79 };
    const io = fakeIo(grid);
    const host = new FileHost(new Uint8Array([1]), 'dinsos-2021.xlsx', io);
    const err = await host.applyEdits([SISA, PERSEN]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(HostError);
    expect((err as HostError).code).toBe('changed');
    expect((err as HostError).message).toBe('Sel DPA 2021!F3 sudah berubah sejak diperiksa; tidak ada yang ditulis. Jalankan Periksa lagi.');
    expect(io.patches).toHaveLength(0);
    expect(host.canUndo()).toBe(false);
  });

  it('refuses to write into a protected sheet', async () => {
    const grid = mojokertoGrid();
    grid.sheets[1].protected = true;
    const host = new FileHost(new Uint8Array([1]), 'dinsos-2021.xlsx', fakeIo(grid));
    await expect(host.applyEdits([SISA])).rejects.toMatchObject({ name: 'HostError', code: 'protected' });
  });

  it('adds report sheets as one undoable step', async () => {
    const io = fakeIo(mojokertoGrid());
    const host = new FileHost(new Uint8Array([1]), 'dinsos-2021.xlsx', io);
    const table = { id: 'realisasi-anggaran', sheetName: 'T7 Realisasi Anggaran' } as never;
    await host.addReportSheets([table]);
    expect(io.patches).toEqual([{ from: 1, edits: [], reports: 1 }]);
    await host.undo();
    expect(host.bytes).toEqual(new Uint8Array([1]));
  });

  it('says in Indonesian that there is nothing to undo', async () => {
    const host = new FileHost(new Uint8Array([1]), 'x.xlsx', fakeIo(mojokertoGrid()));
    await expect(host.undo()).rejects.toThrow('Tidak ada perubahan yang dapat dibatalkan.');
  });

  it('reveals a cell of an existing sheet and rejects an unknown sheet', async () => {
    const host = new FileHost(new Uint8Array([1]), 'x.xlsx', fakeIo(mojokertoGrid()));
    const seen: string[] = [];
    host.onSelect = (sheet, ref) => seen.push(`${sheet}!${ref}`);
    await host.selectCell('DPA 2021', 'F3');
    expect(seen).toEqual(['DPA 2021!F3']);
    await expect(host.selectCell('Lembar1', 'A1')).rejects.toThrow('Lembar "Lembar1" tidak ada dalam file.');
  });

  it('names the download after the source file', () => {
    const host = new FileHost(new Uint8Array([1]), 'dinsos-2024.xlsx', fakeIo(mojokertoGrid()));
    expect(host.download()).toEqual({ bytes: new Uint8Array([1]), fileName: 'dinsos-2024-lakip.xlsx' });
    expect(downloadName('Monev DPA 2024.XLSX')).toBe('Monev DPA 2024-lakip.xlsx');
    expect(downloadName('dinsos-2024-lakip.xlsx')).toBe('dinsos-2024-lakip.xlsx');
    expect(downloadName('rekap.xlsm')).toBe('rekap-lakip.xlsm');
  });

  it('treats an empty text cell as the empty cell the plan expected, but not a formula', () => {
    expect(sameContent(undefined, { t: 's', v: '' })).toBe(true);
    expect(sameContent({ t: 'n', v: 78 }, { t: 'n', v: 78, z: '0.00' })).toBe(true);
    expect(sameContent({ t: 'n', v: 78.625, f: 'D3/C3*100' }, { t: 'n', v: 78.625 })).toBe(false);
  });
});
