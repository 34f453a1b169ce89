/** @jest-environment jsdom */
import { screen, waitFor, within } from '@testing-library/react';
import { renderApp } from './render-app';
import { FakeHost } from './fakes';

describe('Periksa screen', () => {
  it('shows the number of findings per severity as Galat / Peringatan / Info badges', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    const counts = await screen.findByRole('list', { name: 'Jumlah temuan per tingkat' });
    expect(within(counts).getAllByRole('listitem').map((b) => b.textContent)).toEqual(['Galat 1', 'Peringatan 1', 'Info 1']);
  });

  it('shows each finding with its cell, message and "tertulis …, seharusnya …" in Indonesian number format', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    expect(await screen.findByText('tertulis 8.054.019.520, seharusnya 7.484.519.520')).toBeTruthy();
    expect(screen.getByText('tertulis 78, seharusnya 78,63')).toBeTruthy();
    expect(screen.getByText('Pagu program 1.06.01 tidak sama dengan jumlah kegiatannya.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pilih sel F3 di lembar DPA 2021' })?.textContent).toContain('F3');
  });

  it('groups findings by sheet, then by severity from Galat to Info', async () => {
    const { user } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    const dpa = await screen.findByRole('region', { name: 'Lembar DPA 2021' });
    expect(within(dpa).getByText('Galat (1)')).toBeTruthy();
    expect(within(dpa).getByText('Peringatan (1)')).toBeTruthy();
    const pk = screen.getByRole('region', { name: 'Lembar PK 2021' });
    expect(within(pk).getByText('Info (1)')).toBeTruthy();
    // sheets keep the engine's order
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(['Lembar DPA 2021', 'Lembar PK 2021']);
  });

  it('selects the cell in the workbook when its address is clicked', async () => {
    const { user, host } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    await user.click(await screen.findByRole('button', { name: 'Pilih sel C2 di lembar DPA 2021' }));
    expect(host.selectCell).toHaveBeenCalledWith('DPA 2021', 'C2');
  });

  it('in the web app shows the selected cell\'s row, with the cell highlighted', async () => {
    const { user, host } = await renderApp({ host: new FakeHost({ kind: 'file' }) });
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    await user.click(await screen.findByRole('button', { name: 'Pilih sel F3 di lembar DPA 2021' }));
    expect(host.selectCell).toHaveBeenCalledWith('DPA 2021', 'F3');
    const preview = await screen.findByRole('region', { name: 'Isi baris 3 lembar DPA 2021' });
    expect(within(preview).getByText('C · PAGU').closest('tr')?.textContent).toContain('108.000.000');
    const hit = within(preview).getByText('F · %').closest('tr')!;
    expect(hit.getAttribute('aria-current')).toBe('true');
    expect(hit?.textContent).toContain('78');
  });

  it('re-reads the workbook each time Periksa is pressed', async () => {
    const { user, host, engine } = await renderApp();
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    await user.click(await screen.findByRole('button', { name: 'Periksa' }));
    await waitFor(() => expect(engine.analyse).toHaveBeenCalledTimes(3));
    expect(host.read.mock.calls.length).toBeGreaterThanOrEqual(3);
  });

  it('says so when there is nothing to report', async () => {
    const { fakeEngine } = jest.requireActual('./fakes') as typeof import('./fakes');
    const { user } = await renderApp({ engine: fakeEngine([]) });
    await user.click(screen.getByRole('button', { name: 'Periksa' }));
    expect(await screen.findByText(/Tidak ada temuan/)).toBeTruthy();
  });
});
