/**
 * An in-memory Excel behind the subset of Office.js that src/excel calls.
 *
 * Behaves like the real thing where it matters to the host:
 * - commands are queued and run only at `context.sync()`, in order;
 * - reading a property that was not loaded (and synced) throws
 *   PropertyNotLoaded; `isNullObject` is known only after a sync;
 * - 2-D arrays must match the range's shape; `null` leaves a cell alone;
 * - strings written to `values`/`formulas` are typed like Excel does
 *   ("12" becomes a number, "=x" a formula, "'12" stays text "12");
 * - every sync is counted, with its request size (JSON of queued writes) and
 *   response size (JSON of loaded data); a request above 5 MB fails like
 *   Excel on the web, and so does a response when `enforceResponseLimit`.
 *
 * Classes implement `Loose<Pick<Excel.X, ...>>` so the compiler checks the
 * names and types of the members against @types/office-js.
 */
import type { Cell, CellRange, WorkbookGrid } from '../../src/grid/types';
import { a1 } from '../../src/grid/address';
import { parseAddress, quoteSheet } from '../../src/excel/read';
import type { OfficeApi } from '../../src/excel/office-host';

export const FAKE_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/**
 * Members of T with methods loosened to "same parameters, any result" and
 * navigation properties (other proxies) to any proxy; data properties keep
 * their exact Office.js types.
 */
type Loose<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => unknown
    ? (...args: A) => unknown
    : T[K] extends OfficeExtension.ClientObject | OfficeExtension.ClientObject[]
      ? unknown
      : T[K];
};

export type FakeValueType = 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error';

export interface FakeCell {
  value: string | number | boolean;
  type: FakeValueType;
  formula?: string;
  format: string;
  quotePrefix?: boolean;
}

export interface FakeStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  indent?: number;
  horizontal?: string;
  vertical?: string;
  wrap?: boolean;
  fill?: string;
  borders?: string[];
}

export class FakeSheetState {
  cells = new Map<number, Map<number, FakeCell>>();
  merges: CellRange[] = [];
  hiddenRows = new Set<number>();
  hiddenCols = new Set<number>();
  colWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  styles = new Map<string, FakeStyle>();
  frozenRows = 0;
  page: { orientation?: string; paperSize?: string; zoom?: Excel.PageLayoutZoomOptions; printTitleRows?: string } = {};
  deleted = false;
  constructor(
    public name: string,
    public visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible',
    public protected_ = false,
  ) {}

  get(r: number, c: number): FakeCell | undefined {
    return this.cells.get(r)?.get(c);
  }
  ensure(r: number, c: number): FakeCell {
    let row = this.cells.get(r);
    if (!row) this.cells.set(r, (row = new Map()));
    let cell = row.get(c);
    if (!cell) row.set(c, (cell = { value: '', type: 'Empty', format: 'General' }));
    return cell;
  }
  /** Bounding box of cells holding a value or formula (Excel's used range, valuesOnly). */
  usedRange(): CellRange | undefined {
    let r0 = Infinity, c0 = Infinity, r1 = -1, c1 = -1;
    for (const [r, row] of this.cells) {
      for (const [c, cell] of row) {
        if (cell.type === 'Empty' && !cell.formula) continue;
        if (r < r0) r0 = r;
        if (r > r1) r1 = r;
        if (c < c0) c0 = c;
        if (c > c1) c1 = c;
      }
    }
    return r1 < 0 ? undefined : { r0, c0, r1, c1 };
  }
}

export class FakeNameState {
  visible = true;
  constructor(
    public name: string,
    public ref: { sheet: FakeSheetState; row: number; col: number } | { text: string },
  ) {}
  get formula(): string {
    if ('text' in this.ref) return this.ref.text;
    if (this.ref.sheet.deleted) return '=#REF!';
    return `=${quoteSheet(this.ref.sheet.name)}!$${a1(this.ref.row, this.ref.col).replace(/(\d)/, '$$$1')}`;
  }
}

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
}

export interface FakeOptions {
  /** Highest ExcelApi version the fake "supports" (default 1.13). */
  apiVersion?: string;
  /** The user is typing in a cell: a batch without delayForCellEdit fails. */
  cellEditMode?: boolean;
  /** Fail a sync whose response is above 5 MB, like Excel on the web. */
  enforceResponseLimit?: boolean;
  workbookName?: string;
}

class PropertyNotLoaded extends Error {
  code = 'PropertyNotLoaded';
}

function excelError(code: string, message: string): Error {
  return Object.assign(new Error(message), { code });
}

const ERROR_LITERAL = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!)$/;

