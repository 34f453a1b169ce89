/**
 * Stand-in for https://appsforoffice.microsoft.com/lib/1/hosted/office.js in
 * the task pane browser test: installs `Office` and `Excel` globals backed by
 * the typed in-memory FakeExcel (test/excel/fake-excel.ts), seeded with the
 * Mojokerto 2021 workbook. The test reads the fake back through
 * `window.__lakipFake`.
 */
import { FakeExcel } from '../../excel/fake-excel';
import { mojokertoWorkbook } from '../../fixtures/mojokerto';

export const WORKBOOK_NAME = 'dinsos-mojokerto-2021.xlsx';

const excel = new FakeExcel(mojokertoWorkbook(), { workbookName: WORKBOOK_NAME });
const api = excel.api();

type Batch = (context: Excel.RequestContext) => Promise<unknown>;

const info = { host: 'Excel', platform: 'OfficeOnline' };

const office = {
  HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook' },
  PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC', Mac: 'Mac' },
  context: { requirements: { isSetSupported: (name: string, version: string) => api.isSetSupported(name, version) } },
  // Real Office.js resolves after its own start-up, never synchronously.
  onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
    return new Promise((resolve) =>
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0),
    );
  },
};

const excelGlobal = {
  // Excel.run(batch) and Excel.run(options, batch), as Office.js accepts both.
  run(a: Excel.RunOptions | Batch, b?: Batch): Promise<unknown> {
    return typeof a === 'function' ? api.run({}, a) : api.run(a, b!);
  },
};

const w = window as unknown as Record<string, unknown>;
w.Office = office;
w.Excel = excelGlobal;
w.__lakipFake = excel;
