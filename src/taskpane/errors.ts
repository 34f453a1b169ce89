/** Turns anything thrown into one Indonesian sentence for a MessageBar. */

/** HostError and XlsxError carry a message written for the user; matched by name so the xlsx chunk stays lazy. */
const USER_FACING = new Set(['HostError', 'XlsxError']);

export function userMessage(err: unknown): string {
  if (err instanceof Error && USER_FACING.has(err.name)) return err.message;
  const detail = err instanceof Error ? err.message : String(err);
  return `Terjadi kesalahan yang tidak terduga. Silakan coba lagi; bila berulang, laporkan pesan ini: ${detail}`;
}
