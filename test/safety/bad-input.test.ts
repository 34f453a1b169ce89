/**
 * Messy and broken staff workbooks through `lakip`: unreadable files exit 2
 * with an Indonesian message naming the file and leave no output; readable
 * but odd files are processed and every oddity becomes a finding.
 */
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook } from '../../src/xlsx';
import { analyse } from '../../src/core/engine';
import { merge, sheet, workbook } from '../fixtures/grid-builder';
import { writeXlsx, type WriterOptions } from './xlsx-writer';
import { dpaSheet, fx, num, pkSheet } from './staff-sheets';
import { exists, findingsOf, lakip, noStack, sha256, tempDir, tempLeftovers, type Run } from './cli-harness';
import type { WorkbookGrid } from '../../src/grid/types';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'dinsos-mojokerto-2021.xlsx');
const REAL_XLS = path.join(__dirname, '..', 'fixtures', 'bad', 'dpa-lama.xls');

let dir: string;
beforeEach(async () => {
  dir = await tempDir();
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function put(name: string, bytes: Uint8Array | string): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, bytes);
  return p;
}

async function putWorkbook(name: string, wb: WorkbookGrid, opts?: WriterOptions): Promise<string> {
  return put(name, writeXlsx(wb, opts));
}

/** A CFB (OLE2) container as Office writes a password-protected workbook: the streams are named in UTF-16LE. */
function encryptedContainer(): Uint8Array {
  const bytes = new Uint8Array(2048);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  const name = (at: number, s: string) => {
    for (let i = 0; i < s.length; i++) bytes[at + 2 * i] = s.charCodeAt(i);
  };
  name(1024, 'Root Entry');
  name(1152, 'EncryptionInfo');
  name(1280, 'EncryptedPackage');
  return bytes;
}

/** Asserts the run refused the file the way a user must see it, and wrote nothing. */
async function expectUnreadable(run: Run, file: string, output: string, message: RegExp): Promise<void> {
  expect(run.code).toBe(2);
  expect(run.err).toContain(file);
  expect(run.err).toMatch(message);
  expect(noStack(run)).toBe(true);
  expect(await exists(output)).toBe(false);
  expect(await tempLeftovers(dir)).toEqual([]);
}

describe('files that cannot be read exit 2, name the file, say why in Indonesian and write nothing', () => {
  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    ['a CSV renamed to .xlsx', () => put('dpa.xlsx', 'Kode;Uraian;Pagu\n1.06.02;Program Pemberdayaan Sosial;2300170000\n'), /bukan file Excel \.xlsx.*Simpan Sebagai/],
    ['a text file renamed to .xlsx', () => put('catatan.xlsx', 'Realisasi TW IV belum masuk.'), /bukan file Excel \.xlsx/],
    ['a zip cut in half (interrupted download)', async () => {
      const full = readFileSync(EXAMPLE);
      return put('terpotong.xlsx', full.subarray(0, Math.floor(full.length / 2)));
    }, /rusak atau tidak lengkap/],
    ['a zip whose central directory is gone', async () => {
      const full = readFileSync(EXAMPLE);
      return put('tanpa-direktori.xlsx', full.subarray(0, full.length - 200));
    }, /rusak atau tidak lengkap/],
    ['a zip that holds no workbook', async () => {
      const { zipSync, strToU8 } = await import('fflate');
      return put('arsip.xlsx', zipSync({ 'catatan.txt': strToU8('bukan workbook') }));
    }, /rusak atau tidak lengkap/],
    ['a password-protected workbook (CFB with EncryptionInfo/EncryptedPackage)', () => put('terkunci.xlsx', encryptedContainer()), /dilindungi kata sandi/],
    ['a real Excel 97-2003 file written by LibreOffice, renamed .xlsx', async () => put('dpa-lama.xlsx', readFileSync(REAL_XLS)), /format Excel lama \(\.xls\).*Simpan Sebagai \.xlsx/],
    ['a zero-byte file', () => put('kosong.xlsx', new Uint8Array(0)), /kosong \(0 byte\)/],
    ['a workbook without any sheet', () => putWorkbook('tanpa-sheet.xlsx', workbook()), /tidak berisi sheet apa pun/],
    ['a workbook whose only sheet is empty', () => putWorkbook('sheet-kosong.xlsx', workbook(sheet({ name: 'Sheet1', rows: [] }))), /tidak ditemukan lembar PK atau DPA/],
    ['sheets with titles but no table', () => putWorkbook('judul-saja.xlsx', workbook(sheet({ name: 'DPA 2021', rows: [['MONITORING REALISASI ANGGARAN DPA TAHUN 2021'], ['DINAS SOSIAL KABUPATEN MOJOKERTO']] }))), /tidak ditemukan lembar PK atau DPA.*--pk\/--dpa atau --map/],
    ['a table with no recognisable header', () => putWorkbook('tanpa-judul-kolom.xlsx', workbook(sheet({ name: 'Sheet1', rows: [['A', 'B', 'C'], ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000], ['1.06.06', 'Program Penanganan Bencana', 125000000]] }))), /tidak ditemukan lembar PK atau DPA/],
  ];

  it.each(cases)('%s', async (_label, make, message) => {
    const file = await make();
    const before = sha256(file);
    for (const cmd of ['check', 'fill', 'report'] as const) {
      const output = path.join(dir, `keluaran-${cmd}.xlsx`);
      const args = cmd === 'check' ? [cmd, file] : [cmd, file, '-o', output, ...(cmd === 'report' ? ['--tahun', '2021'] : [])];
      await expectUnreadable(await lakip(...args), file, output, message);
    }
    expect(sha256(file)).toBe(before);
  });

  it('names the reason in the JSON answer too', async () => {
    const file = await put('dpa-lama.xlsx', readFileSync(REAL_XLS));
    const run = await lakip('check', file, '--json');
    expect(run.code).toBe(2);
    expect(JSON.parse(run.out).files[0].error).toMatchObject({ code: 'xls' });
  });

  it('the real .xls is recognised by its bytes, whatever its name', () => {
    expect(() => readWorkbook(new Uint8Array(readFileSync(REAL_XLS)))).toThrow(/format Excel lama/);
  });
});

