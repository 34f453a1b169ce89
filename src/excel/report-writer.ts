/**
 * ReportTable → one worksheet. planReportSheet is pure (what to write);
 * queueReportSheet queues the Office.js commands for it, no sync.
 */
import type { CellRange } from '../grid/types';
import type { CellStyle, ReportTable } from '../core/report/types';
import { REPORT_FORMATS } from '../core/report/types';
import { valueInput, type ExcelScalar } from './cells';


const FILLS: Record<NonNullable<CellStyle['fill']>, string> = {
  header: '#D9E1F2',
  total: '#F2F2F2',
  numbering: '#EDEDED',
};

/** A rectangle sharing one style (number format excluded: it goes in the numberFormat block). */
export interface StyleRect {
  range: CellRange;
  style: Omit<CellStyle, 'format'>;
}

export interface ReportSheetPlan {
  rowCount: number;
  colCount: number;
  values: ExcelScalar[][];
  formats: string[][];
  styles: StyleRect[];
  merges: CellRange[];
  /** Column widths in points (Office.js `format.columnWidth`). */
  colWidthsPt: number[];
  /** Heights (points) of rows whose wrapped text needs more than the default; Excel does not grow them itself. */
  rowHeightsPt: Array<[row: number, height: number]>;
  freezeRows: number;
  /** "$2:$4" or undefined */
  printTitleRows?: string;
  orientation: 'Landscape' | 'Portrait';
}

/** Excel column width in characters (Calibri 11: 7 px per digit + 5 px padding) → points. */
export function charsToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

function styleKey(s: Omit<CellStyle, 'format'>): string {
  return JSON.stringify(Object.entries(s).filter(([, v]) => v !== undefined && v !== false).sort());
}

/** Groups cells with the same style into rectangles: runs within a row, stacked over identical rows. */
export function styleRects(table: ReportTable): StyleRect[] {
  const open = new Map<string, StyleRect>(); // key "c0:c1:style" → rect still growing downwards
  const done: StyleRect[] = [];
  table.rows.forEach((row, r) => {
    const seen = new Set<string>();
    let c = 0;
    while (c < row.length) {
      const { format: _f, ...style } = row[c]?.style ?? {};
      const key = styleKey(style);
      let c1 = c;
      while (c1 + 1 < row.length) {
        const { format: _g, ...next } = row[c1 + 1]?.style ?? {};
        if (styleKey(next) !== key) break;
        c1++;
      }
      if (key !== '[]') {
        const k = `${c}:${c1}:${key}`;
        const prev = open.get(k);
        if (prev && prev.range.r1 === r - 1) prev.range.r1 = r;
        else {
          if (prev) done.push(prev);
          open.set(k, { range: { r0: r, c0: c, r1: r, c1 }, style });
        }
        seen.add(k);
      }
      c = c1 + 1;
    }
    for (const [k, rect] of open) {
      if (!seen.has(k)) {
        done.push(rect);
        open.delete(k);
      }
    }
  });
  done.push(...open.values());
  return done;
}

export function planReportSheet(table: ReportTable): ReportSheetPlan {
  const rowCount = Math.max(1, table.rows.length);
  const colCount = Math.max(1, table.colWidths.length, ...table.rows.map((r) => r.length));
  const values: ExcelScalar[][] = [];
  const formats: string[][] = [];
  for (let r = 0; r < rowCount; r++) {
    const src = table.rows[r] ?? [];
    const vr: ExcelScalar[] = [];
    const fr: string[] = [];
    for (let c = 0; c < colCount; c++) {
      const cell = src[c];
      const fmt = REPORT_FORMATS[cell?.style?.format ?? 'general'];
      fr.push(fmt);
      const v = cell?.value;
      vr.push(v === null || v === undefined ? '' : valueInput(v, fmt));
    }
    values.push(vr);
    formats.push(fr);
  }
  const [t0, t1] = table.printTitleRows;
  return {
    rowCount,
    colCount,
    values,
    formats,
    styles: styleRects(table),
    merges: table.merges,
    colWidthsPt: table.colWidths.map(charsToPoints),
    rowHeightsPt: (table.rowHeights ?? []).flatMap((h, r) => (h === undefined ? [] : [[r, h] as [number, number]])),
    freezeRows: table.freezeRows,
    printTitleRows: t1 >= t0 && t0 >= 0 ? `$${t0 + 1}:$${t1 + 1}` : undefined,
    orientation: table.print.orientation === 'landscape' ? 'Landscape' : 'Portrait',
  };
}

const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const;

function rangeOf(sheet: Excel.Worksheet, r: CellRange): Excel.Range {
  return sheet.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

/** Queues everything of one report sheet: values, formats, styles, merges, widths, panes, page setup. */
export function queueReportSheet(sheet: Excel.Worksheet, plan: ReportSheetPlan): void {
  const all = sheet.getRangeByIndexes(0, 0, plan.rowCount, plan.colCount);
  all.numberFormat = plan.formats; // before values, so "@" cells take text as typed
  all.values = plan.values;
  for (const { range, style } of plan.styles) {
    const fmt = rangeOf(sheet, range).format;
    if (style.bold) fmt.font.bold = true;
    if (style.italic) fmt.font.italic = true;
    if (style.size) fmt.font.size = style.size;
    if (style.indent) fmt.indentLevel = style.indent;
    if (style.horizontal) fmt.horizontalAlignment = style.horizontal === 'left' ? 'Left' : style.horizontal === 'center' ? 'Center' : 'Right';
    if (style.vertical) fmt.verticalAlignment = style.vertical === 'top' ? 'Top' : 'Center';
    if (style.wrap) fmt.wrapText = true;
    if (style.fill) fmt.fill.color = FILLS[style.fill];
    if (style.border) {
      for (const edge of BORDER_EDGES) {
        if (edge === 'InsideVertical' && range.c0 === range.c1) continue;
        if (edge === 'InsideHorizontal' && range.r0 === range.r1) continue;
        const b = fmt.borders.getItem(edge);
        b.style = 'Continuous';
        b.weight = 'Thin';
      }
    }
  }
  for (const m of plan.merges) rangeOf(sheet, m).merge(false);
  plan.colWidthsPt.forEach((w, c) => {
    sheet.getRangeByIndexes(0, c, 1, 1).format.columnWidth = w;
  });
  for (const [r, h] of plan.rowHeightsPt) sheet.getRangeByIndexes(r, 0, 1, 1).format.rowHeight = h;
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  const page = sheet.pageLayout;
  page.orientation = plan.orientation;
  page.paperSize = 'A4';
  page.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (plan.printTitleRows) page.setPrintTitleRows(plan.printTitleRows);
}

/** Request size estimate of one report sheet (values and formats dominate). */
export function reportPlanBytes(plan: ReportSheetPlan): number {
  return JSON.stringify(plan.values).length + JSON.stringify(plan.formats).length + 200 * (plan.styles.length + plan.merges.length + plan.colWidthsPt.length + plan.rowHeightsPt.length) + 1000;
}
