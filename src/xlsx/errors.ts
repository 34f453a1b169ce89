/** Expected failures of reading or patching a file, with a message for the user (Indonesian). */

export type XlsxErrorCode =
  | 'not-zip'
  | 'xls'
  | 'encrypted'
  | 'damaged'
  | 'empty'
  /** An edit targets a protected sheet. */
  | 'protected'
  /** An edit cannot be applied (unknown sheet, chart sheet, value that is not a finite number). */
  | 'invalid-edit';

export class XlsxError extends Error {
  constructor(
    readonly code: XlsxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'XlsxError';
  }
}

export const MESSAGES = {
  notZip: 'File ini bukan file Excel .xlsx (isinya teks/CSV atau format lain). Buka di Excel lalu Simpan Sebagai "Excel Workbook (.xlsx)".',
  xls: 'File ini berformat Excel lama (.xls). Buka di Excel lalu Simpan Sebagai .xlsx ("Excel Workbook"), kemudian coba lagi.',
  encrypted: 'File ini dilindungi kata sandi (password) sehingga tidak dapat dibaca. Buka di Excel, hapus kata sandinya (File > Info > Protect Workbook > Encrypt with Password), simpan, lalu coba lagi.',
  damaged: 'File .xlsx ini rusak atau tidak lengkap (mungkin unduhan/salinan terputus). Buka di Excel untuk memperbaikinya, simpan ulang, lalu coba lagi.',
  zeroBytes: 'File ini kosong (0 byte). Periksa kembali file yang dipilih.',
  empty: 'Workbook ini tidak berisi sheet apa pun.',
  tooLarge: 'Isi file .xlsx ini terlalu besar untuk dibaca (satu bagian melebihi 500 MB setelah diekstrak). Periksa apakah file rusak atau pisahkan datanya.',
  docx: 'File ini dokumen Word/PowerPoint, bukan workbook Excel .xlsx.',
  ods: 'File ini berformat OpenDocument (.ods). Buka di Excel atau LibreOffice lalu Simpan Sebagai .xlsx.',
  xlsb: 'File ini berformat Excel Binary (.xlsb). Buka di Excel lalu Simpan Sebagai .xlsx.',
} as const;

export function sheetMissing(name: string): XlsxError {
  return new XlsxError('invalid-edit', `Sheet "${name}" tidak ditemukan di workbook.`);
}

export function sheetProtected(name: string): XlsxError {
  return new XlsxError('protected', `Sheet "${name}" diproteksi; buka proteksinya (Review > Unprotect Sheet) sebelum mengisi sel.`);
}

export function notWritable(name: string): XlsxError {
  return new XlsxError('invalid-edit', `Sheet "${name}" adalah sheet grafik; sel tidak dapat diisi.`);
}

export function badValue(sheet: string, ref: string): XlsxError {
  return new XlsxError('invalid-edit', `Nilai untuk sel ${ref} di sheet "${sheet}" bukan angka yang sah.`);
}