/** Excel typing a value into a cell (en-US session). */
function typeInto(cell: FakeCell, v: unknown, formulaCache: Map<string, FakeCell>, key: string): void {
  cell.quotePrefix = false;
  delete cell.formula;
  if (typeof v === 'number') Object.assign(cell, { value: v, type: 'Double' });
  else if (typeof v === 'boolean') Object.assign(cell, { value: v, type: 'Boolean' });
  else if (typeof v === 'string') {
    if (v === '') Object.assign(cell, { value: '', type: 'Empty' });
    else if (cell.format === '@') Object.assign(cell, { value: v, type: 'String' }); // a Text cell keeps what is typed
    else if (v.startsWith("'")) Object.assign(cell, { value: v.slice(1), type: 'String', quotePrefix: true });
    else if (v.startsWith('=')) {
      const cached = formulaCache.get(`${key}|${v}`);
      cell.formula = v;
      Object.assign(cell, cached ? { value: cached.value, type: cached.type } : { value: 0, type: 'Double' });
    } else if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(v.trim())) Object.assign(cell, { value: Number(v), type: 'Double' });
    else if (/^(TRUE|FALSE)$/i.test(v)) Object.assign(cell, { value: v.toUpperCase() === 'TRUE', type: 'Boolean' });
    else if (ERROR_LITERAL.test(v)) Object.assign(cell, { value: v, type: 'Error' });
    else Object.assign(cell, { value: v, type: 'String' });
  } else throw excelError('InvalidArgument', `cannot write ${typeof v}`);
}

type Op = { bytes: number; run: () => unknown };

/** Base of every proxy: load/sync bookkeeping. */
abstract class Proxy {
  protected loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: FakeContext) {}
  protected abstract compute(prop: string): unknown;
  protected get_<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new PropertyNotLoaded(`PropertyNotLoaded: ${prop} was not loaded and synced`);
    return this.loaded.get(prop) as T;
  }
  load(props?: unknown): this {
    const list = typeof props === 'string' ? props.split(',') : Array.isArray(props) ? props.map(String) : [];
    const names = list.map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(0, () => {
      const snapshot: Record<string, unknown> = {};
      for (const p of names) {
        const v = this.compute(p);
        this.loaded.set(p, v);
        snapshot[p] = v;
      }
      return snapshot;
    });
    return this;
  }
  toJSON(): unknown {
    return Object.fromEntries(this.loaded);
  }
}

export class FakeContext {
  queue: Op[] = [];
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  constructor(readonly excel: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
    this.application = new FakeApplication(this);
  }
  enqueue(bytes: number, run: () => unknown): void {
    this.queue.push({ bytes, run });
  }
  async sync(): Promise<void> {
    const ops = this.queue.splice(0);
    const requestBytes = ops.reduce((s, o) => s + o.bytes + 40, 0);
    this.excel.syncs.push({ requestBytes, responseBytes: 0 });
    const record = this.excel.syncs[this.excel.syncs.length - 1];
    if (requestBytes > FAKE_PAYLOAD_LIMIT) {
      throw excelError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    for (const op of ops) {
      const res = op.run();
      if (res !== undefined) record.responseBytes += JSON.stringify(res).length;
    }
    if (this.excel.options.enforceResponseLimit && record.responseBytes > FAKE_PAYLOAD_LIMIT) {
      throw excelError('ResponsePayloadSizeLimitExceeded', `response of ${record.responseBytes} bytes`);
    }
  }
}

export class FakeApplication implements Loose<Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync'>> {
  constructor(private readonly ctx: FakeContext) {}
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(20, () => void this.ctx.excel.suspended.calculation++);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.enqueue(20, () => void this.ctx.excel.suspended.screen++);
  }
}

export class FakeWorkbook extends Proxy implements Loose<Pick<Excel.Workbook, 'worksheets' | 'names' | 'name' | 'load'>> {
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
  protected compute(prop: string): unknown {
    if (prop === 'name') return this.ctx.excel.options.workbookName ?? 'Buku1.xlsx';
    throw new Error(`fake Workbook cannot load ${prop}`);
  }
  get name(): string {
    return this.get_('name');
  }
}

