/**
 * The report as a user sees it: `lakip report` on the bundled example, opened
 * and printed by LibreOffice, must show the published correct figures of the
 * Mojokerto LAKIP 2021 (LibreOffice prints with en-US separators here).
 */
import { execFileSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'dinsos-mojokerto-2021.xlsx');
const quiet: Io = { out: () => undefined, err: () => undefined };

let text = '';
let dir = '';

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakip-pdf-'));
  const out = path.join(dir, 'lakip-2021.xlsx');
  await main(['report', EXAMPLE, '--tahun', '2021', '--opd', 'Dinas Sosial Kabupaten Mojokerto', '-o', out], quiet);
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, out],
    { stdio: 'ignore', timeout: 180_000 },
  );
  text = execFileSync('pdftotext', ['-layout', path.join(dir, 'lakip-2021.pdf'), '-'], { encoding: 'utf8' });
}, 240_000);

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});


describe('the generated LAKIP tables printed by LibreOffice', () => {
  it('carries every table title', () => {
    for (const title of [
      'Tabel 2.1 Perjanjian Kinerja',
      'Tabel 3.1.1 Pengukuran Kinerja',
      'Tabel 3.2.1 Alokasi Anggaran per Sasaran',
      'Tabel 3.2.3 Realisasi Anggaran per Program, Kegiatan dan Sub Kegiatan',
    ]) {
      expect(text).toContain(title);
    }
  });

  it('prints Tabel 3.2.1 Alokasi: 17,46 / 10,40 / 10,06 / 0,95 % of 13.174.839.520', () => {
    expect(text).toMatch(/2,300,170,000\s+17\.46/);
    expect(text).toMatch(/1,370,650,000\s+10\.40/);
    expect(text).toMatch(/1,325,000,000\s+10\.06/);
    expect(text).toMatch(/125,000,000\s+0\.95/);
  });

  it('prints the realisasi tree with 108.000.000 / 84.915.000 → 78,63 and sisa 23.085.000', () => {
    expect(text).toMatch(/108,000,000\s+84,915,000\s+23,085,000\s+78\.63/);
    expect(text).toMatch(/13,174,839,520\s+9,268,118,489\s+3,906,721,031\s+70\.35/);
  });

  it('prints penyerapan 85,44 / 79,08 / 76,26 / 77,75 in the efisiensi table', () => {
    expect(text).toMatch(/1,965,327,337\s+85\.44/);
    expect(text).toMatch(/1,083,945,988\s+79\.08/);
    expect(text).toMatch(/1,010,470,350\s+76\.26/);
    expect(text).toMatch(/97,181,700\s+77\.75/);
  });

  it('keeps the source sheets in the printed workbook', () => {
    expect(text).toContain('PERJANJIAN KINERJA PERUBAHAN TAHUN 2021');
    expect(readFileSync(EXAMPLE).length).toBeGreaterThan(0);
  });
});
