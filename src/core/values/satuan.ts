/**
 * What a satuan (unit) says about how a number is meant. Only used to settle
 * "1.485"-like text, which reads 1485 when the satuan counts whole things.
 */

export type SatuanKind = 'count' | 'percent' | 'index' | 'money' | 'other';

/**
 * Satuan that count whole things (people, documents, places, months...).
 * Matched case-insensitively on the first word of each unit, exact or as an
 * abbreviation ("Dok." → dokumen, "Kec." → kecamatan).
 */
const COUNT_WORDS = [
  // people and households
  'orang', 'org', 'jiwa', 'kk', 'keluarga', 'kpm', 'rtm', 'rumah', 'rt', 'rw', 'anak', 'lansia', 'balita', 'bayi',
  'siswa', 'murid', 'mahasiswa', 'peserta', 'pegawai', 'asn', 'pns', 'penerima', 'klien', 'pasien', 'korban',
  'relawan', 'tagana', 'psm', 'tksk', 'pendamping', 'petugas', 'operator', 'kader', 'penyandang', 'ppks', 'pmks',
  'psks', 'psk', 'anjal', 'pemulung', 'wrse', 'gepeng', 'odgj', 'disabilitas', 'difabel', 'penduduk', 'warga',
  'pelaku', 'pengusaha', 'nelayan', 'petani', 'guru', 'tenaga', 'personil', 'personel', 'atlet', 'pemuda',
  // organisations and groups
  'lembaga', 'kube', 'lksa', 'lks', 'katar', 'kw', 'kelompok', 'organisasi', 'yayasan', 'panti', 'koperasi',
  'umkm', 'ukm', 'usaha', 'perusahaan', 'opd', 'skpd', 'instansi', 'satker', 'bidang', 'seksi', 'unit',
  'sekolah', 'puskesmas', 'posyandu', 'pasar', 'tim', 'forum', 'komunitas', 'mitra',
  // places
  'desa', 'kelurahan', 'kel', 'kecamatan', 'kec', 'kabupaten', 'kab', 'kota', 'provinsi', 'prov', 'lokasi',
  'titik', 'wilayah', 'kawasan', 'ruang', 'ruangan', 'gedung', 'bangunan', 'kantor', 'tempat', 'pos', 'shelter',
  // things and documents
  'dokumen', 'dok', 'laporan', 'lap', 'buku', 'naskah', 'surat', 'sk', 'perda', 'perbup', 'perwali', 'regulasi',
  'kebijakan', 'rekomendasi', 'izin', 'ijin', 'sertifikat', 'berkas', 'judul', 'eksemplar', 'exemplar', 'lembar',
  'set', 'buah', 'bh', 'paket', 'pkt', 'item', 'jenis', 'macam', 'kendaraan', 'armada', 'alat', 'aplikasi',
  'sistem', 'data', 'database', 'kasus', 'perkara', 'aduan', 'pengaduan', 'ekor', 'pohon', 'bibit', 'kartu',
  'kegiatan', 'keg', 'program', 'sub', 'event', 'acara', 'sesi', 'angkatan', 'kali', 'frekuensi', 'rapat',
  'produk', 'inovasi', 'karya', 'publikasi', 'berita', 'konten', 'sarana', 'prasarana', 'bantuan', 'stok',
  'porsi', 'box', 'kotak', 'karung', 'sak', 'pcs', 'potong', 'stel', 'pasang',
  // time counted in whole units
  'bulan', 'bln', 'tahun', 'thn', 'th', 'hari', 'minggu', 'pekan', 'triwulan', 'tw', 'semester', 'jam', 'periode',
];

const PERCENT_WORDS = ['%', 'persen', 'persentase', 'prosentase', 'pct'];
const INDEX_WORDS = ['indeks', 'index', 'nilai', 'skor', 'score', 'poin', 'point', 'predikat', 'angka', 'rasio'];
const MONEY_WORDS = ['rp', 'rupiah', 'idr'];

const COUNT_SET = new Set(COUNT_WORDS);

function firstWord(unit: string): string {
  const t = unit.trim().toLowerCase();
  if (t.startsWith('%')) return '%';
  const m = /[a-z]+/.exec(t);
  return m ? m[0] : '';
}

function isCountWord(w: string): boolean {
  if (COUNT_SET.has(w)) return true;
  // An abbreviation of a count word ("dok" of dokumen, "kec" of kecamatan).
  if (w.length >= 3) {
    for (const c of COUNT_WORDS) if (c.length > w.length && c.startsWith(w)) return true;
  }
  return false;
}

function kindOfOne(unit: string): SatuanKind {
  const w = firstWord(unit);
  if (!w) return 'other';
  if (PERCENT_WORDS.includes(w)) return 'percent';
  if (MONEY_WORDS.includes(w)) return 'money';
  if (INDEX_WORDS.includes(w)) return 'index';
  if (isCountWord(w)) return 'count';
  return 'other';
}

/**
 * Classifies a satuan. A list ("Orang, KW, LKSA" or "Desa / Kec.") counts
 * whole things only when every unit in it does.
 */
export function satuanKind(satuan: string | undefined): SatuanKind {
  if (!satuan || !satuan.trim()) return 'other';
  const units = satuan
    .split(/[,;/\n]|\s+dan\s+/i)
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
  if (units.length === 0) return 'other';
  const kinds = units.map(kindOfOne);
  const first = kinds[0];
  return kinds.every((k) => k === first) ? first : 'other';
}

/** Splits a list satuan into its units ("Orang, KW, Kec." → 3 units). */
export function splitSatuan(satuan: string | undefined): string[] {
  if (!satuan) return [];
  return satuan
    .split(/,\s*|\s*\/\s*|\s*;\s*|\n/)
    .map((u) => u.trim())
    .filter((u) => u.length > 0);
}
