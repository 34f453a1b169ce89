/**
 * Text copied from another agency's workbook: "Penyediaan BBM Kepala Dinas
 * Pertanian" in a Dinas Sosial table (a real error of the Mojokerto LAKIP).
 * A row that names an agency of another sector than the sheet's bidang urusan
 * is reported, so the copy-paste is caught before it is published.
 */
import type { Finding } from '../findings/types';
import type { DpaSheetModel, PkSheetModel, WorkbookModel } from '../model/types';
import { lookupNomenclature, parseCodeText } from '../codes';
import { finding, quote } from './finding';

/** Sector words that follow "Dinas"/"Badan"/"Kantor" in agency names (lower case). */
const SECTORS = [
  'sosial', 'pertanian', 'kesehatan', 'pendidikan', 'perhubungan', 'pekerjaan umum', 'pupr', 'perikanan',
  'peternakan', 'pariwisata', 'koperasi', 'perindustrian', 'perdagangan', 'lingkungan hidup', 'kependudukan',
  'tenaga kerja', 'ketenagakerjaan', 'pemuda', 'kebudayaan', 'perpustakaan', 'kearsipan', 'komunikasi',
  'kominfo', 'pemadam kebakaran', 'perumahan', 'pertanahan', 'ketahanan pangan', 'pangan', 'kehutanan',
  'perkebunan', 'penanaman modal', 'pemberdayaan masyarakat', 'kesatuan bangsa', 'pendapatan', 'keuangan',
  'kepegawaian', 'perencanaan', 'penanggulangan bencana', 'satuan polisi pamong praja', 'energi',
];

const AGENCY = new RegExp(
  `\\b(dinas|badan|kantor)\\s+(${SECTORS.map((s) => s.replace(/ /g, '\\s+')).join('|')})\\b`,
  'gi',
);

/** Words of the sheet's bidang name ("URUSAN PEMERINTAHAN BIDANG SOSIAL" → "sosial"), lower case. */
function bidangWords(mainBidang: string | undefined): string | undefined {
  if (!mainBidang) return undefined;
  const parsed = parseCodeText(mainBidang);
  if (parsed.kind !== 'code') return undefined;
  const entry = lookupNomenclature(parsed.code);
  return entry?.name.toLowerCase().replace(/^urusan pemerintahan bidang\s+/, '');
}

function foreignAgency(text: string | undefined, own: string): string | undefined {
  if (!text) return undefined;
  AGENCY.lastIndex = 0;
  for (let m = AGENCY.exec(text); m; m = AGENCY.exec(text)) {
    const sector = m[2].toLowerCase().replace(/\s+/g, ' ');
    if (!own.includes(sector)) return m[0].replace(/\s+/g, ' ');
  }
  return undefined;
}

function checkTexts(
  out: Finding[],
  own: string,
  sheet: string,
  items: Array<{ text: string | undefined; row: number; col: number | undefined }>,
): void {
  for (const { text, row, col } of items) {
    const named = foreignAgency(text, own);
    if (!named || col === undefined) continue;
    out.push(
      finding(
        'text/other-agency',
        'warning',
        { sheet, row, col },
        `Teks ${quote(text ?? '')} menyebut "${named}", padahal lembar ini untuk bidang ${own}: ` +
          'kemungkinan tersalin dari lembar perangkat daerah lain.',
      ),
    );
  }
}

function checkDpa(out: Finding[], sheet: DpaSheetModel, own: string): void {
  const c = sheet.columns;
  // Kode rekening names repeat under every sub kegiatan: each distinct text is searched once.
  const clean = new Set<string>();
  const check = (text: string | undefined, row: number, col: number | undefined) => {
    if (text === undefined || clean.has(text)) return;
    if (foreignAgency(text, own) === undefined) clean.add(text);
    else checkTexts(out, own, sheet.sheet, [{ text, row, col }]);
  };
  for (const r of sheet.rows) {
    check(r.uraian, r.row, c.uraian);
    check(r.indikator, r.row, c.indikator);
  }
}

function checkPk(out: Finding[], sheet: PkSheetModel, own: string): void {
  const c = sheet.columns;
  const items = [
    ...sheet.indicators.map((i) => ({ text: i.indikator, row: i.row, col: c.indikator })),
    ...sheet.programs.map((p) => ({ text: p.name, row: p.row, col: c.uraian })),
  ];
  checkTexts(out, own, sheet.sheet, items);
}

export function validateAgency(model: WorkbookModel): Finding[] {
  const out: Finding[] = [];
  // The agency's sector comes from the DPA's main bidang; without codes there is nothing to compare with.
  const own = model.dpa.map((d) => bidangWords(d.mainBidang)).find((w) => w !== undefined);
  if (!own) return out;
  for (const sheet of model.dpa) checkDpa(out, sheet, own);
  for (const sheet of model.pk) checkPk(out, sheet, own);
  return out;
}
