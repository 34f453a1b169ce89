/**
 * Conversions between what Office.js returns/accepts for one cell and the
 * host-neutral Cell of src/grid. Pure: no Office.js at run time.
 */
import type { Cell } from '../grid/types';

export type ExcelScalar = string | number | boolean;

/** Excel.RangeValueType values, as strings so this module needs no Office.js enum. */
export type ValueType = 'Unknown' | 'Empty' | 'String' | 'Integer' | 'Double' | 'Boolean' | 'Error' | 'RichValue';

/** True when the en-US number format code shows a date or time. */
export function isDateFormat(z: string): boolean {
  if (!z || z === 'General') return false;
  const stripped = z
    .replace(/"[^"]*"/g, '') // literal text
    .replace(/\\./g, '') // escaped characters
    .replace(/\[(?!h\]|m\]|s\])[^\]]*\]/gi, '') // colours, conditions, locales; keep [h] [m] [s]
    .replace(/[_*]./g, ''); // padding and fill characters
  return /[dmyhs]/i.test(stripped.replace(/E[+-]/g, '').replace(/General/gi, ''));
}

/**
 * One cell as Office.js reports it (values, formulas, numberFormat,
 * valueTypes entries) → Cell, or undefined for an empty cell.
 */
export function cellFromExcel(value: unknown, formula: unknown, numberFormat: unknown, type: ValueType): Cell | undefined {
  const z = typeof numberFormat === 'string' && numberFormat !== 'General' && numberFormat !== '' ? numberFormat : undefined;
  const f =
    typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula.slice(1) : undefined;
  let cell: Cell;
  switch (type) {
    case 'Empty':
      if (f === undefined) return undefined;
      cell = { t: 's', v: '' };
      break;
    case 'Double':
    case 'Integer':
      cell = z && isDateFormat(z) ? { t: 'd', v: Number(value) } : { t: 'n', v: Number(value) };
      break;
    case 'Boolean':
      cell = { t: 'b', v: Boolean(value) };
      break;
    case 'Error':
      cell = { t: 'e', v: String(value) };
      break;
    default:
      // String, and rich values / unknown kinds read as the text Excel shows.
      cell = { t: 's', v: String(value ?? '') };
  }
  if (f !== undefined) cell.f = f;
  if (z !== undefined) cell.z = z;
  return cell;
}

/** Same content for the purpose of "has the user changed this cell": kind, value, formula; format ignored. */
export function sameContent(a: Cell | undefined, b: Cell | undefined): boolean {
  const ea = a === undefined || (a.t === 's' && a.v === '' && !a.f);
  const eb = b === undefined || (b.t === 's' && b.v === '' && !b.f);
  if (ea || eb) return ea && eb;
  if (!a || !b) return false;
  const kind = (c: Cell) => (c.t === 'd' ? 'n' : c.t);
  return kind(a) === kind(b) && a.v === b.v && (a.f ?? '') === (b.f ?? '');
}

/** Short Indonesian-neutral rendering of a cell for messages. */
export function describeCell(c: Cell | undefined, emptyText: string): string {
  if (!c || (c.t === 's' && c.v === '' && !c.f)) return emptyText;
  if (c.f) return `=${c.f}`;
  return c.t === 's' ? `"${c.v}"` : String(c.v);
}

const ERROR_LITERAL = /^#(N\/A|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!)$/i;

/**
 * True when Excel would not keep `text` as the same text if it were typed
 * (it would become a number, date, boolean, error, formula, or lose a
 * leading apostrophe). Both en-US and Indonesian number shapes count.
 */
export function excelWouldCoerce(text: string): boolean {
  if (text === '') return false;
  if (/^[=+@']/.test(text)) return true;
  if (text.length > 1 && text.startsWith('-')) return true;
  const t = text.trim();
  if (/^(Rp\.?|\$)?\s*[+-]?[\d.,\s]*\d[\d.,\s]*%?$/i.test(t)) return true; // 1.234,5  85,44 %  1e3 handled below
  if (/^[+-]?\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  if (/^(true|false|benar|salah)$/i.test(t)) return true;
  if (ERROR_LITERAL.test(t)) return true;
  if (/^\d{1,4}\s*[/-]\s*\d{1,4}(\s*[/-]\s*\d{1,4})?$/.test(t)) return true; // dates, month/year
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m?)?$/i.test(t)) return true; // times
  if (/^\d{1,2}[-\s](jan|feb|mar|apr|mei|may|jun|jul|agu|aug|sep|okt|oct|nov|des|dec)/i.test(t)) return true;
  return false;
}

/**
 * What to put in `range.values` so the cell ends up holding exactly `value`:
 * numbers as numbers (never locale strings), text protected by a leading
 * apostrophe when Excel would otherwise convert it. `format` is the cell's
 * number format after the write; a Text ("@") cell keeps text as typed.
 */
export function valueInput(value: number | string, format?: string): ExcelScalar {
  if (typeof value === 'number') return value;
  return format !== '@' && excelWouldCoerce(value) ? `'${value}` : value;
}

/**
 * What to put in `range.formulas` to give a cell back its earlier content:
 * '' clears it, a formula gets its "=", constants are written like values.
 */
export function restoreInput(cell: Cell | undefined, format: string): ExcelScalar {
  if (cell === undefined) return '';
  if (cell.f !== undefined) return `=${cell.f}`;
  switch (cell.t) {
    case 'n':
    case 'd':
      return cell.v;
    case 'b':
      return cell.v;
    case 'e':
      return cell.v;
    default:
      return cell.v === '' ? '' : valueInput(cell.v, format);
  }
}
