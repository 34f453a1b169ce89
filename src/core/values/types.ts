import type Decimal from 'decimal.js';

/**
 * How a column's numbers are meant, which settles Indonesian/English readings:
 * - money: Rupiah, whole amounts dominate; "1.485" is 1485.
 * - percent: a % or capaian column; "1.485" has two readings (1,485 or 1485).
 * - index: a score such as Nilai SAKIP "80,34 (A)"; like percent.
 * - measure: a target/realisasi with a satuan; whole-thing satuan (Orang, KK,
 *   Dokumen, Unit...) make "1.485" read as 1485.
 */
export interface NumberContext {
  column: 'money' | 'percent' | 'index' | 'measure';
  /** The row's satuan text, when known. */
  satuan?: string;
}

export type ParsedNumber =
  /** A number read with certainty. */
  | {
      kind: 'number';
      value: Decimal;
      /**
       * The value as an exact JS integer with |int| < 1e15, set by the reader
       * when it knows it (numeric cells holding a whole amount); `value` is the
       * same number as a Decimal. Absent means "not known", never "not whole".
       */
      int?: number;
      /** A unit found inside the text ("3 Dokumen" → "Dokumen"), "%" for a percent sign. */
      unit?: string;
      /** A grade suffix ("80,34 (A)" → "A"). */
      grade?: string;
      /** The number was written as a bound: "≥ 82,50" / "Min. 90" → 'min', "≤ 5" / "Maks. 5" → 'max'. */
      bound?: 'min' | 'max';
      /** The source was text, not a numeric cell. */
      fromText: boolean;
      /**
       * How the text had to be repaired to read it (Indonesian, for an info
       * finding), e.g. spaces inside "521. 909.250".
       */
      repaired?: string;
      /**
       * A numeric cell with a percent number format ("0.00%"): `value` is what
       * the user sees (0.8544 → 85.44, unit "%"), not the stored fraction.
       */
      percentFormat?: boolean;
    }
  | { kind: 'empty' }
  /** Deliberately no value: "NA", "N/A", "-", "--", "Refocusing", "Nihil" and other plain words. */
  | { kind: 'absent'; text: string }
  /** Two or more readings are plausible ("1.485" in a percent column). */
  | { kind: 'ambiguous'; text: string; readings: Decimal[] }
  /** Looks like a number but cannot be read with certainty ("848.146..988,00", "12 (?)"). */
  | { kind: 'unreadable'; text: string; reason: string }
  /** An Excel error value. */
  | { kind: 'error'; text: string };

/** A value that may list several numbers: "100, 2, 16, 70, 5" or "304 / 18". */
export type ParsedValue =
  | ParsedNumber
  | { kind: 'composite'; text: string; parts: ParsedNumber[] };
