/**
 * The web app in a real browser: open a fixture workbook, Periksa, Hitung →
 * Terapkan, Unduh, and read the downloaded file back. No request may leave
 * 127.0.0.1. Screenshots at 320 px and 1280 px go to test-output/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { chromium, type Browser, type Page } from 'playwright-core';
import Decimal from 'decimal.js';
import { readWorkbook } from '../../src/xlsx';
import { parseA1 } from '../../src/grid/address';
import type { WorkbookGrid } from '../../src/grid/types';
import { ensureBuilt, serve, type Served } from './serve-dist';

const ROOT = path.resolve(__dirname, '../..');
const OUT = path.join(ROOT, 'test-output');
const FEATURES = path.join(ROOT, 'test/fixtures/features.xlsx');
const MOJOKERTO = path.join(ROOT, 'test/fixtures/mojokerto-2021-libreoffice.xlsx');

let browser: Browser;
let served: Served;
const requests: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  served = await serve(path.join(ROOT, 'dist/web'));
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(OUT, { recursive: true });
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

async function openPage(width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('request', (r) => requests.push(r.url()));
  // CSP violations and React errors surface here, not as exceptions.
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => {
    throw e;
  });
  await page.goto(served.url);
  return page;
}

/** Picks the file through the page's own file input, as the "Pilih file" button does. */
async function openFile(page: Page, file: string): Promise<number> {
  const t0 = await page.evaluate(() => performance.now());
  await page.getByLabel('Pilih file .xlsx atau seret ke sini').setInputFiles(file);
  const ready = await page.waitForFunction(
    () => {
      const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Periksa');
      return b && !b.disabled ? performance.now() : 0;
    },
    undefined,
    { timeout: 60_000 },
  );
  return (await ready.jsonValue()) - t0;
}

function cellValue(wb: WorkbookGrid, sheet: string, ref: string): unknown {
  const s = wb.sheets.find((x) => x.name === sheet)!;
  const { row, col } = parseA1(ref)!;
  return s.rows[row]?.[col]?.v;
}

function noHorizontalOverflow(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('web app', () => {
  it('finds the missing kegiatan of Program Penunjang in the Mojokerto 2021 workbook', async () => {
    const page = await openPage(320);
    const pageReady = await page.evaluate(async () => {
      // The picker is usable once the app rendered its button.
      while (![...document.querySelectorAll('button')].some((b) => b.textContent === 'Pilih file')) await new Promise((r) => setTimeout(r, 10));
      return performance.now();
    });
    await page.screenshot({ path: path.join(OUT, 'webapp-320-buka.png'), fullPage: true });
    const checkReady = await openFile(page, MOJOKERTO);
    console.log(`web app: picker interactive ${pageReady.toFixed(0)} ms after navigation; Periksa enabled ${checkReady.toFixed(0)} ms after the file was chosen`);
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'webapp-320-lembar.png'), fullPage: true });

    await page.getByRole('button', { name: 'Periksa', exact: true }).click();
    const finding = page.getByText('tertulis 8.054.019.520, seharusnya 7.484.519.520').first();
    await finding.waitFor();
    expect(await page.getByRole('list', { name: 'Jumlah temuan per tingkat' }).textContent()).toMatch(/Galat [1-9]/);
    // Selecting the cell shows its row
    await finding.locator('xpath=ancestor::li').getByRole('button').first().click();
    await page.getByRole('region', { name: /^Isi baris \d+ lembar / }).waitFor();
    expect(await noHorizontalOverflow(page)).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'webapp-320-periksa.png'), fullPage: true });
    await page.context().close();
  }, 120_000);

  it('fills the empty sisa and % cells, and the downloaded file holds them', async () => {
    const page = await openPage(1280);
    await openFile(page, FEATURES);
    await page.screenshot({ path: path.join(OUT, 'webapp-1280-buka.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Hitung' }).click();
    const count = page.getByText('sel akan berubah').locator('xpath=..');
    await count.waitFor();
    const planned = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(planned).toBeGreaterThan(0);
    await page.getByRole('table', { name: 'Pratinjau' }).getByText('DPA 2021!F9').waitFor();
    await page.screenshot({ path: path.join(OUT, 'webapp-1280-hitung.png'), fullPage: true });

    await page.getByRole('button', { name: 'Terapkan' }).click();
    await page.getByText(/sel diisi\. Pilih Batalkan untuk mengembalikannya\./).waitFor();
    expect(await page.getByRole('button', { name: 'Batalkan' }).isEnabled()).toBe(true);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Unduh' }).click()]);
    expect(download.suggestedFilename()).toBe('features-lakip.xlsx');
    const saved = path.join(OUT, 'features-lakip.xlsx');
    await download.saveAs(saved);
    const wb = readWorkbook(new Uint8Array(fs.readFileSync(saved)));
    // Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan: 98.870.100 / 102.000.000 = 96,93 %
    expect(new Decimal(cellValue(wb, 'DPA 2021', 'F9') as number).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toString()).toBe('96.93');
    expect(cellValue(wb, 'DPA 2021', 'E9')).toBe(3129900);
    // PK capaian kinerja: realisasi 12 of target 12 → 100
    expect(cellValue(wb, 'PK', 'H7')).toBe(100);
    await page.context().close();
  }, 120_000);

  it('looks finished at 1280 px and at 320 px after the check', async () => {
    for (const width of [1280, 320]) {
      const page = await openPage(width);
      await openFile(page, FEATURES);
      await page.getByRole('button', { name: 'Periksa', exact: true }).click();
      await page.getByRole('list', { name: 'Jumlah temuan per tingkat' }).waitFor();
      expect(await noHorizontalOverflow(page)).toBe(true);
      await page.screenshot({ path: path.join(OUT, `webapp-${width}-periksa-features.png`), fullPage: true });
      await page.getByRole('tab', { name: 'Laporan' }).click();
      await page.getByRole('button', { name: 'Buat laporan' }).waitFor();
      expect(await noHorizontalOverflow(page)).toBe(true);
      await page.screenshot({ path: path.join(OUT, `webapp-${width}-laporan.png`), fullPage: true });
      await page.context().close();
    }
  }, 120_000);

  it('logs no error (a CSP violation would be one) in the console', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('never talks to another host', () => {
    expect(requests.length).toBeGreaterThan(0);
    const foreign = requests.filter((u) => !u.startsWith(served.url) && !u.startsWith('blob:') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  });
});
