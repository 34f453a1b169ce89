/**
 * Reading the cells of one table: text fields follow vertical merges (a
 * sasaran merged over its indicators), number fields are read once, and
 * every value that cannot be read with certainty becomes a finding.
 */
import { readNumber, readValue } from '../core/values';
import { CellNumber, isPlainNumberCell, type NumericCell } from '../core/values/cell';
import type { NumberContext, ParsedNumber, ParsedValue } from '../core/values';
import type { Finding, Severity } from '../core/findings/types';
import type { CellRef, SourceValue } from '../core/model/types';
import { a1, columnLetters } from '../grid/address';
import type { Cell, CellRange, SheetGrid } from '../grid/types';
import type { MergeIndex } from './merges';
import { cellText, isBlank } from './text';
import type { Field, TableLayout } from './types';
import Decimal from 'decimal.js';

const TOO_LARGE = new Decimal('1e15');
/** TOO_LARGE as a double (exactly 10^15). */
const TOO_LARGE_NUMBER = 1e15;

/** |v| ≥ 1e15 is only possible from base-10 exponent 15 on (or for a non-finite value): a field read, no allocation. */
function mayBeTooLarge(v: Decimal): boolean {
  return !v.d || v.e >= 15;
}

/** Indonesian column names for messages. */
export const FIELD_LABEL: Record<Field, string> = {
  no: 'No',
  kode: 'Kode',
  kodeUrusan: 'Kode Urusan',
  kodeBidang: 'Kode Bidang',
  kodeProgram: 'Kode Program',
  kodeKegiatan: 'Kode Kegiatan',
  kodeSub: 'Kode Sub Kegiatan',
  uraian: 'Uraian',
  pagu: 'Pagu',
  paguMurni: 'Pagu murni',
  realisasi: 'Realisasi anggaran',
  tw1: 'Realisasi TW I',
  tw2: 'Realisasi TW II',
  tw3: 'Realisasi TW III',
  tw4: 'Realisasi TW IV',
  sdTw: 'Realisasi s.d. TW',
  persen: '% realisasi anggaran',
  sisa: 'Sisa anggaran',
  keterangan: 'Keterangan',
  sasaran: 'Sasaran',
  indikator: 'Indikator kinerja',
  satuan: 'Satuan',
  target: 'Target',
  realisasiKinerja: 'Realisasi kinerja',
  capaian: 'Capaian kinerja',
  polaritas: 'Polaritas',
  predikat: 'Predikat',
  realisasiLalu: 'Realisasi tahun lalu',
  capaianLalu: 'Capaian tahun lalu',
  targetRenstra: 'Target akhir Renstra',
};

export const MONEY_FIELDS = new Set<Field>(['pagu', 'paguMurni', 'realisasi', 'tw1', 'tw2', 'tw3', 'tw4', 'sdTw', 'sisa']);
/** Fields a computation needs: losing one to a merge is an error, not a warning. */
const KEY_FIELDS = new Set<Field>(['pagu', 'realisasi', 'target', 'realisasiKinerja']);
/** Text fields: a vertical merge over them is how staff write a group, not a fault. */
const TEXT_FIELDS = new Set<Field>(['no', 'sasaran', 'uraian', 'indikator', 'satuan', 'polaritas', 'keterangan', 'kode', 'kodeUrusan', 'kodeBidang', 'kodeProgram', 'kodeKegiatan', 'kodeSub']);

/** A SourceValue whose `ref` object is built when asked for: most cells never are. */
class CellSource<P> implements SourceValue<P> {
  constructor(
    private readonly column: ColumnAt,
    private readonly row: number,
    readonly cell: Cell | undefined,
    readonly parsed: P,
  ) {}

  /** A fresh CellRef per read: consumers only read its fields (findings, fill proposals), most cells never. */
  get ref(): CellRef {
    return { sheet: this.column.sheet, row: this.row, col: this.column.col };
  }

  toJSON(): SourceValue<P> {
    return { ref: this.ref, cell: this.cell, parsed: this.parsed };
  }
}

/**
 * The sheet and column of the values read from one column: shared by all of
 * them, so that each holds one reference instead of the sheet name and the
 * column number (the model keeps one value per number cell).
 */
interface ColumnAt {
  readonly sheet: string;
  readonly col: number;
}

