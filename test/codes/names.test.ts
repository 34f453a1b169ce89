import { inferLevelFromText, namesMatch } from '../../src/core/codes';

describe('namesMatch compares names as the LAKIP and the nomenclature write them', () => {
  it('ignores a comma before "dan" (seed "Penganggaran dan" vs list "Penganggaran, dan")', () => {
    expect(namesMatch('Perencanaan, Penganggaran dan Evaluasi Kinerja Perangkat Daerah', 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah')).toBe(true);
  });

  it('ignores Program / Kegiatan / Sub Kegiatan prefixes, numbering, case and spacing', () => {
    expect(namesMatch('2 PROGRAM PEMBERDAYAAN SOSIAL', 'Program Pemberdayaan Sosial')).toBe(true);
    expect(namesMatch('1. Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota', 'Kegiatan Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota')).toBe(true);
    expect(namesMatch('Sub. Kegiatan Penyediaan  Makanan', 'penyediaan makanan')).toBe(true);
    expect(namesMatch('Sub Kegiatan: Penyediaan Makanan', 'a.1. Penyediaan Makanan')).toBe(true);
    expect(namesMatch('- Penyediaan Makanan', 'Penyediaan Makanan.')).toBe(true);
  });

  it('reads "&" as "dan" and "Kab/Kota" as "Kabupaten/Kota"', () => {
    expect(namesMatch('Pembangunan Sarana & Prasarana', 'Pembangunan Sarana dan Prasarana')).toBe(true);
    expect(namesMatch('Perlindungan Sosial Korban Bencana Alam dan Sosial Kab/Kota', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota')).toBe(true);
  });

  it('treats the two names of the kab/kota penunjang program as one', () => {
    expect(namesMatch('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH')).toBe(true);
    expect(namesMatch('Program Penunjang Urusan Pemerintahan Daerah Kab/Kota', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH')).toBe(true);
    expect(namesMatch('PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH PROVINSI', 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH')).toBe(false);
  });

  it('still tells different names apart: typos, shortened names, another agency\'s row', () => {
    expect(namesMatch('Penyelenggaran Rapat Koordinasi dan Konsultasi SKPD', 'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD')).toBe(false);
    expect(namesMatch('Pengelolaan Data Fakir Miskin', 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota')).toBe(false);
    expect(namesMatch('', '')).toBe(false);
  });
});

describe('inferLevelFromText', () => {
  it.each([
    ['PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA', 'program'],
    ['2 PROGRAM PEMBERDAYAAN SOSIAL', 'program'],
    ['Program Rehabilitasi Sosial', 'program'],
    ['Kegiatan Administrasi Keuangan Perangkat Daerah', 'kegiatan'],
    ['Sub Kegiatan Penyediaan Makanan', 'subkegiatan'],
    ['Sub. Kegiatan Penyediaan Makanan', 'subkegiatan'],
    ['1. Sub Kegiatan Penyediaan Gaji dan Tunjangan ASN', 'subkegiatan'],
    ['Belanja Pegawai', 'rekening'],
    ['URUSAN PEMERINTAHAN BIDANG SOSIAL', 'bidang'],
  ])('%s → %s', (text, level) => {
    expect(inferLevelFromText(text)).toBe(level);
  });

  it('says nothing for a name without a level word', () => {
    expect(inferLevelFromText('Penyediaan Makanan')).toBeUndefined();
    expect(inferLevelFromText('Programmer')).toBeUndefined();
    expect(inferLevelFromText('')).toBeUndefined();
  });
});
