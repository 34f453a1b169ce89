/**
 * WorkbookHost over Office.js (Excel.run). Thin on purpose: what to read,
 * write and undo is decided by the pure modules next to it (read.ts,
 * write-plan.ts, report-writer.ts, undo.ts, markers.ts). Every operation
 * queues its work and syncs a constant number of times, whatever the sheet
 * count or size, as long as the data fits the per-sync budgets in limits.ts;
 * only larger data adds syncs (one per budget-sized chunk).
 *
 * Syncs per operation: read 3, applyEdits 3, addReportSheets 2, undo 3
 * (edits) or 2 (reports), selectCell 2.
 */
import type { SheetGrid, WorkbookGrid } from '../grid/types';
import { a1 } from '../grid/address';
import { HostError, type Progress, type WorkbookHost } from '../host/types';
import type { CellEdit } from '../core/fill/types';
import type { ReportTable } from '../core/report/types';
import { cellFromExcel, describeCell, sameContent, valueInput, type ExcelScalar, type ValueType } from './cells';
import { MSG } from './messages';
import { READ_CELLS_PER_SYNC, WRITE_BYTES_PER_SYNC } from './limits';
import { REQUIRED_EXCEL_API } from './requirements';
import {
  addBlock,
  hiddenIndexes,
  parseAreas,
  planReadBlocks,
  sheetState,
  trimRows,
  type BlockData,
  type SheetMeta,
} from './read';
import { allNull, blockMatrix, jsonBytes, packBySize, planBlocks } from './write-plan';
import { BAK_PREFIX, GEN_PREFIX, readMarkers, uniqueSheetName, type Markers } from './markers';
import { planReportSheet, queueReportSheet, reportPlanBytes } from './report-writer';
import { restoreBlocks, UndoStack, type CellBefore, type EditStep, type ReportStep } from './undo';

/** The two entry points of Office.js the host needs; injectable for tests. */
export interface OfficeApi {
  run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
}

/** The real Office.js globals (only touched when an operation runs). */
export function officeApi(): OfficeApi {
  return {
    run<T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      return Excel.run(options, batch);
    },
    isSetSupported(name: string, version: string): boolean {
      return Office.context.requirements.isSetSupported(name, version);
    },
  };
}

export interface OfficeHostOptions {
  /** Workbook name for titles; `OfficeHost.create` reads it from Excel. */
  name?: string;
  /** Cells loaded per sync (tests lower it to exercise row blocks). */
  readCellsPerSync?: number;
  /** Estimated request bytes written per sync. */
  writeBytesPerSync?: number;
}

interface Rect {
  sheet: string;
  r0: number;
  c0: number;
  rowCount: number;
  colCount: number;
}

interface BlockWrite extends Rect {
  values?: Array<Array<ExcelScalar | null>>;
  formulas?: Array<Array<ExcelScalar | null>>;
  /** Number formats written after the values/formulas (null: leave alone). */
  formats?: Array<Array<string | null>>;
  /** Number formats written before them (restores: a Text "@" cell then takes its text back as typed). */
  formatsBefore?: Array<Array<string | null>>;
}

const PAYLOAD_ERRORS = new Set(['ResponsePayloadSizeLimitExceeded', 'RequestPayloadSizeLimitExceeded']);

