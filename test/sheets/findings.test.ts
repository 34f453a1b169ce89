import { analyse, grid, merge, num } from './helpers';

const S1 = 'Meningkatnya pelayanan kesejahteraan PMKS';

describe('buildModel: findings on values', () => {
  it('reports a Target+Realisasi merged cell and does not read its value twice', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian'],
          [S1, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %', null, null],
        ],
        { merges: [merge(1, 2, 1, 3)] },
      ),
    );
    const ind = model.pk[0].indicators[0];
    expect(num(ind.target)).toBe('90');
    expect(ind.realisasi).toBeUndefined();
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'value/merged', severity: 'error', sheet: 'Lembar1', cell: 'C2', actual: '90 %' }),
    ]);
    expect(findings[0].message).toMatch(/C2:D2.*Realisasi kinerja/);
  });

  it('reports a pagu merged down over two sub kegiatan once, read on the first row only', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['Kode', 'Uraian', 'Pagu'],
          ['1.06.06.2.01.0001', 'Penyediaan Makanan', 125000000],
          ['1.06.06.2.01.0003', 'Penyediaan Tempat Penampungan Pengungsi', null],
        ],
        { merges: [merge(1, 2, 2, 2)] },
      ),
    );
    expect(num(model.dpa[0].rows[0].pagu)).toBe('125000000');
    expect(model.dpa[0].rows[1].pagu).toBeUndefined();
    expect(findings).toEqual([expect.objectContaining({ rule: 'value/merged', severity: 'warning', cell: 'C2' })]);
  });

  it('reads hidden rows inside a table and says which, once per sheet', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['Kode', 'Uraian', 'Pagu'],
          ['1.06.06', 'Program Penanganan Bencana', 125000000],
          ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000],
          ['1.06.06.2.01.0001', 'Penyediaan Makanan', 75000000],
          ['1.06.06.2.01.0003', 'Penyediaan Tempat Penampungan Pengungsi', 50000000],
          ['Jumlah', null, 125000000],
        ],
        { hiddenRows: [2, 3, 4, 20] },
      ),
    );
    expect(model.dpa[0].rows).toHaveLength(4);
    const hidden = findings.filter((f) => f.rule === 'value/hidden');
    expect(hidden).toHaveLength(1);
    expect(hidden[0]).toMatchObject({ severity: 'info', cell: 'B3' });
    expect(hidden[0].message).toContain('baris 3-5');
  });

  it('reports a typo it cannot read, with the cell and the text found', () => {
    const { model, findings } = analyse(
      grid([
        ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
        ['1.06.02.2.03.0004', 'Peningkatan Kemampuan Potensi Sumber Kesejahteraan Sosial Kelembagaan Masyarakat', '2.098.170.000', '848.146..988,00'],
      ]),
    );
    expect(num(model.dpa[0].rows[0].pagu)).toBe('2098170000');
    expect(model.dpa[0].rows[0].realisasi?.parsed.kind).toBe('unreadable');
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'value/unreadable', severity: 'error', cell: 'D2', actual: '848.146..988,00' }),
    ]);
  });

  it('reports a percentage with two readings', () => {
    const { findings } = analyse(
      grid([
        ['Sasaran', 'Indikator Kinerja', 'Target', 'Realisasi', 'Capaian (%)'],
        [S1, 'Nilai SAKIP Perangkat Daerah', '80,34', '80,34', '1.485'],
      ]),
    );
    expect(findings).toEqual([expect.objectContaining({ rule: 'value/ambiguous', severity: 'warning', cell: 'E2', actual: '1.485' })]);
  });

  it('reports Excel errors and negative amounts', () => {
    const { findings } = analyse(
      grid([
        ['Kode', 'Uraian', 'Pagu', 'Realisasi', '%'],
        ['1.06.06.2.02', 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana', 0, 0, { t: 'e', v: '#DIV/0!', f: 'D2/C2*100' }],
        ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, -97181700, null],
      ]),
    );
    expect(findings.map((f) => [f.rule, f.severity, f.cell])).toEqual([
      ['value/excel-error', 'error', 'E2'],
      ['value/negative', 'warning', 'D3'],
    ]);
  });

  it('uses the cached value of a formula cell without a finding', () => {
    const { model, findings } = analyse(
      grid([
        ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
        ['1.06.02', 'Program Pemberdayaan Sosial', { t: 'n', v: 2300170000, f: 'SUM(C3:C6)' }, 1965327337],
      ]),
    );
    expect(num(model.dpa[0].rows[0].pagu)).toBe('2300170000');
    expect(findings).toEqual([]);
  });
});

describe('buildModel: heading rows merged across the table', () => {
  it('reads a DPA heading merged across the row as a row of its own, without a merged-cell finding', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['Kode', 'Uraian', 'Pagu', 'Realisasi'],
          ['URUSAN PEMERINTAHAN BIDANG SOSIAL', null, null, null],
          ['1.06.06', 'Program Penanganan Bencana', 125000000, 97181700],
        ],
        { merges: [merge(1, 0, 1, 3)] },
      ),
    );
    const [heading, program] = model.dpa[0].rows;
    expect(heading).toMatchObject({ uraian: 'URUSAN PEMERINTAHAN BIDANG SOSIAL', level: 'bidang', levelSource: 'inferred' });
    expect(program.parent).toBe(0);
    expect(findings.map((f) => f.rule)).toEqual(['code/inferred']);
  });

  it('takes a sasaran heading merged across the PK row for the indicators below it', () => {
    const { model, findings } = analyse(
      grid(
        [
          ['No', 'Sasaran', 'Indikator Kinerja', 'Target'],
          ['Sasaran 1: ' + S1, null, null, null],
          [1, null, 'Persentase PMKS penerima manfaat kesejahteraan sosial', '90 %'],
        ],
        { merges: [merge(1, 0, 1, 3)] },
      ),
    );
    expect(model.pk[0].indicators.map((i) => [i.sasaranNo, i.sasaran])).toEqual([[1, 'Sasaran 1: ' + S1]]);
    expect(findings).toEqual([]);
  });
});