/**
 * The SourceValue of a plain numeric cell, which is also its own ParsedNumber
 * (`parsed` is the object itself, a CellNumber): one object per number cell
 * instead of two. Serialises as the plain SourceValue would.
 */
class NumberCellSource extends CellNumber implements SourceValue {
  constructor(
    private readonly column: ColumnAt,
    private readonly row: number,
    cell: NumericCell,
  ) {
    super(cell);
  }

  get parsed(): ParsedNumber {
    return this;
  }

  /** A fresh CellRef per read: consumers only read its fields (findings, fill proposals), most cells never. */
  get ref(): CellRef {
    return { sheet: this.column.sheet, row: this.row, col: this.column.col };
  }

  override toJSON(): object {
    return { ref: this.ref, cell: this.cell, parsed: super.toJSON() };
  }
}

/**
 * The SourceValue of a number field's empty cell, also its own `{ kind: 'empty' }`
 * ParsedNumber: fill writes there, so the reference is kept, in one object.
 */
class EmptyCellSource implements SourceValue {
  declare readonly kind: 'empty';
  declare readonly cell: undefined;

  constructor(
    private readonly column: ColumnAt,
    private readonly row: number,
  ) {}

  get parsed(): ParsedNumber {
    return this;
  }

  /** A fresh CellRef per read, as for CellSource. */
  get ref(): CellRef {
    return { sheet: this.column.sheet, row: this.row, col: this.column.col };
  }

  toJSON(): object {
    return { ref: this.ref, cell: undefined, parsed: { kind: 'empty' } };
  }
}
Object.defineProperties(EmptyCellSource.prototype, { kind: { value: 'empty' }, cell: { value: undefined } });

