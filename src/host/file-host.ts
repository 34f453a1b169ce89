/**
 * WorkbookHost over the bytes of an .xlsx file the user opened in the browser
 * (also usable in Node). Reads and patches through src/xlsx; every change
 * keeps the previous bytes so undo is exact.
 */
import type { Cell, WorkbookGrid } from '../grid/types';
import type { CellEdit } from '../core/fill/types';
import type { ReportTable } from '../core/report/types';
import { a1, parseA1 } from '../grid/address';
import { HostError, type Progress, type WorkbookHost } from './types';

/** The part of src/xlsx this host uses, injectable for tests. */
export interface XlsxIo {
  readWorkbook(bytes: Uint8Array): WorkbookGrid;
  patchWorkbook(bytes: Uint8Array, edits: CellEdit[], reports?: ReportTable[]): Uint8Array;
}

/** Undo history kept in memory: each step holds a whole file, so the depth is bounded. */
const MAX_UNDO = 20;

export class FileHost implements WorkbookHost {
  readonly kind = 'file' as const;
  /** Called when a cell is selected, so the web app can reveal its row. */
  onSelect?: (sheet: string, ref: string) => void;
  private current: Uint8Array;
  private grid: WorkbookGrid | undefined;
  private readonly history: Uint8Array[] = [];

  constructor(
    bytes: Uint8Array,
    readonly name: string,
    private readonly io: XlsxIo,
  ) {
    this.current = bytes;
  }

  /** Opens a file with src/xlsx loaded on demand; throws XlsxError (Indonesian) when it is not a readable .xlsx. */
  static async open(bytes: Uint8Array, name: string): Promise<FileHost> {
    const io = await import('../xlsx');
    const host = new FileHost(bytes, name, io);
    await host.read();
    return host;
  }

  get bytes(): Uint8Array {
    return this.current;
  }

  async read(): Promise<WorkbookGrid> {
    this.grid ??= this.io.readWorkbook(this.current);
    return this.grid;
  }

  async applyEdits(edits: CellEdit[], onProgress?: Progress): Promise<void> {
    if (edits.length === 0) return;
    const grid = await this.read();
    checkEdits(grid, edits);
    onProgress?.(0, edits.length);
    this.replace(this.io.patchWorkbook(this.current, edits));
    onProgress?.(edits.length, edits.length);
  }

  async addReportSheets(tables: ReportTable[], onProgress?: Progress): Promise<void> {
    if (tables.length === 0) return;
    onProgress?.(0, tables.length);
    this.replace(this.io.patchWorkbook(this.current, [], tables));
    onProgress?.(tables.length, tables.length);
  }

  async undo(): Promise<void> {
    const previous = this.history.pop();
    if (!previous) throw new HostError('Tidak ada perubahan yang dapat dibatalkan.', 'other');
    this.current = previous;
    this.grid = undefined;
  }

  canUndo(): boolean {
    return this.history.length > 0;
  }

  async selectCell(sheet: string, ref: string): Promise<void> {
    const grid = await this.read();
    if (!grid.sheets.some((s) => s.name === sheet)) {
      throw new HostError(`Lembar "${sheet}" tidak ada dalam file.`, 'other');
    }
    if (ref !== '' && !parseA1(ref)) throw new HostError(`Alamat sel "${ref}" tidak dikenali.`, 'other');
    this.onSelect?.(sheet, ref);
  }

  /** The workbook with everything applied so far, named after the source: "dinsos-2024.xlsx" → "dinsos-2024-lakip.xlsx". */
  download(): { bytes: Uint8Array; fileName: string } {
    return { bytes: this.current, fileName: downloadName(this.name) };
  }

  private replace(next: Uint8Array): void {
    this.history.push(this.current);
    if (this.history.length > MAX_UNDO) this.history.shift();
    this.current = next;
    this.grid = undefined;
  }
}

export function downloadName(source: string): string {
  const m = /^(.*?)(\.xlsx|\.xlsm)?$/i.exec(source.trim()) as RegExpExecArray;
  const base = m[1] || 'lakip';
  const ext = (m[2] ?? '.xlsx').toLowerCase();
  return base.toLowerCase().endsWith('-lakip') ? `${base}${ext}` : `${base}-lakip${ext}`;
}

/** Nothing is written unless every edit still finds the cell as the plan saw it and its sheet writable. */
function checkEdits(grid: WorkbookGrid, edits: CellEdit[]): void {
  const sheets = new Map(grid.sheets.map((s) => [s.name, s]));
  for (const e of edits) {
    const sheet = sheets.get(e.sheet);
    if (!sheet) throw new HostError(`Lembar "${e.sheet}" tidak ada lagi dalam file. Jalankan Periksa lagi.`, 'changed');
    if (sheet.protected) {
      throw new HostError(`Lembar "${e.sheet}" dilindungi. Buka proteksi lembar itu di Excel, lalu coba lagi.`, 'protected');
    }
    const now = sheet.rows[e.row]?.[e.col];
    if (!sameContent(now, e.old)) {
      throw new HostError(
        `Sel ${e.sheet}!${a1(e.row, e.col)} sudah berubah sejak diperiksa; tidak ada yang ditulis. Jalankan Periksa lagi.`,
        'changed',
      );
    }
  }
}

function isBlank(c: Cell | undefined): boolean {
  return !c || (c.t === 's' && c.v === '' && !c.f);
}

/** Same value, kind and formula; the number format does not matter for "still as planned". */
export function sameContent(a: Cell | undefined, b: Cell | undefined): boolean {
  if (isBlank(a) || isBlank(b)) return isBlank(a) && isBlank(b);
  return a!.t === b!.t && a!.v === b!.v && (a!.f ?? '') === (b!.f ?? '');
}