export class FakeWorksheetCollection
  extends Proxy
  implements Loose<Pick<Excel.WorksheetCollection, 'items' | 'load' | 'add' | 'getItem' | 'getItemOrNullObject'>>
{
  private itemList?: FakeWorksheet[];
  protected compute(): unknown {
    throw new Error('unused');
  }
  override load(props?: unknown): this {
    const fields = String(props ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.enqueue(0, () => {
      this.itemList = this.ctx.excel.sheets.map((s) => FakeWorksheet.bound(this.ctx, s));
      return this.itemList.map((w) => w.snapshot(fields));
    });
    return this;
  }
  get items(): FakeWorksheet[] {
    if (!this.itemList) throw new PropertyNotLoaded('PropertyNotLoaded: items');
    return this.itemList;
  }
  add(name?: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => {
      throw new Error('unreachable');
    });
    this.ctx.enqueue(40 + String(name).length, () => {
      const n = name ?? `Sheet${this.ctx.excel.sheets.length + 1}`;
      if (this.ctx.excel.sheet(n)) throw excelError('ItemAlreadyExists', `sheet ${n} exists`);
      const s = new FakeSheetState(n);
      this.ctx.excel.sheets.push(s);
      ws.bind(s);
    });
    return ws;
  }
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.excel.sheet(key);
      if (!s) throw excelError('ItemNotFound', `sheet ${key} not found`);
      return s;
    });
  }
  getItemOrNullObject(key: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx, () => this.ctx.excel.sheet(key) ?? null);
    this.ctx.enqueue(0, () => ws.resolveNull());
    return ws;
  }
}

export class FakeWorksheet
  extends Proxy
  implements
    Loose<
      Pick<
        Excel.Worksheet,
        | 'name'
        | 'visibility'
        | 'protection'
        | 'load'
        | 'getUsedRangeOrNullObject'
        | 'getRangeByIndexes'
        | 'getRange'
        | 'activate'
        | 'delete'
        | 'freezePanes'
        | 'pageLayout'
        | 'isNullObject'
      >
    >
{
  private state?: FakeSheetState | null;
  private nullKnown = false;
  readonly protection: FakeWorksheetProtection;
  readonly freezePanes: FakeFreezePanes;
  readonly pageLayout: FakePageLayout;

  constructor(
    ctx: FakeContext,
    private readonly resolver: () => FakeSheetState | null,
  ) {
    super(ctx);
    this.protection = new FakeWorksheetProtection(ctx, () => this.sheet());
    this.freezePanes = new FakeFreezePanes(ctx, () => this.sheet());
    this.pageLayout = new FakePageLayout(ctx, () => this.sheet());
  }
  static bound(ctx: FakeContext, s: FakeSheetState): FakeWorksheet {
    const ws = new FakeWorksheet(ctx, () => s);
    ws.state = s;
    return ws;
  }
  bind(s: FakeSheetState): void {
    this.state = s;
  }
  resolveNull(): void {
    if (this.state === undefined) this.state = this.resolver();
    this.nullKnown = true;
  }
  get isNullObject(): boolean {
    if (!this.nullKnown) throw new PropertyNotLoaded('PropertyNotLoaded: isNullObject before sync');
    return this.state === null;
  }
  /** The sheet this proxy stands for, resolved (once) when its first command runs. */
  sheet(): FakeSheetState {
    if (this.state === undefined) this.state = this.resolver();
    if (!this.state || this.state.deleted) throw excelError('ItemNotFound', 'worksheet not found');
    return this.state;
  }
  snapshot(fields: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = this.compute(f);
      this.loaded.set(f, v);
      out[f] = v;
    }
    return out;
  }
  protected compute(prop: string): unknown {
    const s = this.sheet();
    if (prop === 'name') return s.name;
    if (prop === 'visibility') return s.visibility;
    throw new Error(`fake Worksheet cannot load ${prop}`);
  }
  get name(): string {
    return this.get_('name');
  }
  set name(v: string) {
    this.ctx.enqueue(20 + v.length, () => {
      const s = this.sheet();
      const clash = this.ctx.excel.sheet(v);
      if (clash && clash !== s) throw excelError('ItemAlreadyExists', `sheet ${v} exists`);
      s.name = v;
    });
  }
  get visibility(): Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden' {
    return this.get_('visibility');
  }
  set visibility(v: Excel.SheetVisibility | 'Visible' | 'Hidden' | 'VeryHidden') {
    this.ctx.enqueue(30, () => {
      this.sheet().visibility = v as FakeSheetState['visibility'];
    });
  }
  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    if (!valuesOnly) throw new Error('the fake models only the valuesOnly used range');
    const range = new FakeRange(this.ctx, () => {
      const s = this.sheet();
      const u = s.usedRange();
      return u ? { sheet: s, ...u } : null;
    });
    this.ctx.enqueue(0, () => range.resolveNull());
    return range;
  }
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) throw excelError('InvalidArgument', 'empty range');
    return new FakeRange(this.ctx, () => ({
      sheet: this.sheet(),
      r0: startRow,
      c0: startColumn,
      r1: startRow + rowCount - 1,
      c1: startColumn + columnCount - 1,
    }));
  }
  getRange(address?: string): FakeRange {
    const p = parseAddress(address ?? '');
    if (!p) throw excelError('InvalidArgument', `bad address ${address}`);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), ...p.range }));
  }
  activate(): void {
    this.ctx.enqueue(20, () => {
      this.ctx.excel.activeSheet = this.sheet().name;
    });
  }
  delete(): void {
    this.ctx.enqueue(20, () => {
      const s = this.sheet();
      if (s.protected_) throw excelError('AccessDenied', 'protected');
      s.deleted = true;
      this.ctx.excel.sheets = this.ctx.excel.sheets.filter((x) => x !== s);
    });
  }
}