const LEADING_DIGIT = /^[\s(+\-−]*(?:rp\.?\s*)?\d/i;

export class TableReader {
  private readonly fieldOfCol = new Map<number, Field>();
  private readonly reportedMerges = new Set<CellRange>();
  private readonly columns: ColumnAt[] = [];

  constructor(
    readonly sheet: SheetGrid,
    readonly merges: MergeIndex,
    readonly table: TableLayout,
    readonly findings: Finding[],
  ) {
    for (const [f, c] of Object.entries(table.columns) as Array<[Field, number]>) this.fieldOfCol.set(c, f);
  }

  has(field: Field): boolean {
    return this.table.columns[field] !== undefined;
  }

  col(field: Field): number | undefined {
    return this.table.columns[field];
  }

  cell(r: number, field: Field): Cell | undefined {
    const c = this.table.columns[field];
    return c === undefined ? undefined : this.sheet.rows[r]?.[c];
  }

  /** Text of a text field; a blank cell inside a merge shows the merge's text. */
  text(r: number, field: Field, followMerge = true): string | undefined {
    const c = this.table.columns[field];
    if (c === undefined) return undefined;
    let cell = this.sheet.rows[r]?.[c];
    if (isBlank(cell) && followMerge) {
      const m = this.merges.at(r, c);
      // Only down a column: text merged across columns belongs to its own column.
      if (m && m.r0 < r && m.c0 === c) cell = this.sheet.rows[m.r0]?.[m.c0];
    }
    if (isBlank(cell)) return undefined;
    return cellText(cell).trim();
  }

  /** Text of a merge that starts in this row and spans the field's column and others: a heading row. */
  spanningText(r: number, field: Field): string | undefined {
    const c = this.table.columns[field];
    if (c === undefined || this.merges.empty) return undefined;
    const m = this.merges.at(r, c);
    if (!m || m.r0 !== r || m.c1 === m.c0) return undefined;
    const anchor = this.sheet.rows[r]?.[m.c0];
    return isBlank(anchor) ? undefined : cellText(anchor).trim();
  }

  /** True when the field's cell is covered by a merge whose anchor is in an earlier row (a continued group). */
  continuesMergeAbove(r: number, field: Field): boolean {
    const c = this.table.columns[field];
    if (c === undefined) return false;
    const m = this.merges.at(r, c);
    return !!m && m.r0 < r;
  }

  number(r: number, field: Field, ctx: NumberContext, label?: string): SourceValue | undefined {
    const c = this.table.columns[field];
    return c === undefined ? undefined : this.numberAt(r, c, field, ctx, label);
  }

  /** number() for a column resolved once per table (this runs for every number cell). */
  numberAt(r: number, c: number, field: Field, ctx: NumberContext, label?: string): SourceValue | undefined {
    const row = this.sheet.rows[r];
    const cell = row === undefined ? undefined : row[c];
    if (cell !== undefined && isPlainNumberCell(cell)) {
      // Nearly every number cell: never blank, so never swallowed by a merge; read as readNumber would.
      const sv = new NumberCellSource(this.columnAt(c), r, cell);
      // report() finds nothing in an amount that is neither negative nor 1e15 or more.
      if (!(cell.v >= 0 && cell.v < TOO_LARGE_NUMBER)) this.report(r, c, cell, field, sv, label);
      return sv;
    }
    if (!this.merges.empty && this.swallowed(r, c, cell, field)) return undefined;
    // readNumber(undefined) is { kind: 'empty' }, which reports nothing.
    if (cell === undefined) return new EmptyCellSource(this.columnAt(c), r);
    const parsed = readNumber(cell, ctx);
    this.report(r, c, cell, field, parsed, label);
    return new CellSource(this.columnAt(c), r, cell, parsed);
  }

  private columnAt(c: number): ColumnAt {
    return (this.columns[c] ??= { sheet: this.sheet.name, col: c });
  }

  /** True when a merge from another cell covers this blank one (reported once by reportMerge). */
  private swallowed(r: number, c: number, cell: Cell | undefined, field: Field): boolean {
    // A cell with a value is never swallowed: no merge lookup for it (nearly every number cell).
    if (!isBlank(cell)) return false;
    const m = this.merges.at(r, c);
    if (m && (m.r0 !== r || m.c0 !== c)) {
      this.reportMerge(m, r, field);
      return true;
    }
    return false;
  }

  value(r: number, field: Field, ctx: NumberContext, label?: string): SourceValue<ParsedValue> | undefined {
    const got = this.source(r, field);
    if (!got) return undefined;
    const parsed = readValue(got.cell, ctx);
    if (parsed.kind === 'composite') {
      const bad = parsed.parts.find((p) => p.kind === 'unreadable' || p.kind === 'ambiguous' || p.kind === 'error');
      if (bad) this.report(got.row, got.col, got.cell, field, bad, label, parsed.text);
    } else {
      this.report(got.row, got.col, got.cell, field, parsed, label);
    }
    return new CellSource(this.columnAt(got.col), got.row, got.cell, parsed);
  }

  /**
   * The cell a number field reads, or undefined when a merge swallowed it:
   * the merge's value belongs to its anchor cell and is not read twice.
   */
  private source(r: number, field: Field): { row: number; col: number; cell: Cell | undefined } | undefined {
    const c = this.table.columns[field];
    if (c === undefined) return undefined;
    const cell = this.sheet.rows[r]?.[c];
    if (!this.merges.empty && this.swallowed(r, c, cell, field)) return undefined;
    return { row: r, col: c, cell };
  }

  private reportMerge(m: CellRange, r: number, field: Field): void {
    const anchor = a1(m.r0, m.c0);
    const anchorField = this.fieldOfCol.get(m.c0);
    const anchorCell = this.sheet.rows[m.r0]?.[m.c0];
    if (isBlank(anchorCell)) return; // an empty merge swallows nothing
    if (m.r0 === r) {
      // A label merged across the row (a heading such as "A. URUSAN WAJIB", a sasaran
      // row) leaves the number columns empty on purpose: nothing is swallowed.
      if ((!anchorField || TEXT_FIELDS.has(anchorField)) && !LEADING_DIGIT.test(cellText(anchorCell))) return;
      // Across columns of one row: the value is shown under several fields.
      const key = m;
      if (this.reportedMerges.has(key)) return;
      this.reportedMerges.add(key);
      const swallowed: string[] = [];
      let severity: Severity = 'warning';
      for (let c = m.c0 + 1; c <= m.c1; c++) {
        const f = this.fieldOfCol.get(c);
        if (!f || TEXT_FIELDS.has(f)) continue;
        swallowed.push(FIELD_LABEL[f]);
        if (KEY_FIELDS.has(f)) severity = 'error';
      }
      if (swallowed.length === 0) return;
      const owner = anchorField ? FIELD_LABEL[anchorField] : `kolom ${columnLetters(m.c0)}`;
      this.findings.push({
        rule: 'value/merged',
        severity,
        sheet: this.sheet.name,
        cell: anchor,
        message: `Sel ${anchor}:${a1(m.r1, m.c1)} digabung melintasi kolom ${owner} dan ${swallowed.join(', ')}; nilai "${cellText(anchorCell).trim()}" hanya dibaca sebagai ${owner}, ${swallowed.join(', ')} dianggap kosong.`,
        actual: cellText(anchorCell).trim(),
      });
      return;
    }
    if (TEXT_FIELDS.has(field) || this.reportedMerges.has(m)) return;
    // Down the rows of a number column: one figure shown for several rows.
    this.reportedMerges.add(m);
    this.findings.push({
      rule: 'value/merged',
      severity: 'warning',
      sheet: this.sheet.name,
      cell: anchor,
      message: `Sel ${FIELD_LABEL[field]} ${anchor}:${a1(m.r1, m.c1)} digabung untuk beberapa baris; nilainya hanya dibaca sekali pada baris ${m.r0 + 1}.`,
      actual: cellText(anchorCell).trim(),
    });
  }

  private report(
    r: number,
    c: number,
    cell: Cell | undefined,
    field: Field,
    parsed: ParsedNumber,
    label: string | undefined,
    whole?: string,
  ): void {
    // A plain number (nearly every cell) reports nothing: leave before building any text.
    if (parsed.kind === 'number') {
      if (!MONEY_FIELDS.has(field)) return;
      // A known integer is below 1e15: only its sign can be reported (and no Decimal is built for it).
      if (parsed.int !== undefined ? parsed.int >= 0 : !(parsed.value.isNegative() || mayBeTooLarge(parsed.value))) return;
    }
    if (parsed.kind !== 'number' && parsed.kind !== 'unreadable' && parsed.kind !== 'ambiguous' && parsed.kind !== 'error') return;
    const where = label ?? FIELD_LABEL[field];
    const at = a1(r, c);
    const shown = whole ?? cellText(cell).trim();
    switch (parsed.kind) {
      case 'unreadable':
        this.findings.push({
          rule: 'value/unreadable',
          severity: 'error',
          sheet: this.sheet.name,
          cell: at,
          message: `${where} di ${at} berisi "${shown}" yang tidak dapat dibaca dengan pasti (${parsed.reason}).`,
          actual: shown,
        });
        break;
      case 'ambiguous':
        this.findings.push({
          rule: 'value/ambiguous',
          severity: 'warning',
          sheet: this.sheet.name,
          cell: at,
          message: `${where} di ${at} berisi "${shown}" yang dapat dibaca ${parsed.readings.map((d) => d.toString().replace('.', ',')).join(' atau ')}; tulis ulang dengan jelas.`,
          actual: shown,
        });
        break;
      case 'error':
        this.findings.push({
          rule: 'value/excel-error',
          severity: 'error',
          sheet: this.sheet.name,
          cell: at,
          message: `${where} di ${at} berisi galat Excel ${parsed.text}.`,
          actual: parsed.text,
        });
        break;
      case 'number':
        if (MONEY_FIELDS.has(field) && parsed.value.isNegative()) {
          this.findings.push({
            rule: 'value/negative',
            severity: 'warning',
            sheet: this.sheet.name,
            cell: at,
            message: `${where} di ${at} bernilai negatif (${shown}).`,
            actual: parsed.value.toString(),
          });
        }
        // Excel keeps 15 significant digits: from 10^15 on, an amount may not be what was typed.
        if (MONEY_FIELDS.has(field) && mayBeTooLarge(parsed.value) && parsed.value.abs().gte(TOO_LARGE)) {
          this.findings.push({
            rule: 'value/too-large',
            severity: 'warning',
            sheet: this.sheet.name,
            cell: at,
            message: `${where} di ${at} bernilai ${shown.length > 40 ? parsed.value.toFixed() : shown}, 16 digit atau lebih; Excel hanya menyimpan 15 digit dengan tepat, periksa kembali nilainya.`,
            actual: parsed.value.toFixed(),
          });
        }
        break;
      default:
        break;
    }
  }
}
