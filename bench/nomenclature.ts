/**
 * Real nomenclature rows the generator builds its DPA tree from: the
 * kabupaten/kota programs, kegiatan and sub kegiatan of urusan 1.06 (Sosial)
 * and the penunjang program X.XX.01 written with bidang 1.06, copied from
 * src/core/codes/nomenclature-data.ts (Permendagri 90/2019 as updated by
 * Kepmendagri 050-3708/2020). Copied, not imported, so that the generated
 * workbooks stay the same when the nomenclature table grows.
 */

export interface KegiatanEntry {
  /** Canonical kegiatan code, e.g. '1.06.04.2.01'. */
  code: string;
  name: string;
  /** Official sub kegiatan names, numbered 0001, 0002, … in this order. */
  subs: string[];
}

export const PROGRAMS: Record<string, string> = {
  '1.06.01': 'PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA',
  '1.06.02': 'PROGRAM PEMBERDAYAAN SOSIAL',
  '1.06.03': 'PROGRAM PENANGANAN WARGA NEGARA MIGRAN KORBAN TINDAK KEKERASAN',
  '1.06.04': 'PROGRAM REHABILITASI SOSIAL',
  '1.06.05': 'PROGRAM PERLINDUNGAN DAN JAMINAN SOSIAL',
  '1.06.06': 'PROGRAM PENANGANAN BENCANA',
  '1.06.07': 'PROGRAM PENGELOLAAN TAMAN MAKAM PAHLAWAN',
};

