import { detectLayouts } from '../../src/sheets';
import { classifyColumn } from '../../src/sheets/headers';
import { grid } from './helpers';

const field = (leaf: string, group?: string) => classifyColumn(leaf, group)?.field;

describe('header synonyms (case, spaces and punctuation ignored)', () => {
  it.each([
    ['Kode', 'kode'],
    ['KODE REKENING', 'kode'],
    ['No. Rekening', 'kode'],
    ['Kode Program', 'kode'],
    ['Uraian', 'uraian'],
    ['PROGRAM/KEGIATAN/SUB. KEGIATAN', 'uraian'],
    ['Nama Program', 'uraian'],
    ['Pagu', 'pagu'],
    ['ANGGARAN (Rp)', 'pagu'],
    ['Alokasi', 'pagu'],
    ['Anggaran Setelah Perubahan', 'pagu'],
    ['P-APBD', 'pagu'],
    ['Pagu Perubahan', 'pagu'],
    ['APBD Murni', 'paguMurni'],
    ['Realisasi Anggaran', 'realisasi'],
    ['Realisasi Pagu', 'realisasi'],
    ['Realisasi Keuangan', 'realisasi'],
    ['Sisa', 'sisa'],
    ['Sisa Anggaran', 'sisa'],
    ['Selisih', 'sisa'],
    ['% Realisasi', 'persen'],
    ['Penyerapan', 'persen'],
    ['Sasaran', 'sasaran'],
    ['Sasaran Strategis', 'sasaran'],
    ['Indikator Kinerja', 'indikator'],
    ['Indikator', 'indikator'],
    ['IKU', 'indikator'],
    ['Satuan', 'satuan'],
    ['Target', 'target'],
    ['Polaritas', 'polaritas'],
    ['Sifat Indikator', 'polaritas'],
    ['TW I', 'tw1'],
    ['Triwulan II', 'tw2'],
    ['TW 3', 'tw3'],
    ['Triwulan IV', 'tw4'],
    ['s.d. TW IV', 'sdTw'],
    ['s/d TW III', 'sdTw'],
    ['Kumulatif', 'sdTw'],
    ['Predikat', 'predikat'],
    ['Realisasi Tahun Lalu', 'realisasiLalu'],
    ['Realisasi N-1', 'realisasiLalu'],
    ['Capaian Tahun Lalu', 'capaianLalu'],
    ['Target Akhir Renstra', 'targetRenstra'],
    ['Target Akhir RPJMD/Renstra', 'targetRenstra'],
    ['Keterangan', 'keterangan'],
    ['Ket.', 'keterangan'],
    ['No.', 'no'],
  ])('reads "%s" as %s', (text, expected) => {
    expect(field(text)).toBe(expected);
  });

  it.each([['Realisasi'], ['Capaian'], ['%'], ['Persentase']])('leaves "%s" for the table to settle', (text) => {
    expect(field(text)).toMatch(/\?$/);
  });

  it('uses the group header to tell kinerja from anggaran', () => {
    expect(field('Realisasi', 'KINERJA')).toBe('realisasiKinerja');
    expect(field('Capaian', 'KINERJA')).toBe('capaian');
    expect(field('Realisasi', 'ANGGARAN')).toBe('realisasi');
    expect(field('Capaian', 'ANGGARAN')).toBe('persen');
    expect(field('TW I', 'Realisasi')).toBe('tw1');
    expect(field('TW I', 'Target')).toBeUndefined();
    expect(field('Program', 'KODE')).toBe('kodeProgram');
    expect(field('2023', 'Realisasi Kinerja')).toBe('realisasiKinerja');
  });

  it.each([['% Anggaran dari Total'], ['Target Kemajuan'], ['Realisasi Nasional'], ['Sumber Dana'], ['Tingkat Efisiensi'], ['Lokasi']])(
    'does not map "%s"',
    (text) => {
      expect(field(text)).toBeUndefined();
    },
  );
});

describe('generic amount headers', () => {
  it('takes "Jumlah (Rp)" for the budget only when no column names the budget', () => {
    const alone = detectLayouts(grid([['Kode Rekening', 'Uraian', 'Jumlah (Rp)'], ['5.1.01', 'Belanja Pegawai', 3650873740]]))[0];
    expect(alone.tables[0].columns).toEqual({ kode: 0, uraian: 1, pagu: 2 });
    const beside = detectLayouts(grid([['Kode', 'Uraian', 'Pagu', 'Jumlah'], ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000, 1]]))[0];
    expect(beside.tables[0].columns).toEqual({ kode: 0, uraian: 1, pagu: 2 });
  });
});
