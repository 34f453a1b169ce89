import { mojokertoWorkbook, MOJOKERTO } from '../fixtures/mojokerto';
import { analyse, grid, num } from './helpers';

function tree(rows: Parameters<typeof grid>[0], spec?: Parameters<typeof grid>[1]) {
  const out = analyse(grid(rows, spec));
  return { ...out, dpa: out.model.dpa[0] };
}

describe('buildModel: DPA tree from codes', () => {
  const { model } = analyse(mojokertoWorkbook());
  const dpa = model.dpa[0];
  const byCode = (code: string) => dpa.rows.find((r) => r.codeText === code)!;

  it('reads every row of the Mojokerto tree with its level from the code', () => {
    expect(dpa.sheet).toBe(MOJOKERTO.dpaSheet);
    expect(dpa.rows).toHaveLength(42);
    expect(dpa.rows[0]).toMatchObject({ row: MOJOKERTO.dpaFirstDataRow, level: 'program', levelSource: 'code', codeText: '1.06.01' });
    expect(dpa.rows.every((r) => r.levelSource === 'code')).toBe(true);
    expect(dpa.mainBidang).toBe('1.06');
  });

  it('hangs kegiatan under their program and sub kegiatan under their kegiatan', () => {
    const program = byCode('1.06.01');
    expect(program.children.map((i) => dpa.rows[i].codeText)).toEqual(['1.06.01.2.01', '1.06.01.2.02', '1.06.01.2.09']);
    expect(dpa.rows[byCode('1.06.04.2.01.0011').parent!].codeText).toBe('1.06.04.2.01');
  });

  it('leaves sub kegiatan of a missing kegiatan without a parent, outside the total, so no sibling sum is inflated', () => {
    const orphan = byCode('1.06.01.2.06.0002');
    expect(orphan.parent).toBeUndefined();
    expect(byCode('1.06.01.2.02').children).toHaveLength(2);
    expect(dpa.total!.children.map((i) => dpa.rows[i].codeText)).toEqual(['1.06.01', '1.06.02', '1.06.04', '1.06.05', '1.06.06']);
  });

  it('reads the amounts, the indicator and the Jumlah row as published', () => {
    const program = byCode('1.06.01');
    expect(num(program.pagu)).toBe('8054019520');
    expect(num(program.realisasi)).toBe('5111193114');
    expect(num(program.persen)).toBe('63.46');
    expect(program.indikator).toBe('Nilai SAKIP Perangkat Daerah');
    const keg = byCode('1.06.01.2.01');
    expect(keg.target?.parsed.kind).toBe('composite');
    expect(num(dpa.total!.pagu)).toBe(MOJOKERTO.totalPagu);
    expect(num(dpa.total!.realisasi)).toBe(MOJOKERTO.totalRealisasi);
    expect(dpa.total!.row).toBe(48);
  });

  it('keeps an empty pagu cell as an empty value with its cell reference, for fill to write', () => {
    const sub = byCode('1.06.01.2.01.0006');
    expect(sub.pagu).toMatchObject({ ref: { sheet: MOJOKERTO.dpaSheet, row: 9, col: 8 }, parsed: { kind: 'empty' } });
  });

  it('puts urusan and bidang rows above the programs at the top of the tree', () => {
    const { dpa } = tree([
      ['Kode', 'Uraian', 'Pagu'],
      ['1', 'Urusan Pemerintahan Wajib yang Berkaitan dengan Pelayanan Dasar', 2425170000],
      ['1.06', 'Urusan Pemerintahan Bidang Sosial', 2425170000],
      ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000],
      ['1.06.06', 'Program Penanganan Bencana', 125000000],
    ]);
    expect(dpa.rows.map((r) => [r.level, r.parent])).toEqual([
      ['urusan', undefined],
      ['bidang', 0],
      ['program', 1],
      ['program', 1],
    ]);
  });

  it('rolls kode rekening rows into the sub kegiatan above them, nested by their own codes', () => {
    const { dpa } = tree([
      ['Kode Rekening', 'Uraian', 'Anggaran', 'Realisasi'],
      ['1.06.06.2.01.0001', 'Penyediaan Makanan', 75000000, 52413350],
      ['5.1.02', 'Belanja Barang dan Jasa', 75000000, 52413350],
      ['5.1.02.01.01.0052', 'Belanja Makanan dan Minuman Rapat', 25000000, 20000000],
      ['5.1.02.01.01.0055', 'Belanja Makanan dan Minuman Aktivitas Lapangan', 50000000, 32413350],
      ['1.06.06.2.01.0003', 'Penyediaan Tempat Penampungan Pengungsi', 50000000, 44768350],
    ]);
    expect(dpa.rows.map((r) => [r.level, r.parent])).toEqual([
      ['subkegiatan', undefined],
      ['rekening', 0],
      ['rekening', 1],
      ['rekening', 1],
      ['subkegiatan', undefined],
    ]);
  });

  it('reads codes Excel turned into numbers (1.06) and uses the main bidang for one-decimal numbers', () => {
    const { dpa } = tree([
      ['Kode', 'Uraian', 'Pagu'],
      [{ t: 'n', v: 1.06 }, 'Urusan Pemerintahan Bidang Sosial', 2425170000],
      ['1.06.02', 'Program Pemberdayaan Sosial', 2300170000],
      ['1.06.06', 'Program Penanganan Bencana', 125000000],
      [{ t: 'n', v: 1.6 }, 'Urusan Pemerintahan Bidang Sosial', 2425170000],
    ]);
    expect(dpa.rows[0]).toMatchObject({ level: 'bidang', levelSource: 'code', codeText: '1.06' });
    expect(dpa.rows[0].code).toMatchObject({ kind: 'code', code: { canonical: '1.06' } });
    expect(dpa.rows[1].parent).toBe(0);
    // 1.6 could be "1.06" or "1.60": the sheet's main bidang 1.06 settles it
    expect(dpa.mainBidang).toBe('1.06');
    expect(dpa.rows[3]).toMatchObject({ level: 'bidang', codeText: '1.6', code: { kind: 'code', code: { canonical: '1.06' } } });
  });

  it('takes the bidang most coded rows name as the main bidang, the first one seen when two tie', () => {
    const rows = (first: string, second: string) => [
      ['Kode', 'Uraian', 'Pagu'],
      [`${first}.01`, 'Program Penunjang Urusan Pemerintahan Daerah', 100],
      [`${second}.02`, 'Program Pemberdayaan Sosial', 200],
      [`${second}.06`, 'Program Penanganan Bencana', 300],
      [`${first}.02`, 'Program Pemberdayaan Sosial', 400],
    ];
    expect(tree(rows('1.06', '2.08')).dpa.mainBidang).toBe('1.06');
    expect(tree(rows('2.08', '1.06')).dpa.mainBidang).toBe('2.08');
    expect(tree([...rows('1.06', '2.08'), ['2.08.07', 'Program Perlindungan Perempuan', 500]]).dpa.mainBidang).toBe('2.08');
  });

  it('joins split code columns into one code', () => {
    const { dpa } = tree([
      ['Urusan', 'Bidang', 'Program', 'Kegiatan', 'Sub Kegiatan', 'Uraian', 'Pagu'],
      [1, '06', '06', null, null, 'Program Penanganan Bencana', 125000000],
      [1, '06', '06', '2.01', null, 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000],
      [1, '06', '06', '2.01', '0001', 'Penyediaan Makanan', 75000000],
    ]);
    expect(dpa.rows.map((r) => r.code.kind === 'code' && r.code.code.canonical)).toEqual(['1.06.06', '1.06.06.2.01', '1.06.06.2.01.0001']);
    expect(dpa.rows.map((r) => r.parent)).toEqual([undefined, 0, 1]);
    expect(dpa.rows[2].codeText).toBe('1.06.06.2.01.0001');
  });

  it('takes a code written at the start of the uraian cell when there is no code column', () => {
    const { dpa, layouts } = tree([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['1.06.06 Program Penanganan Bencana', 125000000, 97181700],
      ['1.06.06.2.01 Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
    ]);
    expect(layouts[0].tables[0].treeSource).toBe('inferred');
    expect(dpa.rows.map((r) => [r.codeText, r.uraian, r.levelSource])).toEqual([
      ['1.06.06', 'Program Penanganan Bencana', 'code'],
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 'code'],
    ]);
    expect(dpa.rows[1].parent).toBe(0);
  });

  it('reads quarterly and cumulative realisasi into tw and sdTw', () => {
    const { dpa } = tree([
      ['Kode', 'Uraian', 'Pagu', 'Realisasi TW I', 'Realisasi TW II', 'Realisasi TW III', 'Realisasi TW IV', 'Realisasi s/d TW IV'],
      ['1.06.06', 'Program Penanganan Bencana', 125000000, 10000000, 20000000, 30000000, 37181700, 97181700],
    ]);
    expect(dpa.rows[0].tw.map(num)).toEqual(['10000000', '20000000', '30000000', '37181700']);
    expect(num(dpa.rows[0].sdTw)).toBe('97181700');
  });
});

