/**
 * The command line end to end on two of the variety workbooks saved as .xlsx:
 * check --json names the injected faults with rule, sheet, cell, expected and
 * actual; fill writes the capaian and %; report prints the totals, sisa,
 * percentages and predikat.
 */
import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main, type Io } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx';
import { cellAt, type WorkbookGrid } from '../../src/grid/types';
import { writeXlsx } from '../safety/xlsx-writer';
import { workbook } from '../fixtures/grid-builder';
import { p2, persen, sum } from './helpers';
import * as sipd from './workbooks/sipd';
import * as polaritas from './workbooks/pk-polaritas';

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  expected?: string;
  actual?: string;
}

let dir: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakip-variety-'));
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

/** One workbook holding the PK of Banyuwangi and its SIPD realisasi export. */
function combined(opts: { stated: boolean; faults: boolean }): WorkbookGrid {
  const pk = polaritas.build((rows) => {
    if (opts.faults) rows[polaritas.FIRST][11] = 80; // negatif capaian computed as positif
  }).sheets[0];
  const dpa = sipd.build({ stated: opts.stated }, (rows) => {
    if (opts.faults) rows[sipd.rowOf('1.06.04.2.02')][8] = p2(98.58);
  }).sheets[0];
  return workbook(pk, dpa);
}

async function save(wb: WorkbookGrid, name: string): Promise<string> {
  const file = path.join(dir, name);
  await fs.writeFile(file, writeXlsx(wb));
  return file;
}

describe('lakip on other agencies\' workbooks', () => {
  it('check --json finds exactly the injected faults and exits 1', async () => {
    const file = await save(combined({ stated: true, faults: true }), 'banyuwangi-2024.xlsx');
    const c = captureIo();
    const code = await main(['check', file, '--json'], c.io);
    expect(code).toBe(1);
    const findings: JsonFinding[] = JSON.parse(c.out()).files[0].findings;
    const errors = findings.filter((f) => f.severity === 'error').map(({ rule, sheet: s, cell, expected, actual }) => ({ rule, sheet: s, cell, expected, actual }));
    expect(errors).toEqual([
      { rule: 'capaian/mismatch', sheet: polaritas.SHEET, cell: `L${polaritas.FIRST + 1}`, expected: '120', actual: '80' },
      { rule: 'percent/mismatch', sheet: sipd.SHEET, cell: `I${sipd.rowOf('1.06.04.2.02') + 1}`, expected: '98.57', actual: '98.58' },
    ]);
  });

  it('check exits 0 on the consistent workbook', async () => {
    const file = await save(combined({ stated: true, faults: false }), 'bersih.xlsx');
    const c = captureIo();
    expect(await main(['check', file, '--json'], c.io)).toBe(0);
    expect(JSON.parse(c.out()).files[0].findings.filter((f: JsonFinding) => f.severity === 'error')).toEqual([]);
  });

  it('fill writes capaian, predikat, % and sisa into a copy', async () => {
    const file = await save(combined({ stated: false, faults: false }), 'isi.xlsx');
    const out = path.join(dir, 'hasil.xlsx');
    const c = captureIo();
    expect(await main(['fill', file, '-o', out], c.io)).toBe(0);
    const filled = readWorkbook(new Uint8Array(readFileSync(out)));
    const pk = filled.sheets.find((s) => s.name === polaritas.SHEET)!;
    const dpa = filled.sheets.find((s) => s.name === sipd.SHEET)!;
    const v = (s: typeof pk, r: number, col: number) => cellAt(s, r, col)?.v;
    expect(polaritas.LINES.map((_, i) => v(pk, polaritas.FIRST + i, 11))).toEqual(polaritas.LINES.map((_, i) => Number(polaritas.capaian(i))));
    expect(v(pk, polaritas.FIRST + 2, 12)).toBe('Sedang');
    expect(v(dpa, sipd.TOTAL_ROW, 8)).toBe(Number(sipd.TOTAL.persen));
    expect(v(dpa, sipd.TOTAL_ROW, 9)).toBe(sipd.TOTAL.sisa.toNumber());
    expect(v(dpa, sipd.rowOf('5.1.02.04.01.0001'), 8)).toBe(96.88);
  });

  it('report prints the realisasi anggaran table with the JUMLAH, sisa and %, and the predikat of the PK', async () => {
    const file = await save(combined({ stated: true, faults: false }), 'lapor.xlsx');
    const out = path.join(dir, 'laporan.xlsx');
    const c = captureIo();
    expect(await main(['report', file, '--tahun', '2024', '--opd', 'Dinas Sosial Kabupaten Banyuwangi', '-o', out], c.io)).toBe(0);
    const result = readWorkbook(new Uint8Array(readFileSync(out)));
    const texts = (s: (typeof result.sheets)[number]) => s.rows.flatMap((r) => (r ?? []).map((x) => x?.v));
    const realisasi = result.sheets.find((s) => texts(s).some((t) => typeof t === 'string' && /realisasi anggaran/i.test(t)) && texts(s).includes(sipd.TOTAL.pagu.toNumber()));
    expect(realisasi).toBeDefined();
    const all = texts(realisasi!);
    expect(all).toEqual(expect.arrayContaining([sipd.TOTAL.pagu.toNumber(), sipd.TOTAL.realisasi.toNumber(), sipd.TOTAL.sisa.toNumber(), Number(sipd.TOTAL.persen)]));
    // JUMLAH = program 1.06.01 + program 1.06.04
    expect(sum(27500000, 733000000)).toBe(sipd.TOTAL.pagu.toFixed());
    const kinerja = result.sheets.find((s) => texts(s).includes('Persentase PPKS terlantar') && texts(s).some((t) => t === 'Sangat Tinggi'));
    expect(kinerja).toBeDefined();
    expect(texts(kinerja!)).toEqual(expect.arrayContaining([120, 'Sangat Tinggi', Number(persen(52, 72)), 'Sedang']));
  });
});
