/** @jest-environment jsdom */
import { screen, waitFor } from '@testing-library/react';
import { openTab, renderApp } from './render-app';
import { SKIP_TAHUN_LALU } from './fakes';

describe('Laporan screen', () => {
  it('lists the LAKIP tables by their Indonesian names, all chosen', async () => {
    const { user } = await renderApp();
    await openTab(user, 'Laporan');
    for (const name of ['Perjanjian Kinerja', 'Pengukuran Capaian Kinerja', 'Alokasi Anggaran per Sasaran', 'Realisasi Anggaran per Program']) {
      expect((screen.getByRole('checkbox', { name }) as HTMLInputElement).checked).toBe(true);
    }
  });

  it('builds the chosen tables for the given year and OPD and adds them through the host', async () => {
    const { user, host, engine } = await renderApp();
    await openTab(user, 'Laporan');
    await user.click(screen.getByRole('checkbox', { name: 'Pilih semua' }));
    await user.click(screen.getByRole('checkbox', { name: 'Alokasi Anggaran per Sasaran' }));
    await user.click(screen.getByRole('checkbox', { name: 'Realisasi Anggaran per Program' }));
    const tahun = screen.getByRole('spinbutton', { name: 'Tahun' });
    await user.clear(tahun);
    await user.type(tahun, '2021');
    await user.type(screen.getByRole('textbox', { name: 'Nama OPD' }), 'Dinas Sosial Kabupaten Mojokerto');
    await user.click(screen.getByRole('button', { name: 'Buat laporan' }));

    await waitFor(() => expect(host.addReportSheets).toHaveBeenCalledTimes(1));
    expect(engine.buildReports).toHaveBeenCalledWith(expect.anything(), {
      tahun: 2021,
      opd: 'Dinas Sosial Kabupaten Mojokerto',
      tables: ['alokasi-anggaran', 'realisasi-anggaran'],
    });
    expect(host.addReportSheets.mock.calls[0][0].map((t) => t.id)).toEqual(['alokasi-anggaran', 'realisasi-anggaran']);
    expect(await screen.findByText('2 lembar laporan dibuat')).toBeTruthy();
  });

  it('shows each skipped table with the reason the engine gave', async () => {
    const { user } = await renderApp();
    await openTab(user, 'Laporan');
    await user.click(screen.getByRole('button', { name: 'Buat laporan' }));
    expect(await screen.findByText('Perbandingan dengan Tahun Lalu dilewati')).toBeTruthy();
    expect(screen.getByText(SKIP_TAHUN_LALU.reason)).toBeTruthy();
  });

  it('Batalkan removes the report sheets just added, through the host', async () => {
    const { user, host } = await renderApp();
    await openTab(user, 'Laporan');
    await user.click(screen.getByRole('button', { name: 'Buat laporan' }));
    await waitFor(() => expect(host.addReportSheets).toHaveBeenCalledTimes(1));
    await waitFor(() => expect((screen.getByRole('button', { name: 'Batalkan' }) as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByRole('button', { name: 'Batalkan' }));
    await waitFor(() => expect(host.undo).toHaveBeenCalledTimes(1));
    expect(screen.queryByText(/lembar laporan dibuat/)).toBeNull();
  });

  it('refuses a year that is not four digits', async () => {
    const { user } = await renderApp();
    await openTab(user, 'Laporan');
    const tahun = screen.getByRole('spinbutton', { name: 'Tahun' });
    await user.clear(tahun);
    await user.type(tahun, '21');
    expect(screen.getByText('Isi tahun empat digit, mis. 2024.')).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Buat laporan' }) as HTMLButtonElement).disabled).toBe(true);
  });
});
