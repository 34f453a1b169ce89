import { makeContext } from '../../src/core/report/context';
import { linkBudgets } from '../../src/core/report/links';
import { dpaSheet, model, MOJOKERTO_PROGRAMS, pkSheet, PROGRAM_ROWS } from './builders';

function links(m: ReturnType<typeof model>) {
  return linkBudgets(makeContext(m, { tahun: 2021 }));
}

describe('linking PK programs to sasaran and indicators', () => {
  it('follows the DPA outcome indicator of each program when the PK has no Sasaran column', () => {
    const l = links(model(pkSheet(), dpaSheet(PROGRAM_ROWS)));
    const s1 = l.sasaran[0];
    expect(s1.mode).toBe('per-indikator');
    expect([0, 1, 2, 3].map((i) => s1.byIndicator.get(i)!.program.name)).toEqual([
      'Program Pemberdayaan Sosial',
      'Program Rehabilitasi Sosial',
      'Program Perlindungan dan Jaminan Sosial',
      'Program Penanganan Bencana',
    ]);
    expect(l.sasaran[1].programs.map((b) => b.basis)).toEqual(['indikator-dpa']);
    expect(l.total.toString()).toBe('13174839520');
  });

  it('trusts a Sasaran column over the DPA outcome indicator', () => {
    const programs = MOJOKERTO_PROGRAMS.map((p) => ({ ...p, sasaranNo: 2, sasaranSource: 'column' as const }));
    const l = links(model(pkSheet({ programs }), dpaSheet(PROGRAM_ROWS)));
    expect(l.sasaran[0].programs).toHaveLength(0);
    expect(l.sasaran[1].programs).toHaveLength(5);
    expect(l.sasaran[1].mode).toBe('per-sasaran');
    expect(l.sasaran[1].pagu!.toString()).toBe('13174839520');
  });

  it('sums per sasaran when only some programs name their indicator', () => {
    // Rehabilitasi Sosial's outcome indicator is not written in the DPA: order and indicator would disagree.
    const rows = PROGRAM_ROWS.map((r) => (r.code === '1.06.04' ? { ...r, indikator: 'Tersedianya alat bantu' } : r));
    const programs = MOJOKERTO_PROGRAMS.map((p, i) => ({ ...p, sasaranNo: i === 0 ? 2 : 1 }));
    const l = links(model(pkSheet({ programs }), dpaSheet(rows)));
    expect(l.sasaran[0].mode).toBe('per-sasaran');
    // 2.300.170.000 + 1.370.650.000 + 1.325.000.000 + 125.000.000
    expect(l.sasaran[0].pagu!.toString()).toBe('5120820000');
    expect(l.sasaran[0].realisasi!.toString()).toBe('4156925375');
  });

  it('takes the DPA pagu over the PK figure when the program is found in the DPA by code or name', () => {
    const rows = PROGRAM_ROWS.map((r) => (r.code === '1.06.06' ? { ...r, pagu: 225000000 } : r));
    const l = links(model(pkSheet(), dpaSheet(rows)));
    const bencana = l.sasaran[0].byIndicator.get(3)!;
    expect(bencana.source).toBe('dpa');
    expect(bencana.pagu!.toString()).toBe('225000000');
  });
});