export class FakeWorksheetProtection extends Proxy implements Loose<Pick<Excel.WorksheetProtection, 'protected' | 'load'>> {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {
    super(ctx);
  }
  protected compute(prop: string): unknown {
    if (prop === 'protected') return this.sheet().protected_;
    throw new Error(`fake WorksheetProtection cannot load ${prop}`);
  }
  get protected(): boolean {
    return this.get_('protected');
  }
}

export class FakeFreezePanes implements Loose<Pick<Excel.WorksheetFreezePanes, 'freezeRows'>> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {}
  freezeRows(count?: number): void {
    this.ctx.enqueue(20, () => {
      this.sheet().frozenRows = count ?? 1;
    });
  }
}

export class FakePageLayout
  implements Loose<Pick<Excel.PageLayout, 'orientation' | 'paperSize' | 'zoom' | 'setPrintTitleRows'>>
{
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheetState,
  ) {}
  private set_(key: 'orientation' | 'paperSize' | 'zoom' | 'printTitleRows', v: unknown): void {
    this.ctx.enqueue(20 + JSON.stringify(v).length, () => {
      (this.sheet().page as Record<string, unknown>)[key] = v;
    });
  }
  get orientation(): Excel.PageOrientation | 'Portrait' | 'Landscape' {
    throw new PropertyNotLoaded('the fake does not load pageLayout');
  }
  set orientation(v: Excel.PageOrientation | 'Portrait' | 'Landscape') {
    this.set_('orientation', v);
  }
  get paperSize(): Excel.PageLayout['paperSize'] {
    throw new PropertyNotLoaded('the fake does not load pageLayout');
  }
  set paperSize(v: Excel.PageLayout['paperSize']) {
    this.set_('paperSize', v);
  }
  get zoom(): Excel.PageLayoutZoomOptions {
    throw new PropertyNotLoaded('the fake does not load pageLayout');
  }
  set zoom(v: Excel.PageLayoutZoomOptions) {
    this.set_('zoom', v);
  }
  setPrintTitleRows(printTitleRows: Excel.Range | string): void {
    this.set_('printTitleRows', printTitleRows);
  }
}

type Geometry = CellRange & { sheet: FakeSheetState };

