import { detectLayouts, buildModel } from '../../src/sheets';
import { validateAgency } from '../../src/core/validate';
import { mojokertoWorkbook, MOJOKERTO } from '../fixtures/mojokerto';

function findingsOf(wb = mojokertoWorkbook()) {
  const { model } = buildModel(wb, detectLayouts(wb));
  return validateAgency(model);
}

describe('text copied from another agency', () => {
  it('names "Dinas Pertanian" in the Dinas Sosial budget tree (Mojokerto LAKIP 2021)', () => {
    const found = findingsOf();
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'text/other-agency', severity: 'warning', sheet: MOJOKERTO.dpaSheet, cell: 'D20' });
    expect(found[0].message).toContain('"Dinas Pertanian"');
  });

  it('does not take "mobil dinas" or "perjalanan dinas" for an agency, nor the agency itself', () => {
    const wb = mojokertoWorkbook();
    const dpa = wb.sheets.find((s) => s.name === MOJOKERTO.dpaSheet)!;
    dpa.rows[19]![3] = { t: 's', v: 'Penyediaan BBM Kepala Dinas Sosial dan ganti oli mobil dinas, perjalanan dinas' };
    expect(findingsOf(wb)).toEqual([]);
  });
});
