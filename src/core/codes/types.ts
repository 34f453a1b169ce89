/** Program / kegiatan / sub kegiatan codes, Permendagri 90/2019 form U.BB.PP.K.KK.SSSS. */

export type CodeLevel = 'urusan' | 'bidang' | 'program' | 'kegiatan' | 'subkegiatan';

export interface BudgetCode {
  level: CodeLevel;
  /** Canonical text: "1.06.01.2.01.0001" (sub kegiatan always 4 digits; "X" kept as is). */
  canonical: string;
  urusan: string; // "1" or "X"
  bidang?: string; // "06" or "XX"
  program?: string; // "01"
  kegiatan?: string; // "2.01"
  sub?: string; // "0001"
}

export type CodeParse =
  | {
      kind: 'code';
      code: BudgetCode;
      /**
       * How the text had to be repaired to read it, when it did (Indonesian,
       * for an info finding): a number mangled by Excel, a two-digit SIPD sub
       * kegiatan, spaces.
       */
      repaired?: string;
    }
  /** A kode rekening belanja (akun), e.g. "5.1.02.01.01.0024". */
  | { kind: 'rekening'; text: string; canonical: string }
  /** Old Permendagri 13/2006 coding, not valid for budget years 2021 onward. */
  | {
      kind: 'legacy';
      text: string;
      /** Why it was taken for the old coding (Indonesian, for the finding). */
      reason?: string;
    }
  /** A number cell such as 1.1 that Excel made of "1.10" or "1.01": more than one reading. */
  | { kind: 'ambiguous'; text: string; readings: string[] }
  | { kind: 'invalid'; text: string; reason: string }
  | { kind: 'none' };

export interface NomenclatureEntry {
  code: string;
  level: CodeLevel;
  name: string;
  /** 'provinsi', 'kabupaten/kota' or both. */
  pemda: string;
  /**
   * Other names documents use for the same entry, e.g. the kab/kota penunjang
   * program is "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH" in the 2020 list.
   */
  altNames?: string[];
}
