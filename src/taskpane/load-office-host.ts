/** Creates the Office.js host (task G's src/excel/office-host.ts) in its own chunk. */
import type { WorkbookHost } from '../host/types';

export async function loadOfficeHost(): Promise<WorkbookHost> {
  const mod = await import(/* webpackChunkName: "office-host" */ '../excel/office-host');
  // create() reads the workbook name, for the title and the remembered corrections.
  return mod.OfficeHost.create();
}
