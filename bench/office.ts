/**
 * The Office host on the in-memory Excel fake (test/excel/fake-excel.ts):
 * for check (read), fill (applyEdits) and report (addReportSheets), the
 * number of context.sync() calls and the largest request and response.
 * Run alone (`node -r ./bench/register.js bench/office.ts ROWS`) it prints
 * one JSON line, so run.ts can measure each size in a fresh process.
 */
import { OfficeHost } from '../src/excel/office-host';
import { analyse, reports } from '../src/core/engine';
import { FakeExcel } from '../test/excel/fake-excel';
import { generateWorkbook } from './generate';
import { now } from './measure';

export type OfficeOperation = 'check' | 'fill' | 'report';

export interface OfficeResult {
  operation: OfficeOperation;
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  /** What the operation carried: cells read, edits written, report tables added. */
  items: number;
  ms: number;
}

export async function measureOffice(rows: number, tahun = 2024): Promise<OfficeResult[]> {
  const { grid } = generateWorkbook({ rows, tahun });
  const excel = new FakeExcel(grid);
  const host = new OfficeHost(excel.api(), { name: `dpa-${rows}.xlsx` });
  const out: OfficeResult[] = [];
  const step = async (operation: OfficeOperation, items: () => number, run: () => Promise<void>) => {
    const from = excel.syncs.length;
    const t = now();
    await run();
    const ms = now() - t;
    const syncs = excel.syncs.slice(from);
    out.push({
      operation,
      rows,
      syncs: syncs.length,
      maxRequestBytes: Math.max(0, ...syncs.map((s) => s.requestBytes)),
      maxResponseBytes: Math.max(0, ...syncs.map((s) => s.responseBytes)),
      items: items(),
      ms,
    });
  };

  let read = grid;
  await step(
    'check',
    () => read.sheets.reduce((n, s) => n + s.rows.reduce((m, r) => m + (r ? r.filter(Boolean).length : 0), 0), 0),
    async () => {
      read = await host.read();
    },
  );
  const analysis = analyse(read);
  await step('fill', () => analysis.plan.edits.length, () => host.applyEdits(analysis.plan.edits));
  // The report is built from the filled workbook, as the task pane does after Hitung.
  const filled = analyse(await host.read());
  const { tables } = reports(filled, { tahun });
  await step('report', () => tables.length, () => host.addReportSheets(tables));
  return out;
}

if (require.main === module) {
  const rows = Number(process.argv[2]);
  measureOffice(rows).then(
    (r) => process.stdout.write(JSON.stringify(r) + '\n'),
    (e) => {
      process.stderr.write(String(e instanceof Error ? e.stack : e) + '\n');
      process.exitCode = 1;
    },
  );
}