export const KEGIATAN: KegiatanEntry[] = [
  {
    code: '1.06.01.2.01',
    name: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah',
    subs: [
      'Penyusunan Dokumen Perencanaan Perangkat Daerah',
      'Koordinasi dan Penyusunan Dokumen RKA-SKPD',
      'Koordinasi dan Penyusunan Dokumen Perubahan RKA-SKPD',
      'Koordinasi dan Penyusunan DPA-SKPD',
      'Koordinasi dan Penyusunan Perubahan DPA- SKPD',
      'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD',
      'Evaluasi Kinerja Perangkat Daerah',
    ],
  },
  {
    code: '1.06.01.2.02',
    name: 'Administrasi Keuangan Perangkat Daerah',
    subs: [
      'Penyediaan Gaji dan Tunjangan ASN',
      'Penyediaan Administrasi Pelaksanaan Tugas ASN',
      'Pelaksanaan Penatausahaan dan Pengujian/Verifikasi Keuangan SKPD',
      'Koordinasi dan Pelaksanaan Akuntansi SKPD',
      'Koordinasi dan Penyusunan Laporan Keuangan Akhir Tahun SKPD',
      'Pengelolaan dan Penyiapan Bahan Tanggapan Pemeriksaan',
      'Koordinasi dan Penyusunan Laporan Keuangan Bulanan/Triwulanan/Semesteran SKPD',
      'Penyusunan Pelaporan dan Analisis Prognosis Realisasi Anggaran',
    ],
  },
  {
    code: '1.06.01.2.03',
    name: 'Administrasi Barang Milik Daerah pada Perangkat Daerah',
    subs: [
      'Penyusunan Perencanaan Kebutuhan Barang Milik Daerah SKPD',
      'Pengamanan Barang Milik Daerah SKPD',
      'Koordinasi dan Penilaian Barang Milik Daerah SKPD',
      'Pembinaan, Pengawasan, dan Pengendalian Barang Milik Daerah pada SKPD',
      'Rekonsiliasi dan Penyusunan Laporan Barang Milik Daerah pada SKPD',
      'Penatausahaan Barang Milik Daerah pada SKPD',
      'Pemanfaatan Barang Milik Daerah SKPD',
    ],
  },
  {
    code: '1.06.01.2.05',
    name: 'Administrasi Kepegawaian Perangkat Daerah',
    subs: [
      'Peningkatan Sarana dan Prasarana Disiplin Pegawai',
      'Pengadaan Pakaian Dinas Beserta Atribut Kelengkapannya',
      'Pendataan dan Pengolahan Administrasi Kepegawaian',
      'Koordinasi dan Pelaksanaan Sistem Informasi Kepegawaian',
      'Monitoring, Evaluasi, dan Penilaian Kinerja Pegawai',
      'Pemulangan Pegawai yang Pensiun',
      'Pemulangan Pegawai yang Meninggal dalam Melaksanakan Tugas',
      'Pemindahan Tugas ASN',
      'Pendidikan dan Pelatihan Pegawai Berdasarkan Tugas dan Fungsi',
      'Sosialisasi Peraturan Perundang-Undangan',
      'Bimbingan Teknis Implementasi Peraturan Perundang-Undangan',
    ],
  },
  {
    code: '1.06.01.2.06',
    name: 'Administrasi Umum Perangkat Daerah',
    subs: [
      'Penyediaan Komponen Instalasi Listrik/Penerangan Bangunan Kantor',
      'Penyediaan Peralatan dan Perlengkapan Kantor',
      'Penyediaan Peralatan Rumah Tangga',
      'Penyediaan Bahan Logistik Kantor',
      'Penyediaan Barang Cetakan dan Penggandaan',
      'Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan',
      'Penyediaan Bahan/Material',
      'Fasilitasi Kunjungan Tamu',
      'Penyelenggaraan Rapat Koordinasi dan Konsultasi SKPD',
      'Penatausahaan Arsip Dinamis pada SKPD',
      'Dukungan Pelaksanaan Sistem Pemerintahan Berbasis Elektronik pada SKPD',
    ],
  },
  {
    code: '1.06.01.2.07',
    name: 'Pengadaan Barang Milik Daerah Penunjang Urusan Pemerintah Daerah',
    subs: [
      'Pengadaan Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
      'Pengadaan Kendaraan Dinas Operasional atau Lapangan',
      'Pengadaan Alat Besar',
      'Pengadaan Alat Angkutan Darat Tak Bermotor',
      'Pengadaan Mebel',
      'Pengadaan Peralatan dan Mesin Lainnya',
      'Pengadaan Aset Tetap Lainnya',
      'Pengadaan Aset Tak Berwujud',
      'Pengadaan Gedung Kantor atau Bangunan Lainnya',
      'Pengadaan Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya',
      'Pengadaan Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya',
    ],
  },
  {
    code: '1.06.01.2.08',
    name: 'Penyediaan Jasa Penunjang Urusan Pemerintahan Daerah',
    subs: [
      'Penyediaan Jasa Surat Menyurat',
      'Penyediaan Jasa Komunikasi, Sumber Daya Air dan Listrik',
      'Penyediaan Jasa Peralatan dan Perlengkapan Kantor',
      'Penyediaan Jasa Pelayanan Umum Kantor',
    ],
  },
  {
    code: '1.06.01.2.09',
    name: 'Pemeliharaan Barang Milik Daerah Penunjang Urusan Pemerintahan Daerah',
    subs: [
      'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, dan Pajak Kendaraan Perorangan Dinas atau Kendaraan Dinas Jabatan',
      'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan, Pajak dan Perizinan Kendaraan Dinas Operasional atau Lapangan',
      'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Besar',
      'Penyediaan Jasa Pemeliharaan, Biaya Pemeliharaan dan Perizinan Alat Angkutan Darat Tak Bermotor',
      'Pemeliharaan Mebel',
      'Pemeliharaan Peralatan dan Mesin Lainnya',
      'Pemeliharaan Aset Tetap Lainnya',
      'Pemeliharaan Aset Tak Berwujud',
      'Pemeliharaan/Rehabilitasi Gedung Kantor dan Bangunan Lainnya',
      'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Gedung Kantor atau Bangunan Lainnya',
      'Pemeliharaan/Rehabilitasi Sarana dan Prasarana Pendukung Gedung Kantor atau Bangunan Lainnya',
      'Pemeliharaan/Rehabilitasi Tanah',
    ],
  },
  {
    code: '1.06.02.2.01',
    name: 'Pemberdayaan Sosial Komunitas Adat Terpencil (KAT)',
    subs: [
      'Fasilitasi Pemberdayaan Sosial KAT',
      'Peningkatan Kapasitas dan Pendampingan KAT',
    ],
  },
  {
    code: '1.06.02.2.02',
    name: 'Pengumpulan Sumbangan dalam Daerah Kabupaten/Kota',
    subs: [
      'Koordinasi dan Sinkronisasi Penerbitan Izin Undian Gratis Berhadiah dan Pengumpulan Uang atau Barang',
    ],
  },
  {
    code: '1.06.02.2.03',
    name: 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota',
    subs: [
      'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat Kewenangan Kabupaten/Kota',
      'Peningkatan Kemampuan Potensi Tenaga Kesejahteraan Sosial Kecamatan Kewenangan Kabupaten/Kota',
      'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Keluarga Kewenangan Kabupaten/Kota',
      'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat Kewenangan Kabupaten/Kota',
      'Peningkatan Kemampuan Sumber Daya Manusia dan Penguatan Lembaga Konsultasi Kesejahteraan Keluarga (LK3)',
    ],
  },
  {
    code: '1.06.03.2.01',
    name: 'Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal',
    subs: [
      'Fasilitasi Pemulangan Warga Negara Migran Korban Tindak Kekerasan dari Titik Debarkasi di Daerah Kabupaten/Kota untuk dipulangkan ke Desa/Kelurahan Asal',
    ],
  },
  {
    code: '1.06.04.2.01',
    name: 'Rehabilitasi Sosial Dasar Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, serta Gelandangan Pengemis di Luar Panti Sosial',
    subs: [
      'Penyediaan Permakanan',
      'Penyediaan Sandang',
      'Penyediaan Alat Bantu',
      'Pemberian Pelayanan Reunifikasi Keluarga',
      'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
      'Pemberian Bimbingan Sosial Kepada Keluarga Penyandang Disabilitas Terlantar, Anak Terlantar, Lanjut Usia Terlantar, Serta Gelandangan Pengemis dan Masyarakat',
      'Fasilitasi Pembuatan Nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan Kartu Identitas Anak',
      'Pemberian Akses Ke Layanan Pendidikan dan Kesehatan Dasar',
      'Pemberian Layanan Data dan Pengaduan',
      'Pemberian Layanan Kedaruratan',
      'Pemberian Pelayanan Penelusuran Keluarga',
      'Pemberian Layanan Rujukan',
    ],
  },
  {
    code: '1.06.04.2.02',
    name: 'Rehabilitasi Sosial Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/Aids dan Napza di Luar Panti Sosial',
    subs: [
      'Pemberian Layanan Data dan Pengaduan',
      'Pemberian Layanan Kedaruratan',
      'Penyediaan Permakanan',
      'Penyediaan Sandang',
      'Penyediaan Alat Bantu',
      'Penyediaan Perbekalan Kesehatan Di Luar Panti',
      'Pemberian Bimbingan Fisik, Mental, Spiritual, dan Sosial',
      'Pemberian Bimbingan Sosial kepada Keluarga Penyandang Masalah Kesejahteraan Sosial (PMKS) Lainnya Bukan Korban HIV/AIDS dan NAPZA',
      'Fasilitasi Pembuatan Nomor Induk Kependudukan, Akta Kelahiran, Surat Nikah, dan Kartu Identitas Anak',
      'Pemberian Akses ke Layanan Pendidikan dan Kesehatan Dasar',
      'Pemberian Pelayanan Penelusuran Keluarga',
      'Pemberian Pelayanan Reunifikasi Keluarga',
      'Pemberian Layanan Rujukan',
      'Kerjasama Antar Lembaga dan Kemitraan dalam Pelaksanaan Rehabilitasi Sosial Kabupaten/Kota',
    ],
  },
  {
    code: '1.06.05.2.01',
    name: 'Pemeliharaan Anak-Anak Terlantar',
    subs: [
      'Penjangkauan Anak-Anak Terlantar',
      'Rujukan Anak-Anak Terlantar',
      'Pemantauan Terhadap Pelaksanaan Pemeliharaan Anak Terlantar',
    ],
  },
  {
    code: '1.06.05.2.02',
    name: 'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
    subs: [
      'Pendataan Fakir Miskin Cakupan Daerah Kabupaten/Kota',
      'Pengelolaan Data Fakir Miskin Cakupan Daerah Kabupaten/Kota',
      'Fasilitasi Bantuan Sosial Kesejahteraan Keluarga',
      'Fasilitasi Bantuan Pengembangan Ekonomi Masyarakat',
    ],
  },
  {
    code: '1.06.06.2.01',
    name: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota',
    subs: [
      'Penyediaan Makanan',
      'Penyediaan Sandang',
      'Penyediaan Tempat Penampungan Pengungsi',
      'Penanganan Khusus Bagi Kelompok Rentan',
      'Pelayanan Dukungan Psikososial',
    ],
  },
  {
    code: '1.06.06.2.02',
    name: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota',
    subs: [
      'Koordinasi, Sosialisasi dan Pelaksanaan Kampung Siaga Bencana',
      'Koordinasi, Sosialisasi dan Pelaksanaan Taruna Siaga Bencana',
    ],
  },
  {
    code: '1.06.07.2.01',
    name: 'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
    subs: [
      'Rehabilitasi Sarana Dan Prasarana Taman Makam Pahlawan Nasional Kabupaten/Kota',
      'Pemeliharaan Taman Makam Pahlawan Nasional Kabupaten/Kota',
      'Pengamanan Taman Makam Pahlawan Nasional Kabupaten/Kota',
    ],
  },
];
