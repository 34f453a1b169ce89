/** FileHost over the real src/xlsx and the LibreOffice-written features workbook. */
import * as fs from 'fs';
import * as path from 'path';
import { FileHost } from '../../src/host/file-host';
import type { CellEdit } from '../../src/core/fill/types';
import { readWorkbook } from '../../src/xlsx';

const FIXTURE = path.resolve(__dirname, '../fixtures/features.xlsx');

describe('FileHost on an .xlsx file', () => {
  it('writes the sisa of a sub kegiatan, downloads it under a new name, and undoes it exactly', async () => {
    const original = new Uint8Array(fs.readFileSync(FIXTURE));
    const host = await FileHost.open(original, 'features.xlsx');
    const before = await host.read();
    const dpa = before.sheets.find((s) => s.name === 'DPA 2021')!;
    expect(dpa.rows[8]?.[4]).toBeUndefined(); // E9 empty in the fixture

    // 102.000.000 − 98.870.100 (Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan)
    const edit: CellEdit = { sheet: 'DPA 2021', row: 8, col: 4, value: 3129900, format: '#,##0', kind: 'sisa', old: undefined };
    await host.applyEdits([edit]);
    const { bytes, fileName } = host.download();
    expect(fileName).toBe('features-lakip.xlsx');
    expect(readWorkbook(bytes).sheets.find((s) => s.name === 'DPA 2021')!.rows[8]?.[4]).toMatchObject({ t: 'n', v: 3129900 });

    // The plan is stale now: applying it again must not write.
    await expect(host.applyEdits([edit])).rejects.toMatchObject({ name: 'HostError', code: 'changed' });

    await host.undo();
    expect(host.download().bytes).toBe(original);
  });

  it('rejects a file that is not an .xlsx with the Indonesian XlsxError message', async () => {
    const csv = new TextEncoder().encode('Kode;Uraian;Pagu\n1.06.01;Program Penunjang;8054019520\n');
    const err = await FileHost.open(csv, 'dpa.xlsx').catch((e: unknown) => e);
    expect((err as Error).name).toBe('XlsxError');
    expect((err as Error).message).toMatch(/xlsx/i);
  });
});