function errorCode(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** Office.js failures → HostError with an Indonesian message. */
export function toHostError(e: unknown): HostError {
  if (e instanceof HostError) return e;
  const code = errorCode(e);
  if (code === 'InvalidOperationInCellEditMode') return new HostError(MSG.cellEdit(), 'cell-edit');
  if (code && PAYLOAD_ERRORS.has(code)) return new HostError(MSG.tooLarge(), 'unreadable');
  const message = e instanceof Error ? e.message : String(e);
  return new HostError(MSG.excelError(code ?? 'tidak diketahui', message), 'other');
}

function namesOf(collection: Excel.NamedItemCollection): Array<{ name: string; formula: string }> {
  return collection.items.map((n) => ({ name: n.name, formula: String(n.formula) }));
}

/** What an edit leaves in its cell, to recognise it again at undo time. */
function writtenCell(e: CellEdit): CellBefore['written'] {
  return typeof e.value === 'number' ? { t: 'n', v: e.value } : { t: 's', v: e.value };
}

export class OfficeHost implements WorkbookHost {
  readonly kind = 'office' as const;
  name: string;
  private readonly undoStack = new UndoStack();

  constructor(
    private readonly api: OfficeApi = officeApi(),
    private readonly opts: OfficeHostOptions = {},
  ) {
    this.name = opts.name ?? 'Buku kerja';
  }

  /** A host named after the open workbook. */
  static async create(api: OfficeApi = officeApi(), opts: OfficeHostOptions = {}): Promise<OfficeHost> {
    const host = new OfficeHost(api, opts);
    if (opts.name === undefined) {
      host.name = await host.exec(async (context) => {
        const wb = context.workbook;
        wb.load('name');
        await context.sync();
        return wb.name;
      });
    }
    return host;
  }

  canUndo(): boolean {
    return this.undoStack.size > 0;
  }

  private ensureSupported(): void {
    let ok = false;
    try {
      ok = this.api.isSetSupported('ExcelApi', REQUIRED_EXCEL_API);
    } catch {
      ok = false;
    }
    if (!ok) throw new HostError(MSG.unsupported(), 'unsupported');
  }

  /** Runs a batch, waiting for the user to leave cell edit mode. */
  private async exec<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    this.ensureSupported();
    try {
      return await this.api.run({ delayForCellEdit: true }, batch);
    } catch (e) {
      throw toHostError(e);
    }
  }

  // ---------------------------------------------------------------- read

  async read(): Promise<WorkbookGrid> {
    let budget = this.opts.readCellsPerSync ?? READ_CELLS_PER_SYNC;
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.exec((context) => this.readWith(context, budget));
      } catch (e) {
        // Excel on the web caps a response at 5 MB: retry with half-size blocks.
        const retry = e instanceof HostError && e.code === 'unreadable' && attempt < 8 && budget > 1000;
        if (!retry) throw e;
        budget = Math.floor(budget / 2);
      }
    }
  }

  private async readWith(context: Excel.RequestContext, cellsPerSync: number): Promise<WorkbookGrid> {
    const wb = context.workbook;
    const worksheets = wb.worksheets;
    worksheets.load('items/name,items/visibility');
    const names = wb.names;
    names.load('items/name,items/formula');
    await context.sync(); // 1: sheet list and markers

    const markers = readMarkers(namesOf(names), new Set(worksheets.items.map((s) => s.name)));
    const sheets = worksheets.items.filter((s) => !markers.backups.has(s.name));
    const used = sheets.map((s) => {
      const u = s.getUsedRangeOrNullObject(true);
      u.load('rowIndex,columnIndex,rowCount,columnCount,rowHidden,columnHidden');
      return u;
    });
    const protections = sheets.map((s) => {
      s.protection.load('protected');
      return s.protection;
    });
    await context.sync(); // 2: used ranges, protection

    const metas: SheetMeta[] = sheets.map((s, i) => ({
      name: s.name,
      state: sheetState(String(s.visibility)),
      protected: protections[i].protected,
      used: used[i].isNullObject
        ? null
        : {
            rowIndex: used[i].rowIndex,
            columnIndex: used[i].columnIndex,
            rowCount: used[i].rowCount,
            columnCount: used[i].columnCount,
            rowHidden: used[i].rowHidden,
            columnHidden: used[i].columnHidden,
          },
    }));
    // Merges and hidden rows/columns ride along with the first data sync.
    const merges = metas.map((m, i) => {
      if (!m.used) return undefined;
      const areas = used[i].getMergedAreasOrNullObject();
      areas.load('address');
      return areas;
    });
    // rowHidden on the whole used range is true/false when uniform; only a mix needs per-row properties.
    const rowProps = metas.map((m, i) =>
      m.used && m.used.rowHidden === null ? used[i].getRowProperties({ rowIndex: true, rowHidden: true }) : undefined,
    );
    const colProps = metas.map((m, i) =>
      m.used && m.used.columnHidden === null
        ? used[i].getColumnProperties({ columnIndex: true, columnHidden: true })
        : undefined,
    );

    const rows: Array<SheetGrid['rows']> = sheets.map(() => []);
    const syncs = planReadBlocks(metas, cellsPerSync);
    if (syncs.length === 0) await context.sync();
    for (const group of syncs) {
      const ranges = group.map((b) => {
        const r = sheets[b.sheet].getRangeByIndexes(b.r0, b.c0, b.rowCount, b.colCount);
        r.load('values,formulas,numberFormat,valueTypes');
        return r;
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized chunk (5 MB limit), by design
      await context.sync(); // 3 (+1 per further chunk): cell data
      group.forEach((b, k) => {
        const r = ranges[k];
        addBlock(rows[b.sheet], b, {
          values: r.values,
          formulas: r.formulas,
          numberFormat: r.numberFormat,
          valueTypes: r.valueTypes as ValueType[][],
        });
      });
    }

    const grids: SheetGrid[] = metas.map((m, i) => {
      const u = m.used;
      const mergeAreas = merges[i];
      return {
        name: m.name,
        state: m.state,
        rows: trimRows(rows[i]),
        merges: mergeAreas && !mergeAreas.isNullObject ? parseAreas(mergeAreas.address) : [],
        hiddenRows: u
          ? hiddenIndexes(
              u.rowIndex,
              u.rowCount,
              u.rowHidden,
              rowProps[i]?.value.map((p) => ({ index: p.rowIndex, hidden: p.rowHidden })),
            )
          : new Set<number>(),
        hiddenCols: u
          ? hiddenIndexes(
              u.columnIndex,
              u.columnCount,
              u.columnHidden,
              colProps[i]?.value.map((p) => ({ index: p.columnIndex, hidden: p.columnHidden })),
            )
          : new Set<number>(),
        protected: m.protected,
      };
    });
    return { sheets: grids, generatedSheets: [...markers.generated.keys()] };
  }

  // ------------------------------------------------------- shared helpers

  /** Loads the worksheets named, failing with 'changed' when one is gone. Queues protection loads. */
  private async sheetsByName(context: Excel.RequestContext, wanted: string[]) {
    const worksheets = context.workbook.worksheets;
    worksheets.load('items/name');
    await context.sync();
    const byName = new Map(worksheets.items.map((s) => [s.name, s] as const));
    for (const n of wanted) if (!byName.has(n)) throw new HostError(MSG.missingSheet(n), 'changed');
    const protections = wanted.map((n) => {
      const p = byName.get(n)!.protection;
      p.load('protected');
      return p;
    });
    const checkProtection = () =>
      wanted.forEach((n, i) => {
        if (protections[i].protected) throw new HostError(MSG.protectedSheet(n), 'protected');
      });
    return { byName, checkProtection };
  }

  /** Loads the current content of rectangles (syncs once per read budget). */
  private async loadRects(
    context: Excel.RequestContext,
    byName: Map<string, Excel.Worksheet>,
    rects: Rect[],
  ): Promise<BlockData[]> {
    const budget = this.opts.readCellsPerSync ?? READ_CELLS_PER_SYNC;
    const out: BlockData[] = [];
    for (const group of packBySize(rects, (r) => r.rowCount * r.colCount, budget)) {
      const ranges = group.map((r) => {
        const range = byName.get(r.sheet)!.getRangeByIndexes(r.r0, r.c0, r.rowCount, r.colCount);
        range.load('values,formulas,numberFormat,valueTypes');
        return range;
      });
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized chunk (5 MB limit), by design
      await context.sync();
      for (const r of ranges) {
        out.push({ values: r.values, formulas: r.formulas, numberFormat: r.numberFormat, valueTypes: r.valueTypes as ValueType[][] });
      }
    }
    return out;
  }

  /** Queues and syncs block writes, chunked so each request stays under the byte budget. */
  private async writeRects(
    context: Excel.RequestContext,
    byName: Map<string, Excel.Worksheet>,
    writes: BlockWrite[],
    onProgress?: Progress,
  ): Promise<void> {
    const budget = this.opts.writeBytesPerSync ?? WRITE_BYTES_PER_SYNC;
    const size = (w: BlockWrite) =>
      jsonBytes(w.values ?? 0) + jsonBytes(w.formulas ?? 0) + jsonBytes(w.formats ?? 0) + jsonBytes(w.formatsBefore ?? 0) + 100;
    let done = 0;
    for (const group of packBySize(writes, size, budget)) {
      context.application.suspendApiCalculationUntilNextSync();
      context.application.suspendScreenUpdatingUntilNextSync();
      for (const w of group) {
        const target = byName.get(w.sheet)!.getRangeByIndexes(w.r0, w.c0, w.rowCount, w.colCount);
        if (w.formatsBefore && !allNull(w.formatsBefore)) target.numberFormat = w.formatsBefore;
        if (w.values) target.values = w.values;
        if (w.formulas) target.formulas = w.formulas;
        if (w.formats && !allNull(w.formats)) target.numberFormat = w.formats;
      }
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized chunk (5 MB limit), by design
      await context.sync();
      done += group.length;
      onProgress?.(done, writes.length);
    }
  }

  // --------------------------------------------------------- applyEdits

  async applyEdits(edits: CellEdit[], onProgress?: Progress): Promise<void> {
    if (edits.length === 0) return;
    for (const e of edits) {
      if (typeof e.value === 'number' && !Number.isFinite(e.value)) {
        throw new HostError(MSG.notFinite(`${e.sheet}!${a1(e.row, e.col)}`), 'other');
      }
    }
    const blocks = planBlocks(edits);
    const sheetNames = [...new Set(edits.map((e) => e.sheet))];
    const step = await this.exec<EditStep>(async (context) => {
      const { byName, checkProtection } = await this.sheetsByName(context, sheetNames); // sync 1
      const current = await this.loadRects(context, byName, blocks); // sync 2: protection + current cells
      checkProtection();
      const cells: CellBefore[] = [];
      const writes: BlockWrite[] = blocks.map((b, k) => {
        const d = current[k];
        const values = blockMatrix(b, () => null as ExcelScalar | null);
        for (const e of b.items) {
          const i = e.row - b.r0;
          const j = e.col - b.c0;
          const format = String(d.numberFormat[i][j] ?? 'General');
          const now = cellFromExcel(d.values[i][j], d.formulas[i][j], format, d.valueTypes[i][j]);
          if (!sameContent(e.old, now)) {
            throw new HostError(MSG.changed(`${e.sheet}!${a1(e.row, e.col)}`, describeCell(now, MSG.empty())), 'changed');
          }
          cells.push({ sheet: e.sheet, row: e.row, col: e.col, before: now, beforeFormat: format, written: writtenCell(e) });
          // Values go in before formats, so the cell's current format decides how text is typed.
          values[i][j] = valueInput(e.value, format);
        }
        return { ...b, values, formats: blockMatrix(b, (e) => e.format ?? null) };
      });
      await this.writeRects(context, byName, writes, onProgress); // sync 3 (+1 per further chunk)
      return { kind: 'edits', cells };
    });
    this.undoStack.push(step);
  }

  // ---------------------------------------------------- addReportSheets

  async addReportSheets(tables: ReportTable[], onProgress?: Progress): Promise<void> {
    if (tables.length === 0) return;
    const plans = tables.map(planReportSheet);
    const live = this.undoStack.liveBackups();
    const step = await this.exec<ReportStep>(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets;
      worksheets.load('items/name,items/visibility');
      const names = wb.names;
      names.load('items/name,items/formula');
      await context.sync(); // 1: sheets and markers

      const visibility = new Map(worksheets.items.map((s) => [s.name, String(s.visibility)] as const));
      const taken = new Set(visibility.keys());
      const markers: Markers = readMarkers(namesOf(names), taken);
      let n = markers.maxNumber;
      for (const stale of markers.stale) names.getItem(stale).delete();
      // Backups no undo step of this session can restore are leftovers: remove them.
      for (const [sheet, marker] of markers.backups) {
        if (live.has(marker)) continue;
        worksheets.getItem(sheet).delete();
        names.getItem(marker).delete();
        taken.delete(sheet);
      }
      // Earlier generated sheets are moved aside (very hidden) so undo can bring them back.
      const replaced: ReportStep['replaced'] = [];
      for (const [sheet, marker] of markers.generated) {
        const backupName = uniqueSheetName(`LAKIP cadangan ${++n}`, taken);
        taken.delete(sheet);
        taken.add(backupName);
        const ws = worksheets.getItem(sheet);
        ws.name = backupName;
        ws.visibility = 'VeryHidden';
        names.getItem(marker).delete();
        const backupMarker = `${BAK_PREFIX}${n}`;
        names.add(backupMarker, ws.getRange('A1')).visible = false;
        replaced.push({ backupMarker, marker, name: sheet, visibility: visibility.get(sheet) ?? 'Visible' });
      }

      const created: string[] = [];
      const groups = packBySize(
        plans.map((p, i) => i),
        (i) => reportPlanBytes(plans[i]),
        this.opts.writeBytesPerSync ?? WRITE_BYTES_PER_SYNC,
      );
      let done = 0;
      for (const group of groups) {
        context.application.suspendApiCalculationUntilNextSync();
        context.application.suspendScreenUpdatingUntilNextSync();
        for (const i of group) {
          const name = uniqueSheetName(tables[i].sheetName, taken);
          taken.add(name);
          const ws = worksheets.add(name);
          queueReportSheet(ws, plans[i]);
          const marker = `${GEN_PREFIX}${++n}`;
          names.add(marker, ws.getRange('A1')).visible = false;
          created.push(marker);
        }
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per budget-sized chunk (5 MB limit), by design
        await context.sync(); // 2 (+1 per further chunk)
        done += group.length;
        onProgress?.(done, tables.length);
      }
      return { kind: 'report', created, replaced };
    });
    this.undoStack.push(step);
  }

  // --------------------------------------------------------------- undo

  async undo(): Promise<void> {
    const step = this.undoStack.peek();
    if (!step) throw new HostError(MSG.nothingToUndo(), 'other');
    if (step.kind === 'edits') await this.undoEdits(step);
    else await this.undoReport(step);
    this.undoStack.pop();
  }

  private async undoEdits(step: EditStep): Promise<void> {
    const restores = restoreBlocks(step.cells);
    const sheetNames = [...new Set(step.cells.map((c) => c.sheet))];
    await this.exec(async (context) => {
      const { byName, checkProtection } = await this.sheetsByName(context, sheetNames); // sync 1
      const current = await this.loadRects(context, byName, restores); // sync 2
      checkProtection();
      restores.forEach((rb, k) => {
        const d = current[k];
        for (const c of rb.block.items) {
          const i = c.row - rb.r0;
          const j = c.col - rb.c0;
          const now = cellFromExcel(d.values[i][j], d.formulas[i][j], d.numberFormat[i][j], d.valueTypes[i][j]);
          if (!sameContent(c.written, now)) {
            throw new HostError(MSG.changedSinceApply(`${c.sheet}!${a1(c.row, c.col)}`), 'changed');
          }
        }
      });
      await this.writeRects(
        context,
        byName,
        restores.map((rb) => ({ ...rb, formatsBefore: rb.formatsBefore, formulas: rb.formulas, formats: rb.formatsAfter })),
      ); // sync 3
    });
  }

  private async undoReport(step: ReportStep): Promise<void> {
    await this.exec(async (context) => {
      const wb = context.workbook;
      const worksheets = wb.worksheets;
      worksheets.load('items/name');
      const names = wb.names;
      names.load('items/name,items/formula');
      await context.sync(); // 1

      const markers = readMarkers(namesOf(names), new Set(worksheets.items.map((s) => s.name)));
      const sheetOf = new Map<string, string>();
      for (const [sheet, marker] of [...markers.generated, ...markers.backups]) sheetOf.set(marker.toUpperCase(), sheet);
      const existingNames = new Set(names.items.map((x) => x.name.toUpperCase()));
      for (const marker of step.created) {
        const sheet = sheetOf.get(marker.toUpperCase());
        if (sheet !== undefined) worksheets.getItem(sheet).delete();
        if (existingNames.has(marker.toUpperCase())) names.getItem(marker).delete();
      }
      for (const r of step.replaced) {
        const sheet = sheetOf.get(r.backupMarker.toUpperCase());
        if (sheet === undefined) continue; // the user deleted the backup: nothing to bring back
        const ws = worksheets.getItem(sheet);
        ws.visibility = r.visibility as Excel.SheetVisibility;
        ws.name = r.name;
        names.getItem(r.backupMarker).delete();
        // The original marker comes back, so undoing the step that created this sheet finds it.
        names.add(r.marker, ws.getRange('A1')).visible = false;
      }
      await context.sync(); // 2
    });
  }

  // ---------------------------------------------------------- selectCell

  async selectCell(sheet: string, address: string): Promise<void> {
    await this.exec(async (context) => {
      const found = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (found.isNullObject) throw new HostError(MSG.missingSheet(sheet), 'changed');
      found.activate();
      found.getRange(address).select();
      await context.sync();
    });
  }
}
