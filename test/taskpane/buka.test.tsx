/** @jest-environment jsdom */
import * as React from 'react';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/taskpane/App';
import { overridesKey } from '../../src/taskpane/overrides-store';
import { isEnabled, openTab, renderApp } from './render-app';
import { FakeHost, fakeEngine, MemoryStorage } from './fakes';

const KEY = overridesKey('dinsos-mojokerto-2021.xlsx', ['PK 2021', 'DPA 2021']);

describe('Buka screen', () => {
  it('shows each detected sheet with its role and the columns mapped to each field', async () => {
    await renderApp();
    expect(within(screen.getByRole('region', { name: 'Buku kerja' })).getByText('dinsos-mojokerto-2021.xlsx')).toBeTruthy();
    const dpaColumns = screen.getByRole('table', { name: 'Kolom Tabel program, kegiatan, sub kegiatan di lembar DPA 2021' });
    const rows = within(dpaColumns).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toContainEqual(['Pagu / anggaran', 'C · PAGU']);
    expect(rows).toContainEqual(['% Penyerapan', 'F · %']);
    expect(screen.getByRole('combobox', { name: 'Peran lembar PK 2021' }).textContent).toContain('Otomatis (terdeteksi: PK (Perjanjian Kinerja))');
  });

  it('re-runs the analysis with the role the user chose and remembers it for this workbook', async () => {
    const { user, engine, storage } = await renderApp();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Peran lembar PK 2021' }), 'DPA (Dokumen Pelaksanaan Anggaran)');
    await waitFor(() =>
      expect(engine.analyse).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ overrides: { dpaSheet: 'PK 2021' } })),
    );
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ dpaSheet: 'PK 2021' });
    expect(await screen.findAllByText('diubah')).toHaveLength(2);
  });

  it('maps a field to another column through "Ubah kolom"', async () => {
    const { user, engine, storage } = await renderApp();
    const dpaCard = screen.getByRole('heading', { name: 'DPA 2021' }).closest('div')!.parentElement!;
    await user.click(within(dpaCard).getByRole('button', { name: 'Ubah kolom' }));
    await user.selectOptions(within(dpaCard).getByRole('combobox', { name: 'Realisasi anggaran' }), 'C · PAGU');
    await waitFor(() =>
      expect(engine.analyse).toHaveBeenLastCalledWith(
        expect.anything(),
        expect.objectContaining({ overrides: { columns: { 'DPA 2021': { realisasi: 'C' } } } }),
      ),
    );
    expect(JSON.parse(storage.getItem(KEY)!)).toEqual({ columns: { 'DPA 2021': { realisasi: 'C' } } });
  });

  it('uses the corrections remembered for the same workbook on the next start', async () => {
    const storage = new MemoryStorage();
    storage.setItem(KEY, JSON.stringify({ pkSheet: 'DPA 2021' }));
    const { engine } = await renderApp({ storage });
    expect(engine.analyse.mock.calls[0][1]).toEqual({ overrides: { pkSheet: 'DPA 2021' }, overwrite: false });
    expect(screen.getByRole('button', { name: 'Kembalikan ke deteksi otomatis' })).toBeTruthy();
  });

  it('web app: opens a picked file through openFile and then enables Periksa and Unduh', async () => {
    const user = userEvent.setup();
    const host = new FakeHost({ kind: 'file', name: 'dinsos-2021.xlsx' });
    const download = jest.fn(() => ({ bytes: new Uint8Array([1, 2, 3]), fileName: 'dinsos-2021-lakip.xlsx' }));
    Object.assign(host, { download });
    const openFile = jest.fn(async () => host);
    const saveFile = jest.fn();
    render(<App mode="web" loadEngine={async () => fakeEngine()} openFile={openFile} saveFile={saveFile} storage={new MemoryStorage()} />);

    expect(screen.getByText('Pilih file .xlsx atau seret ke sini')).toBeTruthy();
    expect(isEnabled(screen.getByRole('button', { name: 'Periksa' }))).toBe(false);
    expect(isEnabled(screen.getByRole('button', { name: 'Unduh' }))).toBe(false);

    const file = new File([new Uint8Array([80, 75, 3, 4])], 'dinsos-2021.xlsx');
    if (!file.arrayBuffer) Object.assign(file, { arrayBuffer: async () => new Uint8Array([80, 75, 3, 4]).buffer });
    await user.upload(screen.getByLabelText('Pilih file .xlsx atau seret ke sini'), file);

    await waitFor(() => expect(isEnabled(screen.getByRole('button', { name: 'Periksa' }))).toBe(true));
    expect(openFile).toHaveBeenCalledWith(new Uint8Array([80, 75, 3, 4]), 'dinsos-2021.xlsx');
    await user.click(screen.getByRole('button', { name: 'Unduh' }));
    expect(saveFile).toHaveBeenCalledWith(new Uint8Array([1, 2, 3]), 'dinsos-2021-lakip.xlsx');
  });

  it('names every tab and action in Indonesian', async () => {
    const { user } = await renderApp();
    expect(screen.getAllByRole('tab')).toHaveLength(4);
    for (const name of ['Buka', 'Periksa', 'Hitung', 'Laporan']) expect(screen.getByRole('tab', { name })).toBeTruthy();
    await openTab(user, 'Hitung');
    for (const name of ['Terapkan', 'Batalkan', 'Hitung']) expect(screen.getByRole('button', { name })).toBeTruthy();
    expect(screen.getByRole('switch', { name: 'Timpa nilai yang sudah ada' })).toBeTruthy();
    await openTab(user, 'Laporan');
    expect(screen.getByRole('button', { name: 'Buat laporan' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Nama OPD' })).toBeTruthy();
  });
});