export class FakeRange
  extends Proxy
  implements
    Loose<
      Pick<
        Excel.Range,
        | 'values'
        | 'formulas'
        | 'numberFormat'
        | 'valueTypes'
        | 'address'
        | 'rowIndex'
        | 'columnIndex'
        | 'rowCount'
        | 'columnCount'
        | 'rowHidden'
        | 'columnHidden'
        | 'isNullObject'
        | 'load'
        | 'getMergedAreasOrNullObject'
        | 'getRowProperties'
        | 'getColumnProperties'
        | 'merge'
        | 'select'
        | 'format'
      >
    >
{
  private geo?: Geometry | null;
  private nullKnown = false;
  readonly format: FakeRangeFormat;
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => Geometry | null,
  ) {
    super(ctx);
    this.format = new FakeRangeFormat(ctx, () => this.g());
  }
  resolveNull(): void {
    if (this.geo === undefined) this.geo = this.resolver();
    this.nullKnown = true;
  }
  g(): Geometry {
    if (this.geo === undefined) this.geo = this.resolver();
    if (!this.geo) throw excelError('InvalidObjectPath', 'null range');
    return this.geo;
  }
  get isNullObject(): boolean {
    if (!this.nullKnown) throw new PropertyNotLoaded('PropertyNotLoaded: isNullObject before sync');
    return this.geo === null;
  }
  private matrix<T>(pick: (cell: FakeCell | undefined) => T): T[][] {
    const g = this.g();
    const out: T[][] = [];
    for (let r = g.r0; r <= g.r1; r++) {
      const row: T[] = [];
      for (let c = g.c0; c <= g.c1; c++) row.push(pick(g.sheet.get(r, c)));
      out.push(row);
    }
    return out;
  }
  private hiddenFlag(set: Set<number>, from: number, to: number): boolean | null {
    let n = 0;
    for (let i = from; i <= to; i++) if (set.has(i)) n++;
    return n === 0 ? false : n === to - from + 1 ? true : null;
  }
  protected compute(prop: string): unknown {
    const g = this.g();
    switch (prop) {
      case 'values':
        return this.matrix((c) => (!c || c.type === 'Empty' ? '' : c.value));
      case 'formulas':
        return this.matrix((c) => c?.formula ?? (!c || c.type === 'Empty' ? '' : c.value));
      case 'numberFormat':
        return this.matrix((c) => c?.format ?? 'General');
      case 'valueTypes':
        return this.matrix((c) => c?.type ?? 'Empty');
      case 'address': {
        const tl = a1(g.r0, g.c0);
        const br = a1(g.r1, g.c1);
        return `${quoteSheet(g.sheet.name)}!${tl === br ? tl : `${tl}:${br}`}`;
      }
      case 'rowIndex':
        return g.r0;
      case 'columnIndex':
        return g.c0;
      case 'rowCount':
        return g.r1 - g.r0 + 1;
      case 'columnCount':
        return g.c1 - g.c0 + 1;
      case 'rowHidden':
        return this.hiddenFlag(g.sheet.hiddenRows, g.r0, g.r1);
      case 'columnHidden':
        return this.hiddenFlag(g.sheet.hiddenCols, g.c0, g.c1);
      default:
        throw new Error(`fake Range cannot load ${prop}`);
    }
  }
  get values(): any[][] {
    return this.get_('values');
  }
  set values(v: any[][]) {
    this.write('values', v);
  }
  get formulas(): any[][] {
    return this.get_('formulas');
  }
  set formulas(v: any[][]) {
    this.write('formulas', v);
  }
  get numberFormat(): any[][] {
    return this.get_('numberFormat');
  }
  set numberFormat(v: any[][]) {
    this.write('numberFormat', v);
  }
  get valueTypes(): Excel.RangeValueType[][] {
    return this.get_('valueTypes');
  }
  get address(): string {
    return this.get_('address');
  }
  get rowIndex(): number {
    return this.get_('rowIndex');
  }
  get columnIndex(): number {
    return this.get_('columnIndex');
  }
  get rowCount(): number {
    return this.get_('rowCount');
  }
  get columnCount(): number {
    return this.get_('columnCount');
  }
  get rowHidden(): boolean {
    return this.get_('rowHidden');
  }
  get columnHidden(): boolean {
    return this.get_('columnHidden');
  }

  private write(prop: 'values' | 'formulas' | 'numberFormat', v: unknown[][]): void {
    if (!Array.isArray(v) || !v.every(Array.isArray)) throw excelError('InvalidArgument', `${prop} must be a 2-D array`);
    this.ctx.enqueue(JSON.stringify(v).length, () => {
      const g = this.g();
      const rows = g.r1 - g.r0 + 1;
      const cols = g.c1 - g.c0 + 1;
      if (v.length !== rows || v.some((row) => row.length !== cols)) {
        throw excelError('InvalidArgument', `${prop}: ${v.length}x${v[0]?.length} array for a ${rows}x${cols} range`);
      }
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < cols; j++) {
          const x = v[i][j];
          if (x === null) continue;
          const r = g.r0 + i;
          const c = g.c0 + j;
          if (g.sheet.protected_) throw excelError('AccessDenied', 'the sheet is protected');
          const cell = g.sheet.ensure(r, c);
          if (prop === 'numberFormat') cell.format = String(x);
          else typeInto(cell, x, this.ctx.excel.formulaCache, `${g.sheet.name}!${r}:${c}`);
          this.ctx.excel.writtenCells++;
        }
      }
    });
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    const areas = new FakeRangeAreas(this.ctx, () => {
      const g = this.g();
      const inside = g.sheet.merges.filter((m) => m.r0 >= g.r0 && m.r0 <= g.r1 && m.c0 >= g.c0 && m.c0 <= g.c1);
      return inside.length ? { sheet: g.sheet, areas: inside } : null;
    });
    this.ctx.enqueue(0, () => areas.resolveNull());
    return areas;
  }
  getRowProperties(opts: Excel.RowPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.RowProperties[]> {
    const result = { value: undefined as unknown as Excel.RowProperties[] };
    this.ctx.enqueue(0, () => {
      const g = this.g();
      result.value = [];
      for (let r = g.r0; r <= g.r1; r++) {
        const p: Excel.RowProperties = {};
        if (opts.rowIndex) p.rowIndex = r;
        if (opts.rowHidden) p.rowHidden = g.sheet.hiddenRows.has(r);
        result.value.push(p);
      }
      return result.value;
    });
    return result;
  }
  getColumnProperties(opts: Excel.ColumnPropertiesLoadOptions): OfficeExtension.ClientResult<Excel.ColumnProperties[]> {
    const result = { value: undefined as unknown as Excel.ColumnProperties[] };
    this.ctx.enqueue(0, () => {
      const g = this.g();
      result.value = [];
      for (let c = g.c0; c <= g.c1; c++) {
        const p: Excel.ColumnProperties = {};
        if (opts.columnIndex) p.columnIndex = c;
        if (opts.columnHidden) p.columnHidden = g.sheet.hiddenCols.has(c);
        result.value.push(p);
      }
      return result.value;
    });
    return result;
  }
  merge(across?: boolean): void {
    if (across) throw new Error('the fake models merge(false) only');
    this.ctx.enqueue(30, () => {
      const g = this.g();
      g.sheet.merges.push({ r0: g.r0, c0: g.c0, r1: g.r1, c1: g.c1 });
    });
  }
  select(): void {
    this.ctx.enqueue(20, () => {
      const g = this.g();
      this.ctx.excel.selection = { sheet: g.sheet.name, address: a1(g.r0, g.c0) };
    });
  }
}

