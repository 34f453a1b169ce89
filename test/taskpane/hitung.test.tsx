/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { isEnabled, openTab, renderApp } from './render-app';
import { CONFLICT_EDIT, EDITS } from './fakes';

describe('Hitung screen', () => {
  it('shows how many cells will change and previews them as Sel | Lama | Baru', async () => {
    const { user } = await renderApp();
    await openTab(user, 'Hitung');
    expect((await screen.findByText('sel akan berubah', { exact: false })).closest('p')?.textContent).toBe('3 sel akan berubah');
    const table = screen.getByRole('table', { name: 'Pratinjau' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Sel', 'Lama', 'Baru']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    expect(rows).toEqual([
      ['PK 2021!F2', '(kosong)', '100'],
      ['DPA 2021!E2', '(kosong)', '1.054.019.520'],
      ['DPA 2021!E3', '(kosong)', '23.085.000'],
    ]);
  });

  it('says how many cells were held back because they already hold another value', async () => {
    const { user } = await renderApp();
    await openTab(user, 'Hitung');
    expect(await screen.findByText(/^1 sel sudah berisi nilai lain atau rumus dan tidak ditimpa/)).toBeTruthy();
  });

  it('Terapkan applies exactly the plan\'s edits through the host', async () => {
    const { user, host } = await renderApp();
    await openTab(user, 'Hitung');
    await user.click(await screen.findByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(host.applyEdits).toHaveBeenCalledTimes(1));
    expect(host.applyEdits.mock.calls[0][0]).toEqual(EDITS);
    expect(await screen.findByText('3 sel diisi. Pilih Batalkan untuk mengembalikannya.')).toBeTruthy();
  });

  it('the overwrite switch re-plans with overwrite so the conflicting cells are included', async () => {
    const { user, host, engine } = await renderApp();
    await openTab(user, 'Hitung');
    await user.click(await screen.findByRole('switch', { name: 'Timpa nilai yang sudah ada' }));
    await waitFor(() => expect(engine.analyse).toHaveBeenLastCalledWith(expect.anything(), expect.objectContaining({ overwrite: true })));
    const table = await screen.findByRole('table', { name: 'Pratinjau' });
    const last = within(table).getAllByRole('row').at(-1)!;
    expect(within(last).getAllByRole('cell').map((c) => c.textContent)).toEqual(['DPA 2021!F3', '78', '78,63']);
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(host.applyEdits).toHaveBeenCalledTimes(1));
    expect(host.applyEdits.mock.calls[0][0]).toEqual([...EDITS, CONFLICT_EDIT]);
  });

  it('Batalkan is disabled until something was applied, then undoes it through the host', async () => {
    const { user, host } = await renderApp();
    await openTab(user, 'Hitung');
    expect(isEnabled(await screen.findByRole('button', { name: 'Batalkan' }))).toBe(false);
    await user.click(screen.getByRole('button', { name: 'Terapkan' }));
    await waitFor(() => expect(isEnabled(screen.getByRole('button', { name: 'Batalkan' }))).toBe(true));
    await user.click(screen.getByRole('button', { name: 'Batalkan' }));
    await waitFor(() => expect(host.undo).toHaveBeenCalledTimes(1));
    expect(await screen.findByText('Perubahan terakhir dibatalkan.')).toBeTruthy();
  });

  it('shows the host\'s Indonesian message in a MessageBar when applying fails', async () => {
    const { HostError } = jest.requireActual('../../src/host/types') as typeof import('../../src/host/types');
    const { user, host } = await renderApp();
    host.applyEdits.mockRejectedValueOnce(new HostError('Lembar "DPA 2021" dilindungi. Buka proteksi lembar itu di Excel, lalu coba lagi.', 'protected'));
    await openTab(user, 'Hitung');
    await user.click(await screen.findByRole('button', { name: 'Terapkan' }));
    expect(await screen.findByText('Lembar "DPA 2021" dilindungi. Buka proteksi lembar itu di Excel, lalu coba lagi.')).toBeTruthy();
    expect(screen.getByText('Gagal')).toBeTruthy();
  });
});
