/**
 * Polarity of a PK indicator: declared in a Polaritas column, else inferred
 * from wording that names something to reduce (angka kemiskinan, PPKS
 * terlantar, prevalensi...), else positif by default.
 */
import type { Polarity } from '../core/model/types';
import { norm } from './text';

const NEGATIF_COLUMN = /^(?:negatif|negative|minus|min|minimal|minimum|minimize|minimalkan|turun|menurun|rendah|semakin rendah semakin baik|makin rendah makin baik|lebih rendah lebih baik|lower is better)$/;
const POSITIF_COLUMN = /^(?:positif|positive|plus|maksimal|maksimum|maximal|maximum|maksimalkan|naik|meningkat|tinggi|semakin tinggi semakin baik|makin tinggi makin baik|lebih tinggi lebih baik|higher is better)$/;

/** Reads a Polaritas cell: "+", "−", "Positif", "minimal", "semakin rendah semakin baik"... */
export function polarityFromText(text: string): Polarity | undefined {
  const t = text.trim();
  if (t === '+' || t === '(+)' || t === '↑') return 'positif';
  if (t === '-' || t === '−' || t === '–' || t === '(-)' || t === '(−)' || t === '↓') return 'negatif';
  const n = norm(t);
  if (NEGATIF_COLUMN.test(n)) return 'negatif';
  if (POSITIF_COLUMN.test(n)) return 'positif';
  return undefined;
}

/** Words that name something to reduce; the first that matches is quoted in the finding. */
const NEGATIF_WORDS: Array<[RegExp, string]> = [
  [/\bangka kemiskinan\b/, 'angka kemiskinan'],
  [/\b(?:tingkat|persentase|jumlah) (?:penduduk )?miskin\b/, 'penduduk miskin'],
  [/\bkemiskinan\b/, 'kemiskinan'],
  [/\bpengangguran\b/, 'pengangguran'],
  [/\bprevalensi\b/, 'prevalensi'],
  [/\bstunting\b/, 'stunting'],
  [/\bgizi buruk\b/, 'gizi buruk'],
  [/\bangka kematian\b/, 'angka kematian'],
  [/\bkematian\b/, 'kematian'],
  [/\bangka kesakitan\b/, 'angka kesakitan'],
  [/\bterlantar\b/, 'terlantar'],
  [/\bputus sekolah\b/, 'putus sekolah'],
  [/\bbuta (?:huruf|aksara)\b/, 'buta huruf'],
  [/\bkriminalitas\b/, 'kriminalitas'],
  [/\bkecelakaan\b/, 'kecelakaan'],
  [/\b(?:rasio|indeks) gini\b/, 'rasio gini'],
  [/\bpenurunan\b/, 'penurunan'],
  [/\bmenurun(?:nya)?\b/, 'menurun'],
  [/\bberkurang(?:nya)?\b/, 'berkurang'],
  [/\byang (?:masih|belum|tidak)\b/, 'yang masih/belum/tidak'],
  [/\bjumlah (?:kasus|temuan|pelanggaran|sengketa|pengaduan)\b/, 'jumlah kasus/temuan'],
];

/**
 * Wording of a service delivered (penerima, yang ditangani...) wins over the
 * group it serves: "PPKS terlantar yang tertangani" is higher-is-better.
 */
const SERVED = /\b(?:penerima|menerima|mendapat|mendapatkan|memperoleh|ditangani|tertangani|terlayani|dilayani|terpenuhi|dibina|diberdayakan|direhabilitasi|terfasilitasi|difasilitasi|tertanggulangi|dientaskan|terentaskan)\b/;

/** The word that makes the indicator lower-is-better, when one does. */
export function inferNegatifWord(indikator: string): string | undefined {
  const n = norm(indikator);
  if (SERVED.test(n)) return undefined;
  for (const [re, word] of NEGATIF_WORDS) if (re.test(n)) return word;
  return undefined;
}
