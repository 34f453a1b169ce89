import { promises as fs, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { createHash } from 'crypto';
import { main, type Io } from '../../src/cli/main';
import { readWorkbook } from '../../src/xlsx';
import { MOJOKERTO } from './../fixtures/mojokerto';

const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'dinsos-mojokerto-2021.xlsx');

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (t) => out.push(t), err: (t) => err.push(t) };
  return { io, out: () => out.join('\n'), err: () => err.join('\n') };
}

const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

let dir: string;
let input: string;
beforeEach(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lakip-cli-'));
  input = path.join(dir, 'dinsos-2021.xlsx');
  await fs.copyFile(EXAMPLE, input);
});
afterEach(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface JsonFinding {
  rule: string;
  severity: string;
  sheet: string;
  cell: string;
  message: string;
  expected?: string;
  actual?: string;
}

describe('lakip check', () => {
  it('names the published fault: Program Penunjang pagu is not the sum of its kegiatan', async () => {
    const c = captureIo();
    const code = await main(['check', input, '--json'], c.io);
    expect(code).toBe(1);
    const report = JSON.parse(c.out());
    expect(report.files).toHaveLength(1);
    const findings: JsonFinding[] = report.files[0].findings;
    const programRow = MOJOKERTO.dpaFirstDataRow + 1; // A1 row of 1.06.01
    const sum = findings.find((f) => f.rule === 'sum/mismatch' && f.cell === `I${programRow}`);
    expect(sum).toMatchObject({
      severity: 'error',
      sheet: MOJOKERTO.dpaSheet,
      expected: '7484519520',
      actual: '8054019520',
    });
    // the missing kegiatan shows as orphan sub kegiatan
    expect(findings.some((f) => f.rule === 'code/parent-missing' && f.expected === '1.06.01.2.06')).toBe(true);
  });

  it('recognises the PK and the budget tree sheets', async () => {
    const c = captureIo();
    await main(['inspect', input, '--json'], c.io);
    const sheets = JSON.parse(c.out()).files[0].sheets;
    const roles = Object.fromEntries(sheets.map((s: { name: string; role: string }) => [s.name, s.role]));
    expect(roles).toEqual({ [MOJOKERTO.pkSheet]: 'pk', [MOJOKERTO.dpaSheet]: 'dpa' });
  });

  it('prints findings in Indonesian with sheet and cell', async () => {
    const c = captureIo();
    await main(['check', input], c.io);
    expect(c.out()).toContain(`[GALAT] ${MOJOKERTO.dpaSheet}!I${MOJOKERTO.dpaFirstDataRow + 1}`);
    expect(c.out()).toMatch(/Ringkasan: \d+ galat, \d+ peringatan, \d+ info\./);
  });
});

describe('lakip fill', () => {
  it('writes a filled copy and never touches the input', async () => {
    const before = sha(input);
    const out = path.join(dir, 'hasil.xlsx');
    const c = captureIo();
    const code = await main(['fill', input, '-o', out], c.io);
    expect(code).toBe(1); // the example has real errors
    expect(sha(input)).toBe(before);
    const filled = readWorkbook(new Uint8Array(readFileSync(out)));
    const pk = filled.sheets.find((s) => s.name === MOJOKERTO.pkSheet)!;
    // Nilai SAKIP: target "80,34 (A)", realisasi "80,34" → capaian 100,00 written as a number
    const capaian = pk.rows[11]?.[6];
    expect(capaian).toMatchObject({ t: 'n', v: 100 });
    expect(c.out()).toContain(`Hasil ditulis ke ${out}`);
    const leftovers = (await fs.readdir(dir)).filter((n) => n.endsWith('.tmp'));
    expect(leftovers).toEqual([]);
  });

  it('refuses to write over its own input', async () => {
    const before = sha(input);
    const c = captureIo();
    const code = await main(['fill', input, '-o', input], c.io);
    expect(code).toBe(2);
    expect(c.err()).toContain('tidak boleh sama dengan file masukan');
    expect(sha(input)).toBe(before);
  });
});

describe('unreadable input', () => {
  it('exits 2 with an Indonesian message naming the file and writes nothing', async () => {
    const fake = path.join(dir, 'laporan.xlsx');
    await fs.writeFile(fake, 'No;Uraian;Pagu\n1;Program;100\n');
    const out = path.join(dir, 'keluaran.xlsx');
    const c = captureIo();
    const code = await main(['fill', fake, '-o', out], c.io);
    expect(code).toBe(2);
    expect(c.err()).toContain(fake);
    expect(c.err()).not.toMatch(/\n\s+at /); // no stack trace
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('reports a missing file', async () => {
    const c = captureIo();
    expect(await main(['check', path.join(dir, 'tidak-ada.xlsx')], c.io)).toBe(2);
    expect(c.err()).toContain('file tidak ditemukan');
  });

  it('treats an unknown option as bad usage (exit 2) in Indonesian', async () => {
    const c = captureIo();
    expect(await main(['check', input, '--bogus'], c.io)).toBe(2);
    expect(c.err()).toContain("opsi tidak dikenal '--bogus'");
  });
});

describe('several files', () => {
  it('processes every .xlsx of a directory, with progress on stderr and the worst exit code', async () => {
    await fs.copyFile(EXAMPLE, path.join(dir, 'kedua.xlsx'));
    await fs.writeFile(path.join(dir, 'rusak.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    await fs.writeFile(path.join(dir, 'catatan.txt'), 'bukan xlsx');
    const c = captureIo();
    const code = await main(['check', dir, '--json'], c.io);
    expect(code).toBe(2);
    const files = JSON.parse(c.out()).files;
    expect(files.map((f: { file: string }) => path.basename(f.file))).toEqual(['dinsos-2021.xlsx', 'kedua.xlsx', 'rusak.xlsx']);
    expect(files[2].error.code).toBeDefined();
    expect(c.err()).toContain('[3/3]');
  });
});

describe('help', () => {
  it('is Indonesian and lists the four commands', async () => {
    const c = captureIo();
    expect(await main(['--help'], c.io)).toBe(0);
    expect(c.out()).toContain('Pemakaian: lakip [opsi] [perintah]');
    for (const cmd of ['inspect', 'check', 'fill', 'report']) expect(c.out()).toContain(`${cmd} [opsi] <file...>`);
    expect(c.out()).not.toMatch(/Usage|Options|Commands/);
  });
});