export class FakeRangeAreas extends Proxy implements Loose<Pick<Excel.RangeAreas, 'address' | 'isNullObject' | 'load'>> {
  private value?: { sheet: FakeSheetState; areas: CellRange[] } | null;
  private nullKnown = false;
  constructor(
    ctx: FakeContext,
    private readonly resolver: () => { sheet: FakeSheetState; areas: CellRange[] } | null,
  ) {
    super(ctx);
  }
  resolveNull(): void {
    if (this.value === undefined) this.value = this.resolver();
    this.nullKnown = true;
  }
  get isNullObject(): boolean {
    if (!this.nullKnown) throw new PropertyNotLoaded('PropertyNotLoaded: isNullObject before sync');
    return this.value === null;
  }
  protected compute(prop: string): unknown {
    if (prop !== 'address') throw new Error(`fake RangeAreas cannot load ${prop}`);
    if (!this.value) return '';
    const s = quoteSheet(this.value.sheet.name);
    return this.value.areas.map((m) => `${s}!${a1(m.r0, m.c0)}:${a1(m.r1, m.c1)}`).join(',');
  }
  get address(): string {
    return this.get_('address');
  }
}

function styleSetter(ctx: FakeContext, geo: () => Geometry, apply: (s: FakeStyle) => void, bytes = 30): void {
  ctx.enqueue(bytes, () => {
    const g = geo();
    for (let r = g.r0; r <= g.r1; r++) {
      for (let c = g.c0; c <= g.c1; c++) {
        const key = `${r}:${c}`;
        const s = g.sheet.styles.get(key) ?? {};
        apply(s);
        g.sheet.styles.set(key, s);
      }
    }
  });
}

export class FakeRangeFormat
  implements
    Loose<
      Pick<
        Excel.RangeFormat,
        'font' | 'fill' | 'borders' | 'horizontalAlignment' | 'verticalAlignment' | 'wrapText' | 'indentLevel' | 'columnWidth' | 'rowHeight'
      >
    >
{
  readonly font: FakeRangeFont;
  readonly fill: FakeRangeFill;
  readonly borders: FakeBorders;
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {
    this.font = new FakeRangeFont(ctx, geo);
    this.fill = new FakeRangeFill(ctx, geo);
    this.borders = new FakeBorders(ctx, geo);
  }
  private notLoaded(): never {
    throw new PropertyNotLoaded('the fake does not load formats');
  }
  get horizontalAlignment(): Excel.RangeFormat['horizontalAlignment'] {
    return this.notLoaded();
  }
  set horizontalAlignment(v: Excel.RangeFormat['horizontalAlignment']) {
    styleSetter(this.ctx, this.geo, (s) => (s.horizontal = String(v)));
  }
  get verticalAlignment(): Excel.RangeFormat['verticalAlignment'] {
    return this.notLoaded();
  }
  set verticalAlignment(v: Excel.RangeFormat['verticalAlignment']) {
    styleSetter(this.ctx, this.geo, (s) => (s.vertical = String(v)));
  }
  get wrapText(): boolean {
    return this.notLoaded();
  }
  set wrapText(v: boolean) {
    styleSetter(this.ctx, this.geo, (s) => (s.wrap = v));
  }
  get indentLevel(): number {
    return this.notLoaded();
  }
  set indentLevel(v: number) {
    styleSetter(this.ctx, this.geo, (s) => (s.indent = v));
  }
  get columnWidth(): number {
    return this.notLoaded();
  }
  set columnWidth(v: number) {
    this.ctx.enqueue(30, () => {
      const g = this.geo();
      for (let c = g.c0; c <= g.c1; c++) g.sheet.colWidths.set(c, v);
    });
  }
  get rowHeight(): number {
    return this.notLoaded();
  }
  set rowHeight(v: number) {
    this.ctx.enqueue(30, () => {
      const g = this.geo();
      for (let r = g.r0; r <= g.r1; r++) g.sheet.rowHeights.set(r, v);
    });
  }
}