describe('buildModel: DPA tree without codes', () => {
  it('infers levels from "Program", "Kegiatan" and "Sub Kegiatan" in the text, with one code/inferred finding', () => {
    const { dpa, layouts, findings } = tree([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['Program Penanganan Bencana', 125000000, 97181700],
      ['Kegiatan Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
      ['Sub Kegiatan Penyediaan Makanan', 75000000, 52413350],
      ['Sub Kegiatan Penyediaan Tempat Penampungan Pengungsi', 50000000, 44768350],
    ]);
    expect(layouts[0].tables[0].treeSource).toBe('inferred');
    expect(dpa.rows.map((r) => [r.level, r.levelSource, r.parent])).toEqual([
      ['program', 'inferred', undefined],
      ['kegiatan', 'inferred', 0],
      ['subkegiatan', 'inferred', 1],
      ['subkegiatan', 'inferred', 1],
    ]);
    const inferred = findings.filter((f) => f.rule === 'code/inferred');
    expect(inferred).toHaveLength(1);
    expect(inferred[0]).toMatchObject({ severity: 'info', cell: 'A2' });
  });

  it('infers levels from "1", "1.1", "1.1.1" numbering in the No column', () => {
    const { dpa } = tree([
      ['No', 'Uraian', 'Pagu'],
      ['1', 'Penanganan Bencana', 125000000],
      ['1.1', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000],
      ['1.1.1', 'Penyediaan Makanan', 75000000],
      ['1.1.2', 'Penyediaan Tempat Penampungan Pengungsi', 50000000],
    ]);
    expect(dpa.rows.map((r) => r.level)).toEqual(['program', 'kegiatan', 'subkegiatan', 'subkegiatan']);
    expect(dpa.rows[3].parent).toBe(1);
  });

  it('infers levels from indentation typed as leading spaces', () => {
    const { dpa } = tree([
      ['Uraian', 'Pagu'],
      ['Penanganan Bencana', 125000000],
      ['   Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000],
      ['      Penyediaan Makanan', 75000000],
      ['   Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota', 0],
    ]);
    expect(dpa.rows.map((r) => [r.level, r.parent, r.uraian])).toEqual([
      ['program', undefined, 'Penanganan Bencana'],
      ['kegiatan', 0, 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota'],
      ['subkegiatan', 1, 'Penyediaan Makanan'],
      ['kegiatan', 0, 'Penyelenggaraan Pemberdayaan Masyarakat terhadap Kesiapsiagaan Bencana Kabupaten/Kota'],
    ]);
  });

  it('takes UPPER-CASE rows for programs, as the Mojokerto long form prints them', () => {
    const { dpa } = tree([
      ['Uraian', 'Pagu', 'Realisasi'],
      ['PROGRAM PENANGANAN BENCANA', 125000000, 97181700],
      ['PERLINDUNGAN SOSIAL KORBAN BENCANA', 125000000, 97181700],
      ['Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', 125000000, 97181700],
    ]);
    expect(dpa.rows.map((r) => r.level)).toEqual(['program', 'program', 'kegiatan']);
  });

  it('attaches an indicator line without uraian to the row above', () => {
    const { dpa } = tree([
      ['Kode', 'Program/Kegiatan/Sub Kegiatan', 'Indikator', 'Satuan', 'Target', 'Pagu'],
      ['1.06.06.2.01', 'Perlindungan Sosial Korban Bencana Alam dan Sosial Kabupaten/Kota', null, null, null, 125000000],
      [null, null, 'Tersedianya stock logistik bagi korban bencana alam dan sosial', 'Bulan', 12, null],
      ['1.06.06.2.01.0001', 'Penyediaan Makanan', null, null, null, 75000000],
      [null, '- Jumlah waktu tersedianya stock logistik bantuan korban bencana alam dan sosial', null, 'Bulan', 12, null],
    ]);
    expect(dpa.rows).toHaveLength(2);
    expect(dpa.rows[0]).toMatchObject({ indikator: 'Tersedianya stock logistik bagi korban bencana alam dan sosial', satuan: 'Bulan' });
    expect(num(dpa.rows[0].target)).toBe('12');
    expect(dpa.rows[1].indikator).toBe('Jumlah waktu tersedianya stock logistik bantuan korban bencana alam dan sosial');
  });
});
