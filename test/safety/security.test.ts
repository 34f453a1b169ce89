/**
 * No formula or text from a workbook is ever evaluated: cell texts travel as
 * values into fills and report sheets, and the engine holds no code path
 * that turns a string into code.
 */
import { promises as fs, readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { readWorkbook, patchWorkbook } from '../../src/xlsx';
import { analyse, reports } from '../../src/core/engine';
import { workbook } from '../fixtures/grid-builder';
import { writeXlsx } from './xlsx-writer';
import { dpaSheet, pkSheet } from './staff-sheets';
import { lakip, tempDir } from './cli-harness';

const HYPERLINK = '=HYPERLINK("http://x")';
const SUM = '=1+1';
const CMD = "=cmd|' /C calc'!A0";

/** A workbook whose text cells look like formulas: a sub kegiatan, an indikator and a satuan. */
function trapWorkbook() {
  return workbook(
    pkSheet((r) => {
      r[5][2] = HYPERLINK;
      r[6][3] = CMD;
    }),
    dpaSheet((r) => (r[7][1] = SUM)),
  );
}

function sheetParts(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes);
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(files)) if (/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) out[name] = strFromU8(data);
  return out;
}

const xmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('text that looks like a formula stays text', () => {
  it('is read as text, not as a formula', () => {
    const grid = readWorkbook(writeXlsx(trapWorkbook()));
    const dpa = grid.sheets.find((s) => s.name === 'DPA 2021')!;
    expect(dpa.rows[7]?.[1]).toEqual({ t: 's', v: SUM });
    const pk = grid.sheets.find((s) => s.name === 'PK 2021')!;
    expect(pk.rows[5]?.[2]).toEqual({ t: 's', v: HYPERLINK });
  });

  it('is copied into report sheets as an inline string, never as <f>', async () => {
    const bytes = writeXlsx(trapWorkbook());
    const before = Object.keys(sheetParts(bytes));
    const analysis = analyse(readWorkbook(bytes));
    const built = reports(analysis, { tahun: 2021, opd: '=2*3' });
    expect(built.tables.length).toBeGreaterThan(0);
    const out = patchWorkbook(bytes, analysis.plan.edits, built.tables);
    const parts = sheetParts(out);
    const added = Object.keys(parts).filter((n) => !before.includes(n));
    expect(added.length).toBe(built.tables.length);
    const reportXml = added.map((n) => parts[n]).join('\n');
    // Every trap text reached a report sheet, each time as <c t="inlineStr"><is><t>…</t></is>.
    for (const trap of [SUM, HYPERLINK, '=2*3']) {
      const t = xmlText(trap);
      expect(reportXml).toContain(t);
      const cells = reportXml.match(new RegExp(`<c [^>]*>(?:(?!</c>).)*${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'g')) ?? [];
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toMatch(/^<c [^>]*t="inlineStr"><is><t[^>]*>/);
    }
    for (const n of added) expect(parts[n]).not.toMatch(/<f[\s>]/);
  });

  it('is kept as text by the command line report, and read back as text', async () => {
    const dir = await tempDir();
    try {
      const input = path.join(dir, 'jebakan.xlsx');
      await fs.writeFile(input, writeXlsx(trapWorkbook()));
      const output = path.join(dir, 'laporan.xlsx');
      const run = await lakip('report', input, '-o', output, '--tahun', '2021');
      expect(run.code).toBeLessThanOrEqual(1);
      const grid = readWorkbook(new Uint8Array(readFileSync(output)));
      const generated = grid.sheets.filter((s) => grid.generatedSheets.includes(s.name));
      expect(generated.length).toBeGreaterThan(0);
      const texts = generated.flatMap((s) => s.rows.flatMap((r) => r ?? [])).filter((c) => c !== undefined);
      expect(texts.filter((c) => c!.f !== undefined)).toEqual([]);
      expect(texts).toContainEqual({ t: 's', v: SUM });
    } finally {
      await fs.rm(dir, { recursive: true, force: true });
    }
  });

  it('fill writes "-" and predikat texts as inline strings (a text edit starting with "=" too)', () => {
    const bytes = writeXlsx(workbook(dpaSheet()));
    const out = patchWorkbook(bytes, [{ sheet: 'DPA 2021', row: 7, col: 6, value: '=1+1', kind: 'predikat', old: undefined }]);
    const xml = sheetParts(out)['xl/worksheets/sheet1.xml'];
    expect(xml).toContain('<c r="G8" t="inlineStr"><is><t>=1+1</t></is></c>');
    expect(readWorkbook(out).sheets[0].rows[7]?.[6]).toEqual({ t: 's', v: '=1+1' });
  });
});

/** Every .ts/.tsx file under a folder. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(n) ? [p] : [];
  });
}

describe('no code path turns workbook text into code', () => {
  const SRC = path.join(__dirname, '..', '..', 'src');
  const files = sources(SRC);

  it('finds the sources it checks', () => {
    expect(files.length).toBeGreaterThan(50);
  });

  it('never calls eval, new Function or a string timer', () => {
    const offenders: string[] = [];
    const patterns = [/\beval\s*\(/, /\bnew\s+Function\s*\(/, /(^|[^.\w])Function\s*\(\s*['"`]/, /\bset(Timeout|Interval)\s*\(\s*['"`]/, /\bvm\.(run|compile)/, /from\s+['"](node:)?vm['"]/];
    for (const f of files) {
      // Comments may name what is forbidden; code may not.
      const code = readFileSync(f, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
      for (const re of patterns) if (re.test(code)) offenders.push(`${path.relative(SRC, f)}: ${re}`);
    }
    expect(offenders).toEqual([]);
  });

  it('keeps the engine free of Node built-ins, so no file or process access hides in it', () => {
    const engine = files.filter((f) => /[\\/]src[\\/](grid|core|sheets|xlsx)[\\/]/.test(f));
    const offenders = engine.filter((f) => /from\s+['"](node:)?(fs|path|child_process|os|vm|net|http|https|worker_threads)['"]|require\(['"](node:)?(fs|child_process|vm)['"]\)/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => path.relative(SRC, f))).toEqual([]);
  });
});
