/**
 * Proves a patched workbook with a report sheet opens in LibreOffice: it is
 * converted headless to CSV (every sheet) and the values are read back.
 * soffice is required here (CI installs libreoffice-calc-nogui).
 */
import { execFileSync } from 'child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { patchWorkbook, readWorkbook, XlsxError } from '../../src/xlsx';
import { bookParts, row, zipParts } from './helpers';
import { efisiensiTable } from './report-fixture';

function soffice(): string {
  for (const candidate of ['soffice', '/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice']) {
    try {
      execFileSync(candidate, ['--version'], { stdio: 'pipe', timeout: 60000 });
      return candidate;
    } catch {
      // try the next location
    }
  }
  throw new Error('LibreOffice (soffice) is required for this test: apt-get install libreoffice-calc-nogui');
}

/** Each soffice run may take up to 120 s (a fresh profile on a busy machine); jest's 60 s default is too short for a test that runs up to three. */
const SOFFICE_TEST_MS = 400_000;

describe('a patched workbook opens in LibreOffice', () => {
  it('converts to CSV with the edited cell shown in its new format and the report sheet', () => {
    const bin = soffice();
    const dir = mkdtempSync(join(tmpdir(), 'lakip-xlsx-'));
    try {
      const book = zipParts(
        bookParts({
          sharedStrings: ['Program Pemberdayaan Sosial'],
          sheets: [
            {
              name: 'DPA',
              body:
                '<sheetData>' +
                row(1, '<c r="A1" t="s"><v>0</v></c><c r="B1"><v>2300170000</v></c><c r="C1"><v>0</v></c><c r="D1"><f>C1+0</f><v>0</v></c>') +
                '</sheetData>',
            },
          ],
        }),
      );
      const out = patchWorkbook(book, [{ sheet: 'DPA', row: 0, col: 2, value: 1965327337, format: '#,##0', kind: 'realisasi', old: { t: 'n', v: 0 } }], [efisiensiTable()]);
      const file = join(dir, 'lakip.xlsx');
      writeFileSync(file, out);
      execFileSync(
        bin,
        [
          `-env:UserInstallation=file://${join(dir, 'profile')}`,
          '--headless',
          '--convert-to',
          // 44 = comma, 34 = quote, 76 = UTF-8; 9th token: values as shown (formats applied); last token -1: every sheet.
          'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1',
          '--outdir',
          dir,
          file,
        ],
        { stdio: 'pipe', timeout: 120000 },
      );
      const csvs = readdirSync(dir).filter((f) => f.endsWith('.csv'));
      const read = (sheet: string) => readFileSync(join(dir, csvs.find((f) => f.endsWith(`-${sheet}.csv`))!), 'utf8');
      expect(csvs.sort()).toEqual(['lakip-DPA.csv', 'lakip-Efisiensi Anggaran.csv']);
      const dpa = read('DPA');
      expect(dpa).toContain('Program Pemberdayaan Sosial');
      expect(dpa).toContain('"1,965,327,337"');
      const report = read('Efisiensi Anggaran');
      expect(report).toContain('PENCAPAIAN KINERJA DAN ANGGARAN TAHUN 2021');
      expect(report).toContain('Persentase PMKS penerima manfaat Program Pemberdayaan Sosial');
      expect(report).toContain('"2,300,170,000"');
      expect(report).toContain('85.44');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SOFFICE_TEST_MS);

  it('reads a workbook LibreOffice wrote, patches it, and LibreOffice opens the result; its .xls is named as the old format', () => {
    const bin = soffice();
    const dir = mkdtempSync(join(tmpdir(), 'lakip-xlsx-'));
    const convert = (file: string, format: string) =>
      execFileSync(bin, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', format, '--outdir', dir, file], { stdio: 'pipe', timeout: 120000 });
    try {
      const csv = join(dir, 'dpa.csv');
      writeFileSync(
        csv,
        'Kode,Uraian,Pagu,Realisasi\n' +
          '1.06.01,Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota,8054019520,7484519520\n' +
          '1.06.04,Program Pemberdayaan Sosial,2300170000,1965327337\n',
      );
      convert(csv, 'xlsx');
      convert(csv, 'xls');
      const xls = new Uint8Array(readFileSync(join(dir, 'dpa.xls')));
      let refused: unknown;
      try {
        readWorkbook(xls);
      } catch (e) {
        refused = e;
      }
      expect(refused).toBeInstanceOf(XlsxError);
      expect(refused).toMatchObject({ code: 'xls' });

      const book = new Uint8Array(readFileSync(join(dir, 'dpa.xlsx')));
      const sheet = readWorkbook(book).sheets[0];
      expect(sheet.name).toBe('dpa');
      expect(sheet.rows[1]![1]).toEqual({ t: 's', v: 'Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota' });
      expect(sheet.rows[2]![2]).toEqual({ t: 'n', v: 2300170000 });

      const out = patchWorkbook(
        book,
        [
          { sheet: 'dpa', row: 0, col: 4, value: 'Capaian (%)', kind: 'header', old: undefined },
          { sheet: 'dpa', row: 1, col: 4, value: 92.93, format: '0.00', kind: 'persen', old: undefined },
          { sheet: 'dpa', row: 2, col: 4, value: 85.44, format: '0.00', kind: 'persen', old: undefined },
        ],
        [efisiensiTable()],
      );
      const patched = join(dir, 'hasil.xlsx');
      writeFileSync(patched, out);
      rmSync(join(dir, 'dpa.csv'));
      convert(patched, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1');
      const dpa = readFileSync(join(dir, 'hasil-dpa.csv'), 'utf8').trim().split('\n');
      expect(dpa[0]).toBe('Kode,Uraian,Pagu,Realisasi,Capaian (%)');
      expect(dpa[2]).toBe('1.06.04,Program Pemberdayaan Sosial,2300170000,1965327337,85.44');
      expect(readFileSync(join(dir, 'hasil-Efisiensi Anggaran.csv'), 'utf8')).toContain('"1,083,945,988"');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, SOFFICE_TEST_MS);
});
