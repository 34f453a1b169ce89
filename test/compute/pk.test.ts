import { computePk, round2 } from '../../src/core/compute';
import { pkSheet, sv, svv } from './builders';

describe('PK figures', () => {
  const sheet = pkSheet([
    { sasaran: 'Terwujudnya Tata Kelola Pemerintahan yang Akuntabel', indikator: 'Nilai SAKIP Perangkat Daerah', target: '80,34', realisasi: '80,34' },
    { indikator: 'Persentase Indikator Program Perangkat Daerah yang tercapai', target: 100, realisasi: '63,46' },
    { sasaran: 'Meningkatnya pelayanan kesejahteraan PMKS', indikator: 'Jumlah PPKS terlantar', target: 10, realisasi: 8, polarity: 'negatif' },
    { indikator: 'Tagana Kabupaten Mojokerto', target: 0, realisasi: 'Refocusing' },
  ]);
  const figs = computePk(sheet);

  it('computes capaian and predikat per indicator', () => {
    expect(figs[0].capaian.ok && round2(figs[0].capaian.value).toFixed(2)).toBe('100.00');
    expect(figs[0].predikat).toBe('Sangat Tinggi');
    expect(figs[1].predikat).toBe('Rendah');
  });

  it('applies the indicator polarity', () => {
    expect(figs[2].capaian.ok && figs[2].capaian.value.toFixed()).toBe('120');
  });

  it('has no predikat where capaian cannot be computed', () => {
    expect(figs[3].capaian).toMatchObject({ ok: false, code: 'target-zero' });
    expect(figs[3].predikat).toBeUndefined();
  });

  it('measures last year and the Renstra target only where the sheet has them', () => {
    expect(figs[0].capaianLalu).toBeUndefined();
    const withHistory = pkSheet([{ indikator: 'Nilai SAKIP Perangkat Daerah', target: 80, realisasi: 80 }]);
    withHistory.indicators[0].realisasiLalu = svv('PK', 3, 8, 64);
    withHistory.indicators[0].targetRenstra = svv('PK', 3, 9, 85);
    const [f] = computePk(withHistory);
    expect(f.kemajuanRenstra?.ok && round2(f.kemajuanRenstra.value).toFixed(2)).toBe('94.12');
    // Last year's realisasi against this year's target would invent a capaian (Mojokerto 2020: 21 / 6 → 350
    // where the LAKIP printed 100): without a stated "Capaian 2020" there is none.
    expect(f.capaianLalu).toMatchObject({ ok: false, code: 'target-missing' });
    withHistory.indicators[0].capaianLalu = sv('PK', 3, 10, 100);
    const [g] = computePk(withHistory);
    expect(g.capaianLalu?.ok && g.capaianLalu.value.toFixed()).toBe('100');
  });
});
