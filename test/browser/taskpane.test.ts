/**
 * The built task pane (dist/taskpane.html) in headless Chromium, with
 * Microsoft's office.js replaced by the in-memory FakeExcel seeded with the
 * Mojokerto 2021 workbook: Periksa finds the Program Penunjang total, Hitung →
 * Terapkan writes the capaian into the workbook, Batalkan restores every cell,
 * Laporan adds the report sheets. Counts syncs, times the start, records every
 * request (nothing may leave 127.0.0.1) and saves 320 px screenshots to test-output/.
 */
import * as fs from 'fs';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ensureBuilt, serve, type Served } from './serve-dist';
import { fakeOfficeScript } from './fake-office/build';
import type { CellState, FakeExcel } from '../excel/fake-excel';

const ROOT = path.resolve(__dirname, '../..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'test-output');
const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const DPA = 'Pengukuran Sasaran 2021';
const PK = 'PK 2021';

type Cells = Record<string, Record<string, CellState>>;
declare global {
  interface Window {
    __lakipFake: FakeExcel;
  }
}

let browser: Browser;
let served: Served;
let page: Page;
const requests: string[] = [];
const scriptsFetched: string[] = [];
const consoleErrors: string[] = [];

beforeAll(async () => {
  ensureBuilt();
  const fakeOffice = await fakeOfficeScript();
  served = await serve(DIST);
  browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  fs.mkdirSync(OUT, { recursive: true });
  const context = await browser.newContext({ viewport: { width: 320, height: 900 } });
  page = await context.newPage();
  page.on('request', (r) => {
    requests.push(r.url());
    if (r.resourceType() === 'script') scriptsFetched.push(r.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  await page.route(OFFICE_JS, (route) => route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: fakeOffice }));
  // Anything else off 127.0.0.1 is refused (and still recorded, so the last test names it).
  await page.route((url) => url.href !== OFFICE_JS && url.hostname !== '127.0.0.1', (route) => route.abort());
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await served?.close();
});

const allCells = (): Promise<Cells> =>
  page.evaluate(() => {
    const f = window.__lakipFake;
    return Object.fromEntries(f.sheets.filter((s) => !s.deleted).map((s) => [s.name, f.cellStates(s.name)]));
  });
const syncCount = (): Promise<number> => page.evaluate(() => window.__lakipFake.syncs.length);
const sheetNames = (): Promise<string[]> =>
  page.evaluate(() => window.__lakipFake.sheets.filter((s) => !s.deleted && s.visibility === 'Visible').map((s) => s.name));
const noHorizontalOverflow = (): Promise<boolean> => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** Cells whose stored state differs between two snapshots, "Sheet!A1" → after. */
function changed(before: Cells, after: Cells): Record<string, CellState | undefined> {
  const out: Record<string, CellState | undefined> = {};
  for (const sheet of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const b = before[sheet] ?? {};
    const a = after[sheet] ?? {};
    for (const ref of new Set([...Object.keys(b), ...Object.keys(a)])) {
      if (JSON.stringify(b[ref]) !== JSON.stringify(a[ref])) out[`${sheet}!${ref}`] = a[ref];
    }
  }
  return out;
}

/** Runs a click and waits for its result text; returns the syncs it cost. */
async function syncsOf(action: () => Promise<void>): Promise<number> {
  const from = await syncCount();
  await action();
  await page.waitForFunction(() => document.querySelector('main')?.getAttribute('aria-busy') === 'false');
  return (await syncCount()) - from;
}

describe('task pane in Excel (Office.js fake)', () => {
  let before: Cells;
  const syncs: Record<string, number> = {};

  it('starts: reads the workbook and enables Periksa, timed from navigation', async () => {
    await page.goto(`${served.url}taskpane.html`);
    const ready = await page.waitForFunction(
      () => {
        const b = [...document.querySelectorAll('button')].find((x) => x.textContent === 'Periksa');
        return b && !b.disabled ? performance.now() : 0;
      },
      undefined,
      { timeout: 60_000 },
    );
    const tti = (await ready.jsonValue()) as number;
    console.log(`task pane: Periksa enabled ${tti.toFixed(0)} ms after navigation (fake Excel, local server)`);
    expect(tti).toBeLessThan(30_000);
    await page.getByText('dinsos-mojokerto-2021.xlsx').first().waitFor();
    // Workbook name (1 sync) and one read (3 syncs).
    syncs.start = await syncCount();
    expect(syncs.start).toBe(4);
    before = await allCells();
    expect(await noHorizontalOverflow()).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'taskpane-320-buka.png'), fullPage: true });
  }, 120_000);

  it('Periksa shows the Program Penunjang total that is not the sum of its kegiatan, at I7, and selects that cell in Excel', async () => {
    syncs.periksa = await syncsOf(() => page.getByRole('button', { name: 'Periksa', exact: true }).click());
    const finding = page.locator('li', { hasText: 'tertulis 8.054.019.520, seharusnya 7.484.519.520' });
    await finding.first().waitFor();
    const cellButton = finding.getByRole('button', { name: `Pilih sel I7 di lembar ${DPA}` });
    expect(await cellButton.count()).toBe(1);
    expect(await page.getByRole('list', { name: 'Jumlah temuan per tingkat' }).textContent()).toMatch(/Galat [1-9]/);
    expect(await noHorizontalOverflow()).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'taskpane-320-periksa.png'), fullPage: true });

    syncs.select = await syncsOf(() => cellButton.click());
    expect(await page.evaluate(() => window.__lakipFake.selection)).toEqual({ sheet: DPA, address: 'I7' });
    // Checking does not write.
    expect(changed(before, await allCells())).toEqual({});
  }, 60_000);

  it('Hitung → Terapkan writes the planned capaian into the workbook', async () => {
    await page.getByRole('tab', { name: 'Hitung' }).click();
    const count = page.getByText('sel akan berubah').locator('xpath=..');
    await count.waitFor();
    const planned = Number((await count.textContent())!.replace(/\D/g, ''));
    expect(planned).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(OUT, 'taskpane-320-hitung.png'), fullPage: true });

    syncs.terapkan = await syncsOf(() => page.getByRole('button', { name: 'Terapkan' }).click());
    await page.getByText(`${planned} sel diisi. Pilih Batalkan untuk mengembalikannya.`).waitFor();
    const written = changed(before, await allCells());
    expect(Object.keys(written)).toHaveLength(planned);
    // PK 2021 row 11: Nilai Reformasi Birokrasi Perangkat Daerah, target "64 (B)", realisasi 64 → capaian 100.
    expect(written[`${PK}!G11`]).toMatchObject({ value: 100, type: 'Double' });
    // Nilai SAKIP: target "80,34 (A)", realisasi "80,34" → 100.
    expect(written[`${PK}!G12`]).toMatchObject({ value: 100, type: 'Double' });
    expect(await page.getByRole('button', { name: 'Batalkan' }).isEnabled()).toBe(true);
  }, 60_000);

  it('Batalkan restores every cell exactly as it was (value, type, formula, number format)', async () => {
    syncs.batalkan = await syncsOf(() => page.getByRole('button', { name: 'Batalkan' }).click());
    await page.getByText('Perubahan terakhir dibatalkan.').waitFor();
    expect(await allCells()).toEqual(before);
  }, 60_000);

  it('Laporan adds the report sheets to the workbook', async () => {
    const sheetsBefore = await sheetNames();
    await page.getByRole('tab', { name: 'Laporan' }).click();
    await page.getByRole('button', { name: 'Buat laporan' }).waitFor();
    expect(await noHorizontalOverflow()).toBe(true);
    await page.screenshot({ path: path.join(OUT, 'taskpane-320-laporan.png'), fullPage: true });
    syncs.laporan = await syncsOf(() => page.getByRole('button', { name: 'Buat laporan' }).click());
    await page.getByRole('region', { name: 'Hasil pembuatan laporan' }).waitFor();
    expect(await page.getByText('Perubahan terakhir dibatalkan.').count()).toBe(0);
    const added = (await sheetNames()).filter((n) => !sheetsBefore.includes(n));
    expect(added.length).toBeGreaterThan(0);
    // The PK and DPA sheets are untouched by the report.
    const now = await allCells();
    expect(now[PK]).toEqual(before[PK]);
    expect(now[DPA]).toEqual(before[DPA]);
    await page.screenshot({ path: path.join(OUT, 'taskpane-320-laporan-selesai.png'), fullPage: true });
  }, 60_000);

  it('costs a constant number of Excel syncs per step', () => {
    console.log(`task pane syncs: ${JSON.stringify(syncs)}`);
    // Each step re-reads the workbook afterwards (3 syncs): read 3, selectCell 2, applyEdits 3, undo 3, addReportSheets 2.
    expect(syncs).toEqual({ start: 4, periksa: 3, select: 2, terapkan: 6, batalkan: 6, laporan: 5 });
  });

  it('fetched no more than 300 KB of gzipped JavaScript from dist/ for the whole session', () => {
    const local = scriptsFetched.filter((u) => u.startsWith(served.url)).map((u) => new URL(u).pathname.slice(1));
    expect(local.some((f) => f.startsWith('chunks/engine.'))).toBe(true);
    expect(local.some((f) => f.startsWith('chunks/office-host.'))).toBe(true);
    const total = local.reduce((n, f) => n + gzipSync(fs.readFileSync(path.join(DIST, f)), { level: 9 }).length, 0);
    console.log(`task pane session fetched ${local.join(', ')}: ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(total).toBeLessThan(300 * 1024);
  });

  it('logs no error in the console', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('talks to no host but 127.0.0.1 (office.js is answered locally)', () => {
    expect(requests).toContain(OFFICE_JS);
    const foreign = requests.filter((u) => u !== OFFICE_JS && new URL(u).hostname !== '127.0.0.1' && !/^(data|blob):/.test(u));
    expect(foreign).toEqual([]);
  });
});
