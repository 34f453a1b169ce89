import { computeDpa, computeDpaSheet, round2 } from '../../src/core/compute';
import { dpaSheet } from './builders';
import { PENUNJANG, PROGRAMS, REHABILITASI } from './mojokerto';

const money = (f: { value: { toFixed(): string } } | undefined) => f?.value.toFixed();

describe('DPA rollups', () => {
  it('sums the sub kegiatan into their kegiatan (Mojokerto Rehabilitasi kegiatan 1: 125.000.000 / 41.486.800 → 33,19)', () => {
    const sheet = dpaSheet(REHABILITASI.map((r, i) => (i === 0 ? { ...r, pagu: undefined, realisasi: undefined } : r)));
    const [keg] = computeDpa(sheet);
    expect(keg.pagu).toMatchObject({ source: 'children' });
    expect(money(keg.pagu)).toBe('125000000');
    expect(money(keg.realisasi)).toBe('41486800');
    expect(keg.sisa?.toFixed()).toBe('83513200');
    expect(round2(keg.persen!).toFixed(2)).toBe('33.19');
  });

  it('keeps the published program pagu when its listed kegiatan add up to less (Program Penunjang 8.054.019.520 vs 7.484.519.520)', () => {
    // The table lost a kegiatan: the stated total is the one the PK and the Jumlah agree with; validate names the gap.
    const [program] = computeDpa(dpaSheet(PENUNJANG));
    expect(program.pagu).toEqual({ value: expect.anything(), source: 'stated' });
    expect(money(program.pagu)).toBe('8054019520');
  });

  it('recomputes a stated parent from its kegiatan when asked to (fill --overwrite)', () => {
    const { rows } = computeDpaSheet(dpaSheet(PENUNJANG), { recompute: true });
    expect(rows[0].pagu).toEqual({ value: expect.anything(), source: 'children' });
    expect(money(rows[0].pagu)).toBe('7484519520');
  });

  it('rolls the programs into the Jumlah row (13.174.839.520 / 9.268.118.489 → 70,35)', () => {
    const { total } = computeDpaSheet(dpaSheet(PROGRAMS, { total: { pagu: '13.174.839.520', realisasi: '9.268.118.489' } }));
    expect(money(total?.pagu)).toBe('13174839520');
    expect(total?.pagu?.source).toBe('stated');
    expect(money(total?.realisasi)).toBe('9268118489');
    expect(round2(total!.persen!).toFixed(2)).toBe('70.35');
    const blank = computeDpaSheet(dpaSheet(PROGRAMS, { total: {} })).total;
    expect(blank?.pagu?.source).toBe('children');
    expect(money(blank?.pagu)).toBe('13174839520');
  });

  it('keeps the stated value of a parent whose children carry no values', () => {
    const sheet = dpaSheet([
      { code: '1.06.02', uraian: 'Program Pemberdayaan Sosial', pagu: '2.300.170.000' },
      { code: '1.06.02.2.01', uraian: 'Pengembangan Potensi Sumber Kesejahteraan Sosial Daerah Kabupaten/Kota' },
    ]);
    expect(computeDpa(sheet)[0].pagu).toMatchObject({ source: 'stated' });
    expect(money(computeDpa(sheet)[0].pagu)).toBe('2300170000');
  });

  it('does not guess a sum over an unreadable child: the parent keeps its stated value', () => {
    const sheet = dpaSheet([
      { code: '1.06.04.2.01', uraian: 'Rehabilitasi Sosial Dasar', pagu: '125.000.000' },
      { code: '1.06.04.2.01.0003', uraian: 'Penyediaan Alat Bantu', pagu: '?848.146..988,00' },
      { code: '1.06.04.2.01.0011', uraian: 'Pemberian Pelayanan Penelusuran Keluarga', pagu: '50.000.000' },
    ]);
    const figs = computeDpa(sheet);
    expect(figs[0].pagu).toMatchObject({ source: 'stated' });
    expect(figs[1].pagu).toBeUndefined();
  });

  it('sums rekening rows into their sub kegiatan', () => {
    const sheet = dpaSheet([
      { code: '1.06.01.2.06.0009', uraian: 'Fasilitasi Kunjungan Tamu' },
      { code: '5.1.02.01.01.0052', uraian: 'Belanja Makanan dan Minuman Rapat', pagu: '40.000.000' },
      { code: '5.1.02.01.01.0053', uraian: 'Belanja Makanan dan Minuman Jamuan Tamu', pagu: '14.000.000' },
    ]);
    expect(computeDpa(sheet)[0].pagu).toMatchObject({ source: 'children' });
    expect(money(computeDpa(sheet)[0].pagu)).toBe('54000000');
  });
});