export class FakeRangeFont implements Loose<Pick<Excel.RangeFont, 'bold' | 'italic' | 'size'>> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {}
  get bold(): boolean {
    throw new PropertyNotLoaded('the fake does not load fonts');
  }
  set bold(v: boolean) {
    styleSetter(this.ctx, this.geo, (s) => (s.bold = v));
  }
  get italic(): boolean {
    throw new PropertyNotLoaded('the fake does not load fonts');
  }
  set italic(v: boolean) {
    styleSetter(this.ctx, this.geo, (s) => (s.italic = v));
  }
  get size(): number {
    throw new PropertyNotLoaded('the fake does not load fonts');
  }
  set size(v: number) {
    styleSetter(this.ctx, this.geo, (s) => (s.size = v));
  }
}

export class FakeRangeFill implements Loose<Pick<Excel.RangeFill, 'color'>> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {}
  get color(): string {
    throw new PropertyNotLoaded('the fake does not load fills');
  }
  set color(v: string) {
    styleSetter(this.ctx, this.geo, (s) => (s.fill = v));
  }
}

export class FakeBorders implements Loose<Pick<Excel.RangeBorderCollection, 'getItem'>> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
  ) {}
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.ctx, this.geo, index);
  }
}

export class FakeBorder implements Loose<Pick<Excel.RangeBorder, 'style' | 'weight'>> {
  constructor(
    private readonly ctx: FakeContext,
    private readonly geo: () => Geometry,
    private readonly edge: string,
  ) {}
  get style(): Excel.RangeBorder['style'] {
    throw new PropertyNotLoaded('the fake does not load borders');
  }
  set style(v: Excel.RangeBorder['style']) {
    styleSetter(this.ctx, this.geo, (s) => {
      if (v !== 'Continuous') return;
      s.borders = [...new Set([...(s.borders ?? []), this.edge])].sort();
    });
  }
  get weight(): Excel.RangeBorder['weight'] {
    throw new PropertyNotLoaded('the fake does not load borders');
  }
  set weight(_v: Excel.RangeBorder['weight']) {
    this.ctx.enqueue(20, () => undefined);
  }
}

export class FakeNamedItemCollection
  extends Proxy
  implements Loose<Pick<Excel.NamedItemCollection, 'items' | 'load' | 'add' | 'getItem'>>
{
  private itemList?: FakeNamedItem[];
  protected compute(): unknown {
    throw new Error('unused');
  }
  override load(props?: unknown): this {
    const fields = String(props ?? '')
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .filter(Boolean);
    this.ctx.enqueue(0, () => {
      this.itemList = this.ctx.excel.names.map((n) => new FakeNamedItem(this.ctx, () => n));
      return this.itemList.map((i) => i.snapshot(fields));
    });
    return this;
  }
  get items(): FakeNamedItem[] {
    if (!this.itemList) throw new PropertyNotLoaded('PropertyNotLoaded: items');
    return this.itemList;
  }
  add(name: string, reference: Excel.Range | string | FakeRange, _comment?: string): FakeNamedItem {
    let created: FakeNameState | undefined;
    this.ctx.enqueue(60 + name.length, () => {
      if (this.ctx.excel.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        throw excelError('ItemAlreadyExists', `name ${name} exists`);
      }
      let ref: FakeNameState['ref'];
      if (reference instanceof FakeRange) {
        const g = reference.g();
        ref = { sheet: g.sheet, row: g.r0, col: g.c0 };
      } else ref = { text: String(reference) };
      created = new FakeNameState(name, ref);
      this.ctx.excel.names.push(created);
    });
    return new FakeNamedItem(this.ctx, () => {
      if (!created) throw new Error('unreachable');
      return created;
    });
  }
  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.ctx, () => {
      const n = this.ctx.excel.names.find((x) => x.name.toUpperCase() === name.toUpperCase());
      if (!n) throw excelError('ItemNotFound', `name ${name} not found`);
      return n;
    });
  }
}

export class FakeNamedItem extends Proxy implements Loose<Pick<Excel.NamedItem, 'name' | 'formula' | 'visible' | 'delete'>> {
  constructor(
    ctx: FakeContext,
    private readonly state: () => FakeNameState,
  ) {
    super(ctx);
  }
  snapshot(fields: string[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const f of fields) {
      const v = this.compute(f);
      this.loaded.set(f, v);
      out[f] = v;
    }
    return out;
  }
  protected compute(prop: string): unknown {
    const n = this.state();
    if (prop === 'name') return n.name;
    if (prop === 'formula') return n.formula;
    if (prop === 'visible') return n.visible;
    throw new Error(`fake NamedItem cannot load ${prop}`);
  }
  get name(): string {
    return this.get_('name');
  }
  get formula(): any {
    return this.get_('formula');
  }
  get visible(): boolean {
    return this.get_('visible');
  }
  set visible(v: boolean) {
    this.ctx.enqueue(20, () => {
      this.state().visible = v;
    });
  }
  delete(): void {
    this.ctx.enqueue(20, () => {
      const n = this.state();
      this.ctx.excel.names = this.ctx.excel.names.filter((x) => x !== n);
    });
  }
}

