/** Every message the Office host shows the user (Bahasa Indonesia). */
import { REQUIRED_EXCEL_API } from './requirements';

export const MSG = {
  unsupported: () =>
    `Versi Excel ini belum mendukung LAKIP Helper (perlu ExcelApi ${REQUIRED_EXCEL_API}: Microsoft 365, Excel 2021 ` +
    'atau Excel untuk web). Buka berkas .xlsx di aplikasi web LAKIP Helper sebagai gantinya.',
  cellEdit: () => 'Excel sedang dalam mode edit sel. Tekan Enter atau Esc di lembar kerja, lalu coba lagi.',
  protectedSheet: (sheet: string) =>
    `Lembar "${sheet}" diproteksi. Buka proteksinya (Tinjau > Buka Proteksi Lembar), lalu coba lagi. Tidak ada yang diubah.`,
  missingSheet: (sheet: string) =>
    `Lembar "${sheet}" tidak ditemukan lagi di buku kerja. Jalankan Periksa lagi. Tidak ada yang diubah.`,
  changed: (where: string, found: string) =>
    `Buku kerja berubah sejak diperiksa: sel ${where} kini berisi ${found}. Jalankan Periksa lagi. Tidak ada yang diubah.`,
  changedSinceApply: (where: string) =>
    `Sel ${where} diubah setelah LAKIP Helper mengisinya, jadi pembatalan dihentikan agar isian Anda tidak hilang. Tidak ada yang diubah.`,
  nothingToUndo: () => 'Tidak ada langkah yang bisa dibatalkan.',
  tooLarge: () =>
    'Lembar kerja terlalu besar untuk dibaca lewat Excel. Simpan sebagai .xlsx dan buka di aplikasi web LAKIP Helper.',
  notFinite: (where: string) => `Nilai untuk sel ${where} bukan angka yang sah; tidak ada yang diubah.`,
  excelError: (code: string, message: string) => `Excel menolak permintaan (${code}): ${message}`,
  empty: () => '(kosong)',
} as const;