describe('DPA realisasi from quarters', () => {
  const sub = { code: '1.06.01.2.06.0005', uraian: 'Penyediaan Peralatan dan Perlengkapan Kantor', pagu: '211.500.000' };

  it('is the sum of TW I..IV when the realisasi cell is empty', () => {
    const [row] = computeDpa(dpaSheet([{ ...sub, tw: ['50.000.000', '50.092.500', '60.000.000', '40.000.000'] }]));
    expect(row.realisasi).toMatchObject({ source: 'tw' });
    expect(money(row.realisasi)).toBe('200092500');
    expect(round2(row.persen!).toFixed(2)).toBe('94.61');
  });

  it('counts an empty quarter as nothing spent', () => {
    const [row] = computeDpa(dpaSheet([{ ...sub, tw: ['50.000.000', undefined, '10.000.000'] }]));
    expect(money(row.realisasi)).toBe('60000000');
  });

  it('keeps a stated realisasi even when the quarters disagree (the validator reports it)', () => {
    const [row] = computeDpa(dpaSheet([{ ...sub, realisasi: '200.092.500', tw: ['1', '2', '3', '4'] }]));
    expect(row.realisasi).toMatchObject({ source: 'stated' });
    expect(money(row.realisasi)).toBe('200092500');
  });

  it('uses the cumulative s.d. TW as realisasi and never adds it to quarters', () => {
    const [row] = computeDpa(dpaSheet([{ ...sub, sdTw: '200.092.500' }]));
    expect(money(row.realisasi)).toBe('200092500');
    expect(row.realisasi?.source).toBe('tw');
  });

  it('keeps a stated parent value when only some children carry one (a value lost from the table)', () => {
    // Mojokerto: Perencanaan 163.500.000, but only one of its three sub kegiatan kept its pagu.
    const sheet = dpaSheet([
      { code: '1.06.01.2.01', uraian: 'Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah', pagu: '163.500.000' },
      { code: '1.06.01.2.01.0001', uraian: 'Penyusunan Dokumen Perencanaan Perangkat Daerah', pagu: '13.500.000' },
      { code: '1.06.01.2.01.0006', uraian: 'Koordinasi dan Penyusunan Laporan Capaian Kinerja dan Ikhtisar Realisasi Kinerja SKPD' },
      { code: '1.06.01.2.01.0007', uraian: 'Evaluasi Kinerja Perangkat Daerah' },
    ]);
    expect(computeDpa(sheet)[0].pagu).toMatchObject({ source: 'stated' });
    expect(money(computeDpa(sheet)[0].pagu)).toBe('163500000');
    const blank = { ...sheet, rows: sheet.rows.map((r, i) => (i === 0 ? { ...r, pagu: undefined } : r)) };
    expect(computeDpa(blank)[0].pagu).toMatchObject({ source: 'children' });
    expect(money(computeDpa(blank)[0].pagu)).toBe('13500000');
  });

  it('rolls each quarter up to the parent', () => {
    const sheet = dpaSheet([
      { code: '1.06.01.2.06', uraian: 'Administrasi Umum Perangkat Daerah' },
      { ...sub, tw: [10, 20, 30, 40] },
      { code: '1.06.01.2.06.0009', uraian: 'Fasilitasi Kunjungan Tamu', pagu: '54.000.000', tw: [1, 2, 3, 4] },
    ]);
    const [keg] = computeDpa(sheet);
    expect(keg.tw.map((f) => f?.value.toFixed())).toEqual(['11', '22', '33', '44']);
    expect(keg.tw[0]?.source).toBe('children');
    expect(money(keg.realisasi)).toBe('110');
    expect(money(keg.pagu)).toBe('265500000');
  });
});

describe('DPA percent and sisa', () => {
  it('leaves persen undefined when pagu is 0 or missing', () => {
    const figs = computeDpa(
      dpaSheet([
        { code: '1.06.06.2.02', uraian: 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', pagu: 0, realisasi: 0 },
        { code: '1.06.06.2.01', uraian: 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', realisasi: '97.181.700' },
      ]),
    );
    expect(figs[0].persen).toBeUndefined();
    expect(figs[0].sisa?.toFixed()).toBe('0');
    expect(figs[1].persen).toBeUndefined();
    expect(figs[1].sisa).toBeUndefined();
  });

  it('computes the capaian kinerja of a row carrying an indicator', () => {
    const [row] = computeDpa(
      dpaSheet([{ code: '1.06.02.2.01.0001', uraian: 'Peningkatan Kemampuan Potensi Pekerja Sosial Masyarakat', target: 60, realisasiKinerja: 60 }]),
    );
    expect(row.capaianKinerja?.ok && row.capaianKinerja.value.toFixed()).toBe('100');
  });

  it('has no capaian kinerja for a row without indicator values', () => {
    expect(computeDpa(dpaSheet(PROGRAMS))[0].capaianKinerja).toBeUndefined();
  });
});
