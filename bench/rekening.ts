/**
 * Kode rekening belanja (Kepmendagri 050-5889/2021 account codes) that DPA
 * monitoring sheets list under each sub kegiatan: rincian objek groups with
 * their sub rincian objek lines.
 */
export interface RekeningGroup {
  code: string;
  name: string;
  /** [last segment, name] of the sub rincian objek lines. */
  lines: Array<[string, string]>;
  /** Typical size of one line, in Rupiah (order of magnitude). */
  scale: number;
}

export const REKENING: RekeningGroup[] = [
  {
    code: '5.1.01.01.01',
    name: 'Belanja Gaji Pokok ASN',
    lines: [['0001', 'Belanja Gaji Pokok PNS']],
    scale: 1_500_000_000,
  },
  {
    code: '5.1.01.01.02',
    name: 'Belanja Tunjangan Keluarga ASN',
    lines: [['0001', 'Belanja Tunjangan Keluarga PNS']],
    scale: 150_000_000,
  },
  {
    code: '5.1.01.01.03',
    name: 'Belanja Tunjangan Jabatan ASN',
    lines: [['0001', 'Belanja Tunjangan Jabatan PNS']],
    scale: 120_000_000,
  },
  {
    code: '5.1.02.01.01',
    name: 'Belanja Barang Pakai Habis',
    lines: [
      ['0004', 'Belanja Bahan-Bahan Bakar dan Pelumas'],
      ['0024', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Tulis Kantor'],
      ['0025', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Kertas dan Cover'],
      ['0026', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Cetak'],
      ['0027', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Benda Pos'],
      ['0029', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Bahan Komputer'],
      ['0031', 'Belanja Alat/Bahan untuk Kegiatan Kantor-Alat Listrik'],
      ['0052', 'Belanja Makanan dan Minuman Rapat'],
      ['0053', 'Belanja Makanan dan Minuman Jamuan Tamu'],
      ['0055', 'Belanja Makanan dan Minuman Aktivitas Lapangan'],
    ],
    scale: 25_000_000,
  },
  {
    code: '5.1.02.01.02',
    name: 'Belanja Barang Tak Habis Pakai',
    lines: [['0001', 'Belanja Pakaian Dinas Lapangan (PDL)']],
    scale: 30_000_000,
  },
  {
    code: '5.1.02.02.01',
    name: 'Belanja Jasa Kantor',
    lines: [
      ['0003', 'Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia'],
      ['0013', 'Belanja Jasa Tenaga Pelayanan Umum'],
      ['0026', 'Belanja Jasa Tenaga Administrasi'],
      ['0029', 'Belanja Jasa Tenaga Ahli'],
      ['0059', 'Belanja Tagihan Telepon'],
      ['0061', 'Belanja Tagihan Listrik'],
      ['0063', 'Belanja Kawat/Faksimili/Internet/TV Berlangganan'],
    ],
    scale: 40_000_000,
  },
  {
    code: '5.1.02.02.12',
    name: 'Belanja Kursus/Pelatihan, Sosialisasi, Bimbingan Teknis serta Pendidikan dan Pelatihan',
    lines: [
      ['0001', 'Belanja Kursus Singkat/Pelatihan'],
      ['0002', 'Belanja Sosialisasi'],
      ['0003', 'Belanja Bimbingan Teknis'],
    ],
    scale: 35_000_000,
  },
  {
    code: '5.1.02.03.02',
    name: 'Belanja Pemeliharaan Peralatan dan Mesin',
    lines: [
      ['0035', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Dinas Bermotor Perorangan'],
      ['0036', 'Belanja Pemeliharaan Alat Angkutan-Alat Angkutan Darat Bermotor-Kendaraan Bermotor Penumpang'],
      ['0121', 'Belanja Pemeliharaan Alat Kantor dan Rumah Tangga-Alat Kantor-Alat Kantor Lainnya'],
      ['0405', 'Belanja Pemeliharaan Komputer-Komputer Unit-Personal Computer'],
    ],
    scale: 20_000_000,
  },
  {
    code: '5.1.02.04.01',
    name: 'Belanja Perjalanan Dinas Dalam Negeri',
    lines: [
      ['0001', 'Belanja Perjalanan Dinas Biasa'],
      ['0003', 'Belanja Perjalanan Dinas Dalam Kota'],
      ['0004', 'Belanja Perjalanan Dinas Paket Meeting Dalam Kota'],
      ['0005', 'Belanja Perjalanan Dinas Paket Meeting Luar Kota'],
    ],
    scale: 45_000_000,
  },
  {
    code: '5.1.02.05.01',
    name: 'Belanja Barang yang Akan Diserahkan kepada Masyarakat',
    lines: [
      ['0001', 'Belanja Barang yang Akan Diserahkan kepada Masyarakat'],
      ['0002', 'Belanja Barang yang Akan Diserahkan kepada Pihak Ketiga/Pihak Lain'],
    ],
    scale: 150_000_000,
  },
  {
    code: '5.2.02.05.01',
    name: 'Belanja Modal Alat Kantor',
    lines: [
      ['0004', 'Belanja Modal Lemari dan Arsip Pejabat'],
      ['0005', 'Belanja Modal Alat Kantor Lainnya'],
    ],
    scale: 60_000_000,
  },
  {
    code: '5.2.02.10.01',
    name: 'Belanja Modal Komputer Unit',
    lines: [
      ['0002', 'Belanja Modal Personal Computer'],
      ['0003', 'Belanja Modal Komputer Unit Lainnya'],
    ],
    scale: 80_000_000,
  },
];

/** Kecamatan of Kabupaten Mojokerto, to name sub kegiatan repeated per area. */
export const KECAMATAN = [
  'Bangsal', 'Dawarblandong', 'Dlanggu', 'Gedeg', 'Gondang', 'Jatirejo', 'Jetis', 'Kemlagi', 'Kutorejo',
  'Mojoanyar', 'Mojosari', 'Ngoro', 'Pacet', 'Pungging', 'Puri', 'Sooko', 'Trawas', 'Trowulan',
];