describe('sheets with titles but no table, beside a readable one', () => {
  it('processes the readable sheet and reports the other (exit 0, a sheet/no-table warning)', async () => {
    const titlesOnly = sheet({ name: 'PK 2021', rows: [['PERJANJIAN KINERJA TAHUN 2021'], ['DINAS SOSIAL KABUPATEN MOJOKERTO']] });
    const file = await putWorkbook('dpa.xlsx', workbook(titlesOnly, dpaSheet()));
    const run = await lakip('check', file, '--json');
    expect(run.code).toBe(0);
    expect(findingsOf(run)).toContainEqual(expect.objectContaining({ rule: 'sheet/no-table', severity: 'warning', sheet: 'PK 2021', cell: '' }));
  });
});

/** fill on a workbook: exit code, findings and the filled copy read back. */
async function fill(name: string, wb: WorkbookGrid, ...extra: string[]) {
  const file = await putWorkbook(name, wb);
  const before = sha256(file);
  const output = path.join(dir, `terisi-${name}`);
  const run = await lakip('fill', file, '-o', output, '--json', ...extra);
  expect(noStack(run)).toBe(true);
  expect(sha256(file)).toBe(before);
  const bytes = new Uint8Array(readFileSync(output));
  const filled = readWorkbook(bytes);
  const dpa = filled.sheets.find((s) => s.name === 'DPA 2021')!;
  return { run, findings: findingsOf(run), dpa, bytes, output };
}