/** A cell's complete stored state, for byte-for-byte comparisons. */
export interface CellState {
  value: string | number | boolean;
  type: FakeValueType;
  formula?: string;
  format: string;
  quotePrefix: boolean;
}

export class FakeExcel {
  sheets: FakeSheetState[] = [];
  names: FakeNameState[] = [];
  syncs: SyncRecord[] = [];
  suspended = { calculation: 0, screen: 0 };
  /** Cached results of the formulas the workbook was seeded with ("recalculation" gives them back). */
  formulaCache = new Map<string, FakeCell>();
  writtenCells = 0;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  runs: Excel.RunOptions[] = [];

  constructor(
    grid: WorkbookGrid,
    readonly options: FakeOptions = {},
  ) {
    for (const g of grid.sheets) {
      const s = new FakeSheetState(
        g.name,
        g.state === 'hidden' ? 'Hidden' : g.state === 'veryHidden' ? 'VeryHidden' : 'Visible',
        g.protected,
      );
      g.rows.forEach((row, r) => {
        row?.forEach((cell, c) => {
          if (cell) this.seedCell(s, r, c, cell);
        });
      });
      s.merges = g.merges.map((m) => ({ ...m }));
      s.hiddenRows = new Set(g.hiddenRows);
      s.hiddenCols = new Set(g.hiddenCols);
      this.sheets.push(s);
    }
    this.activeSheet = this.sheets[0]?.name;
  }

  private seedCell(s: FakeSheetState, r: number, c: number, cell: Cell): void {
    const fc = s.ensure(r, c);
    fc.format = cell.z ?? 'General';
    switch (cell.t) {
      case 'n':
      case 'd':
        Object.assign(fc, { value: cell.v, type: 'Double' });
        break;
      case 'b':
        Object.assign(fc, { value: cell.v, type: 'Boolean' });
        break;
      case 'e':
        Object.assign(fc, { value: cell.v, type: 'Error' });
        break;
      default:
        Object.assign(fc, cell.v === '' ? { value: '', type: 'Empty' } : { value: cell.v, type: 'String' });
    }
    if (cell.f !== undefined) {
      fc.formula = `=${cell.f}`;
      this.formulaCache.set(`${s.name}!${r}:${c}|${fc.formula}`, { ...fc });
    }
  }

  sheet(name: string): FakeSheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** The Office.js entry points the host needs, backed by this fake. */
  api(): OfficeApi {
    return {
      run: async <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
        this.runs.push(options);
        if (this.options.cellEditMode && !options.delayForCellEdit) {
          throw excelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
        }
        const ctx = new FakeContext(this);
        const result = await batch(ctx as unknown as Excel.RequestContext);
        if (ctx.queue.length) throw new Error(`${ctx.queue.length} queued commands were never synced`);
        return result;
      },
      isSetSupported: (name: string, version: string) => {
        if (name !== 'ExcelApi') return false;
        const [ma, mi] = (this.options.apiVersion ?? '1.13').split('.').map(Number);
        const [va, vi] = version.split('.').map(Number);
        return va < ma || (va === ma && vi <= mi);
      },
    };
  }

  /** Every stored cell of a sheet, keyed "A1", for exact before/after comparisons. */
  cellStates(sheet: string): Record<string, CellState> {
    const s = this.sheet(sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    const out: Record<string, CellState> = {};
    for (const [r, row] of s.cells) {
      for (const [c, cell] of row) {
        // A blank cell with the default format is what Excel stores as no cell at all.
        const blank = cell.type === 'Empty' && !cell.formula && cell.format === 'General' && !cell.quotePrefix;
        if (blank && !s.styles.has(`${r}:${c}`)) continue;
        out[a1(r, c)] = {
          value: cell.value,
          type: cell.type,
          format: cell.format,
          quotePrefix: cell.quotePrefix ?? false,
          ...(cell.formula !== undefined ? { formula: cell.formula } : {}),
        };
      }
    }
    return out;
  }

  /** Syncs recorded since `from` (an index into `syncs`). */
  syncsSince(from: number): SyncRecord[] {
    return this.syncs.slice(from);
  }
}