describe('readable but odd workbooks are processed, with a finding for every oddity', () => {
  it('Excel errors in numeric columns are reported cell by cell (#DIV/0!, #REF!, #NAME?)', async () => {
    const wb = workbook(dpaSheet((r) => {
      r[7][2] = { t: 'e', v: '#DIV/0!' };
      r[8][3] = { t: 'e', v: '#REF!' };
      r[9][3] = { t: 'e', v: '#NAME?', f: 'SUMA(D1:D2)' };
    }));
    const { run, findings, dpa } = await fill('galat.xlsx', wb);
    expect(run.code).toBe(1);
    const errors = findings.filter((f) => f.rule === 'value/excel-error');
    expect(errors.map((f) => [f.cell, f.actual, f.severity])).toEqual([
      ['C8', '#DIV/0!', 'error'],
      ['D9', '#REF!', 'error'],
      ['D10', '#NAME?', 'error'],
    ]);
    // Nothing is computed from an error: the rows keep their sisa and % empty, the error cells stay errors.
    expect(dpa.rows[7]?.[4]).toBeUndefined();
    expect(dpa.rows[8]?.[4]).toBeUndefined();
    expect(dpa.rows[7]?.[2]).toMatchObject({ t: 'e', v: '#DIV/0!' });
    expect(dpa.rows[9]?.[3]).toMatchObject({ t: 'e', v: '#NAME?', f: 'SUMA(D1:D2)' });
    // The sound rows are still filled: 50.000.000 − 49.668.800 = 331.200.
    expect(dpa.rows[9]?.[4]).toBeUndefined();
    expect(dpa.rows[10]?.[4]).toMatchObject({ t: 'n', v: 326979663 });
  });

  it('a Pagu merged across Realisasi is reported, not read as the same value twice', async () => {
    // D9 (realisasi 98.870.100) swallowed by a merge C9:D9 holding the pagu 102.000.000.
    const wb = workbook(dpaSheet((r) => (r[8][3] = null), { merges: [merge(8, 2, 8, 3)] }));
    const { run, findings, dpa } = await fill('gabung.xlsx', wb);
    expect(run.code).toBe(1);
    const merged = findings.find((f) => f.rule === 'value/merged');
    expect(merged).toMatchObject({ severity: 'error', cell: 'C9', actual: '102000000' });
    expect(merged!.message).toMatch(/C9:D9.*Realisasi anggaran dianggap kosong/);
    // The kegiatan's realisasi is compared with the other three sub kegiatan only, not with 102.000.000 counted as realisasi.
    const sum = findings.find((f) => f.rule === 'sum/mismatch' && f.cell === 'D7');
    expect(sum).toMatchObject({ expected: String(45598100 + 49668800 + 1771190337), actual: '1965327337' });
    // No sisa or % invented for the merged row.
    expect(dpa.rows[8]?.[4]).toBeUndefined();
    expect(dpa.rows[8]?.[5]).toBeUndefined();
  });

  it('hidden rows and columns are read and said so', async () => {
    const wb = workbook(dpaSheet(undefined, { hiddenRows: [8], hiddenCols: [3] }));
    const { run, findings, dpa } = await fill('tersembunyi.xlsx', wb);
    expect(run.code).toBe(0);
    const hidden = findings.find((f) => f.rule === 'value/hidden');
    expect(hidden).toMatchObject({ severity: 'info', cell: 'B9' });
    expect(hidden!.message).toContain('baris 9 dan kolom D');
    // Row 9 is hidden and its realisasi column too, yet its sisa is 102.000.000 − 98.870.100.
    expect(dpa.rows[8]?.[4]).toMatchObject({ t: 'n', v: 3129900 });
    expect(dpa.hiddenRows.has(8)).toBe(true);
    expect(dpa.hiddenCols.has(3)).toBe(true);
  });

  it('formulas in input columns are read through their cached values, never evaluated', async () => {
    // The cached value 45.598.100 differs from what "1+1" would give: the cache is what Excel showed.
    const wb = workbook(dpaSheet((r) => (r[7][3] = fx('1+1', 45598100))));
    const { run, dpa } = await fill('rumus-masukan.xlsx', wb);
    expect(run.code).toBe(0);
    expect(dpa.rows[7]?.[3]).toMatchObject({ t: 'n', v: 45598100, f: '1+1' });
    expect(dpa.rows[7]?.[4]).toMatchObject({ t: 'n', v: 4401900 }); // 50.000.000 − 45.598.100
  });

  it('a formula in a column that fill writes is reported and kept, and replaced only with --overwrite', async () => {
    const wb = () => workbook(dpaSheet((r) => (r[7][4] = fx('C8-D8-1', 4401899))));
    const kept = await fill('rumus-isi.xlsx', wb());
    expect(kept.run.code).toBe(1);
    expect(kept.findings).toContainEqual(expect.objectContaining({ rule: 'fill/conflict', cell: 'E8' }));
    expect(kept.findings.find((f) => f.rule === 'fill/conflict')!.message).toContain('=C8-D8-1');
    expect(kept.dpa.rows[7]?.[4]).toMatchObject({ t: 'n', v: 4401899, f: 'C8-D8-1' });
    expect(JSON.parse(kept.run.out).files[0].fill.conflicts).toEqual([
      expect.objectContaining({ sheet: 'DPA 2021', cell: 'E8', reason: 'formula', old: '=C8-D8-1', new: '4401900' }),
    ]);

    const replaced = await fill('rumus-timpa.xlsx', wb(), '--overwrite');
    expect(replaced.dpa.rows[7]?.[4]).toEqual(expect.objectContaining({ t: 'n', v: 4401900 }));
    expect(replaced.dpa.rows[7]?.[4]?.f).toBeUndefined();
  });

  it('a date in an amount column is reported, not read as its serial number', async () => {
    const wb = workbook(dpaSheet((r) => (r[7][3] = { t: 'd', v: 44561 }))); // 31-12-2021
    const { run, findings, dpa } = await fill('tanggal.xlsx', wb);
    expect(run.code).toBe(1);
    const f = findings.find((x) => x.cell === 'D8');
    expect(f).toMatchObject({ rule: 'value/unreadable', severity: 'error' });
    expect(f!.message).toContain('tanggal');
    expect(dpa.rows[7]?.[4]).toBeUndefined(); // no sisa computed from 44.561
  });

  it('a negative amount is reported and still computed exactly', async () => {
    const wb = workbook(dpaSheet((r) => (r[7][3] = num(-45598100))));
    const { findings, dpa } = await fill('negatif.xlsx', wb);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'value/negative', cell: 'D8', actual: '-45598100' }));
    expect(dpa.rows[7]?.[4]).toMatchObject({ t: 'n', v: 95598100 }); // 50.000.000 − (−45.598.100)
  });

  it('amounts beyond 10^15 are reported, and read and summed exactly (decimal, not binary floating point)', async () => {
    // 17 significant digits typed as text: more than a double holds.
    const wb = workbook(dpaSheet((r) => {
      r[7][2] = num(5e15);
      r[7][3] = '12.345.678.901.234.567';
    }));
    const { findings } = await fill('besar.xlsx', wb);
    const pagu = findings.find((f) => f.rule === 'sum/mismatch' && f.cell === 'C7');
    expect(pagu).toMatchObject({ expected: '5000002250170000', actual: '2300170000' });
    const realisasi = findings.find((f) => f.rule === 'sum/mismatch' && f.cell === 'D7');
    expect(realisasi).toMatchObject({ expected: '12345680820963804', actual: '1965327337' });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'realisasi/exceeds-pagu', cell: 'D8' }));
    // Both cells hold 16 digits or more: Excel cannot keep them exactly, so the user is told.
    expect(findings.filter((f) => f.rule === 'value/too-large').map((f) => [f.cell, f.actual, f.severity])).toEqual([
      ['C8', '5000000000000000', 'warning'],
      ['D8', '12345678901234567', 'warning'],
    ]);
  });

  it('a very long text (36.000 characters) is processed and its messages stay readable', async () => {
    const long = 'Peningkatan Kemampuan Potensi Pekerja Sosial '.repeat(800);
    // The long name sits on a sub kegiatan and on a kegiatan whose realisasi is not the sum of its rows.
    const wb = workbook(
      pkSheet((r) => (r[5][2] = long)),
      dpaSheet((r) => {
        r[7][1] = long;
        r[6][1] = long;
        r[6][3] = num(1965327336);
      }),
    );
    const { run, findings, dpa } = await fill('teks-panjang.xlsx', wb);
    expect(run.code).toBe(1);
    expect(dpa.rows[7]?.[1]).toMatchObject({ t: 's', v: long });
    expect(dpa.rows[7]?.[4]).toMatchObject({ t: 'n', v: 4401900 });
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'sum/mismatch', cell: 'D7', expected: '1965327337' }));
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'code/name-mismatch', cell: 'B8' }));
    for (const f of findings) expect(f.message.length).toBeLessThan(1000);
  });

  it('a stray value at XFD1048576 costs time for the real data only', async () => {
    const stray = dpaSheet();
    stray.rows[1048575] = [];
    stray.rows[1048575]![16383] = { t: 's', v: 'x' };
    const bytes = writeXlsx(workbook(stray), { sheets: { 'DPA 2021': { dimension: 'A1:XFD1048576' } } });
    const t0 = performance.now();
    const grid = readWorkbook(bytes);
    const analysis = analyse(grid);
    const elapsed = performance.now() - t0;
    // A grid walk over 1.048.576 × 16.384 cells would take minutes; the real data takes milliseconds.
    expect(elapsed).toBeLessThan(2000);
    expect(analysis.plan.edits).toHaveLength(12);
    const file = await put('inflated.xlsx', bytes);
    const output = path.join(dir, 'inflated-terisi.xlsx');
    const run = await lakip('fill', file, '-o', output);
    expect(run.code).toBe(0);
    const out = unzipSync(new Uint8Array(readFileSync(output)));
    const xml = strFromU8(out['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<dimension ref="A1:XFD1048576"/>');
    expect(xml).toContain('r="XFD1048576"');
  });

  it('a protected sheet is read and left unwritten, with a warning', async () => {
    const wb = workbook(pkSheet(), dpaSheet(undefined, { protected: true }));
    const { run, findings, dpa } = await fill('terproteksi.xlsx', wb);
    expect(run.code).toBe(0);
    expect(findings).toContainEqual(expect.objectContaining({ rule: 'sheet/protected', sheet: 'DPA 2021' }));
    expect(dpa.rows[7]?.[4]).toBeUndefined();
  });
});
